// SPDX-License-Identifier: GPL-2.0-or-later
#include "planwriter.h"

#include "planformat.h"
#include "tr.h"

#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

namespace cp::plantool {

namespace {

constexpr int workingEpsg = 4548; // the county's working CRS, as the demo layers (docs/data-model.md)

struct DatasetCloser
{
    void operator()(GDALDataset *d) const { GDALClose(d); }
};

//! Adds fields to a layer and fills features by field name, so that a failure is checked in one place.
class LayerWriter
{
public:
    LayerWriter(GDALDataset *dataset, const char *name, OGRwkbGeometryType type, OGRSpatialReference *srs)
        : m_layer(dataset->CreateLayer(name, srs, type, nullptr))
    {
    }

    bool ok() const { return m_layer && m_ok; }

    void field(const char *name, OGRFieldType type, OGRFieldSubType subType = OFSTNone)
    {
        if (!m_layer)
            return;
        OGRFieldDefn defn(name, type);
        defn.SetSubType(subType);
        m_ok = m_ok && m_layer->CreateField(&defn) == OGRERR_NONE;
    }

    std::unique_ptr<OGRFeature> feature() const
    {
        return std::unique_ptr<OGRFeature>(OGRFeature::CreateFeature(m_layer->GetLayerDefn()));
    }

    void add(OGRFeature &feature) { m_ok = m_ok && m_layer->CreateFeature(&feature) == OGRERR_NONE; }

private:
    OGRLayer *m_layer = nullptr;
    bool m_ok = true;
};

void setText(OGRFeature &f, const char *field, const QString &value)
{
    f.SetField(field, value.toUtf8().constData());
}

void setReal(OGRFeature &f, const char *field, double value)
{
    if (std::isfinite(value))
        f.SetField(field, value);
    else
        f.SetFieldNull(f.GetFieldIndex(field));
}

} // namespace

namespace {

//! Whether \a path is a GeoPackage holding CommandPost's operational tables (a desk's store, the demo).
bool isCommandPostStore(const QString &path)
{
    GDALAllRegister();
    std::unique_ptr<GDALDataset, DatasetCloser> dataset(
        GDALDataset::FromHandle(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!dataset)
        return false;
    OGRLayer *found = dataset->ExecuteSQL("SELECT name FROM sqlite_master WHERE name = 'commandpost_schema'", nullptr, nullptr);
    const bool store = found && found->GetFeatureCount() > 0;
    if (found)
        dataset->ReleaseResultSet(found);
    return store;
}

} // namespace

QString PlanWriter::refusal(const PlanRequest &request)
{
    const QFileInfo out(request.out);
    if (request.out.isEmpty() || !out.exists())
        return {};
    for (const QString &input : request.inputFiles()) {
        if (QFileInfo(input).exists() && QFileInfo(input).canonicalFilePath() == out.canonicalFilePath())
            return Tr::tr("cannot write %1: it is an input of this plan; give --out a file of its own").arg(request.out);
    }
    if (isCommandPostStore(request.out))
        return Tr::tr("cannot write %1: it is a CommandPost data set (a desk's store), which a plan never replaces; "
                      "give --out a file of its own")
            .arg(request.out);
    if (!request.force)
        return Tr::tr("cannot write %1: the file exists; give --force to replace it").arg(request.out);
    return {};
}

bool PlanWriter::write(const QString &path, const PlanRequest &request, const planning::LayerPlan &plan, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = Tr::tr("cannot write %1: %2").arg(path, why);
        return false;
    };
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(Tr::tr("the file exists and cannot be replaced"));
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return fail(Tr::tr("GDAL has no GeoPackage driver"));
    std::unique_ptr<GDALDataset, DatasetCloser> dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return fail(QString::fromUtf8(CPLGetLastErrorMsg()));
    OGRSpatialReference srs;
    srs.importFromEPSG(workingEpsg);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    const QVector<planning::SiteLoad> loads = plan.siteLoads();
    LayerWriter sites(dataset.get(), "sites", wkbPoint, &srs);
    sites.field("id", OFTString);
    sites.field("name", OFTString);
    sites.field("source_layer", OFTString);
    sites.field("fixed", OFTInteger, OFSTBoolean);
    sites.field("load", OFTReal);
    sites.field("demand_points", OFTInteger);
    sites.field("mean_cost", OFTReal);
    sites.field("max_cost", OFTReal);
    sites.field("capacity", OFTReal);
    for (int j : plan.result.openSites) {
        if (!sites.ok())
            break;
        const planning::PlanSite &site = plan.sites.at(j);
        std::unique_ptr<OGRFeature> f = sites.feature();
        setText(*f, "id", site.id);
        setText(*f, "name", site.name);
        setText(*f, "source_layer", site.layer);
        f->SetField("fixed", site.fixed ? 1 : 0);
        f->SetField("load", loads.at(j).load);
        f->SetField("demand_points", loads.at(j).points);
        f->SetField("mean_cost", loads.at(j).meanCost);
        f->SetField("max_cost", loads.at(j).maxCost);
        setReal(*f, "capacity", site.capacity);
        OGRPoint point(site.x, site.y);
        f->SetGeometry(&point);
        sites.add(*f);
    }

    LayerWriter assignments(dataset.get(), "assignments", wkbLineString, &srs);
    assignments.field("demand_id", OFTString);
    assignments.field("demand_name", OFTString);
    assignments.field("site_id", OFTString);
    assignments.field("weight", OFTReal);
    assignments.field("cost", OFTReal);
    for (int i = 0; i < plan.result.assignment.size() && assignments.ok(); ++i) {
        const int j = plan.result.assignment.at(i);
        if (j < 0)
            continue;
        const planning::PlanSite &from = plan.demand.at(i);
        const planning::PlanSite &to = plan.sites.at(j);
        std::unique_ptr<OGRFeature> f = assignments.feature();
        setText(*f, "demand_id", from.id);
        setText(*f, "demand_name", from.name);
        setText(*f, "site_id", to.id);
        f->SetField("weight", from.weight);
        setReal(*f, "cost", plan.problem.costs.cost(i, j));
        OGRLineString line;
        line.addPoint(from.x, from.y);
        line.addPoint(to.x, to.y);
        f->SetGeometry(&line);
        assignments.add(*f);
    }

    LayerWriter summary(dataset.get(), "summary", wkbNone, nullptr);
    for (const char *name : {"model", "cost_source", "unit", "solver", "status"})
        summary.field(name, OFTString);
    for (const char *name : {"p", "demand_points", "candidates", "sites_open", "fixed_sites", "excluded_sites", "seed"})
        summary.field(name, OFTInteger64);
    for (const char *name : {"coverage_limit", "objective", "bound", "gap_percent", "weight_total", "weight_assigned",
                             "weight_within_limit", "solve_ms", "cost_ms"})
        summary.field(name, OFTReal);
    if (summary.ok()) {
        std::unique_ptr<OGRFeature> f = summary.feature();
        setText(*f, "model", planning::modelKey(request.model));
        setText(*f, "cost_source", request.cost == planning::CostSource::Road ? QStringLiteral("road") : QStringLiteral("straight"));
        setText(*f, "unit", request.cost == planning::CostSource::Road ? QStringLiteral("min") : QStringLiteral("m"));
        setText(*f, "solver", plan.solverName);
        setText(*f, "status", statusKey(plan.result.status));
        f->SetField("p", static_cast<GIntBig>(request.p));
        f->SetField("demand_points", static_cast<GIntBig>(plan.demand.size()));
        f->SetField("candidates", static_cast<GIntBig>(plan.sites.size()));
        f->SetField("sites_open", static_cast<GIntBig>(plan.result.openSites.size()));
        f->SetField("fixed_sites", static_cast<GIntBig>(plan.problem.fixedOpen.size()));
        f->SetField("excluded_sites", static_cast<GIntBig>(plan.problem.excluded.size()));
        f->SetField("seed", static_cast<GIntBig>(request.seed));
        setReal(*f, "coverage_limit", request.limit > 0.0 ? request.limit : std::nan(""));
        setReal(*f, "objective", plan.result.objective);
        setReal(*f, "bound", plan.result.bound);
        setReal(*f, "gap_percent", plan.result.gapPercent());
        setReal(*f, "weight_total", plan.problem.costs.totalWeight());
        setReal(*f, "weight_assigned", plan.assignedWeight());
        setReal(*f, "weight_within_limit", request.limit > 0.0 ? plan.weightWithin(request.limit) : std::nan(""));
        setReal(*f, "solve_ms", plan.result.milliseconds);
        setReal(*f, "cost_ms", plan.costMilliseconds);
        summary.add(*f);
    }
    if (!sites.ok() || !assignments.ok() || !summary.ok())
        return fail(QString::fromUtf8(CPLGetLastErrorMsg()));
    dataset.reset();
    return true;
}

} // namespace cp::plantool
