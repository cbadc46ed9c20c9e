// SPDX-License-Identifier: GPL-2.0-or-later
#include "planrequest.h"

#include "storage/postgresaddress.h"

#include "tr.h"

#include <cmath>

namespace cp::plantool {

using planning::CostSource;
using planning::LayerSpec;
using planning::PlacementModel;
using planning::SolverChoice;
using planning::modelKey;

namespace {

const QList<PlacementModel> &allModels()
{
    static const QList<PlacementModel> models = {PlacementModel::SetCovering, PlacementModel::MaximalCovering,
                                                 PlacementModel::PMedian, PlacementModel::PCenter,
                                                 PlacementModel::CapacitatedPMedian};
    return models;
}

bool needsLimit(PlacementModel model)
{
    return model == PlacementModel::SetCovering || model == PlacementModel::MaximalCovering;
}

} // namespace

void PlanRequest::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("demo"), Tr::tr("Plan on the Liangshan demo data: its villages as demand, its shelters and town "
                                        "centres as candidates, its roads for the travel times.")},
        {QStringLiteral("db"), Tr::tr("Plan on the county data set of the shared PostgreSQL database ADDRESS (URI, conninfo "
                                      "or service, no password), as --demo does on the demo file."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("model"), Tr::tr("lscp, mclp, pmedian (default), pcenter or capacitated."), QStringLiteral("M"),
         QStringLiteral("pmedian")},
        {QStringLiteral("p"), Tr::tr("Number of sites to open, fixed ones included."), QStringLiteral("N")},
        {QStringLiteral("limit"), Tr::tr("Coverage limit in minutes (road) or metres (straight); lscp and mclp."),
         QStringLiteral("L")},
        {QStringLiteral("demand"), Tr::tr("Demand points: a point layer FILE or FILE:LAYER."), QStringLiteral("FILE[:LAYER]")},
        {QStringLiteral("weight"), Tr::tr("Field of the demand layer with the people (default population)."),
         QStringLiteral("FIELD"), QStringLiteral("population")},
        {QStringLiteral("candidates"), Tr::tr("Candidate sites: a point layer; may be given more than once."),
         QStringLiteral("FILE[:LAYER]")},
        {QStringLiteral("capacity"), Tr::tr("Field of the candidate layers with the capacity, in people (capacitated; "
                                            "default capacity)."),
         QStringLiteral("FIELD"), QStringLiteral("capacity")},
        {QStringLiteral("fixed"), Tr::tr("Sites kept open: FIELD=VALUE picks candidates, FILE[:LAYER] adds a layer of "
                                         "existing sites."),
         QStringLiteral("SPEC")},
        {QStringLiteral("exclude"), Tr::tr("Candidate ids that may not open, separated by commas."), QStringLiteral("IDS")},
        {QStringLiteral("cost"), Tr::tr("road (default) or straight."), QStringLiteral("C"), QStringLiteral("road")},
        {QStringLiteral("roads"), Tr::tr("Road line layer (default: the roads of the demand file)."),
         QStringLiteral("FILE[:LAYER]")},
        {QStringLiteral("solver"), Tr::tr("exact, heuristic or auto (default)."), QStringLiteral("S"), QStringLiteral("auto")},
        {QStringLiteral("out"), Tr::tr("Write the sites, assignments and a summary to the GeoPackage FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("force"), Tr::tr("Let --out replace an existing file (never a CommandPost data set or an input of the plan).")},
    });
}

std::optional<PlanRequest> PlanRequest::fromParser(const QCommandLineParser &parser, const QString &demoPath,
                                                   QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<PlanRequest> {
        *error = message;
        return std::nullopt;
    };
    PlanRequest request;
    const QString model = parser.value(QStringLiteral("model"));
    bool modelKnown = false;
    QStringList keys;
    for (PlacementModel m : allModels()) {
        keys.append(modelKey(m));
        if (modelKey(m) == model) {
            request.model = m;
            modelKnown = true;
        }
    }
    if (!modelKnown)
        return fail(Tr::tr("--model \"%1\" is not one of %2").arg(model, keys.join(QStringLiteral(", "))));

    if (parser.isSet(QStringLiteral("p"))) {
        bool ok = false;
        request.p = parser.value(QStringLiteral("p")).toInt(&ok);
        if (!ok || request.p < 1)
            return fail(Tr::tr("--p \"%1\" is not a whole number 1 or above").arg(parser.value(QStringLiteral("p"))));
    } else if (request.model != PlacementModel::SetCovering) {
        return fail(Tr::tr("--model %1 needs --p N").arg(model));
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        request.limit = parser.value(QStringLiteral("limit")).toDouble(&ok);
        if (!ok || !(request.limit > 0.0) || std::isinf(request.limit))
            return fail(Tr::tr("--limit \"%1\" is not a number above 0").arg(parser.value(QStringLiteral("limit"))));
    } else if (needsLimit(request.model)) {
        return fail(Tr::tr("--model %1 needs --limit MINUTES (road) or METRES (straight)").arg(model));
    }

    const QString cost = parser.value(QStringLiteral("cost"));
    if (cost == QLatin1String("straight"))
        request.cost = CostSource::Straight;
    else if (cost != QLatin1String("road"))
        return fail(Tr::tr("--cost \"%1\" is not road or straight").arg(cost));
    const QString solver = parser.value(QStringLiteral("solver"));
    if (solver == QLatin1String("exact"))
        request.solver = SolverChoice::Exact;
    else if (solver == QLatin1String("heuristic"))
        request.solver = SolverChoice::Heuristic;
    else if (solver != QLatin1String("auto"))
        return fail(Tr::tr("--solver \"%1\" is not exact, heuristic or auto").arg(solver));
    if (request.solver == SolverChoice::Heuristic && request.model == PlacementModel::CapacitatedPMedian)
        return fail(Tr::tr("--model capacitated has no heuristic; use --solver exact or auto"));

    if (parser.isSet(QStringLiteral("demo")) && parser.isSet(QStringLiteral("db")))
        return fail(Tr::tr("give --demo or --db ADDRESS, not both"));
    QString countyData; // a county data set: the demo file, or the shared database as GDAL names it
    if (parser.isSet(QStringLiteral("demo"))) {
        if (demoPath.isEmpty())
            return fail(Tr::tr("the demo data set (maps/liangshan/demo.gpkg) is not installed"));
        countyData = demoPath;
    } else if (parser.isSet(QStringLiteral("db"))) {
        QString addressError;
        const std::optional<storage::PostgresAddress> address = storage::PostgresAddress::parse(parser.value(QStringLiteral("db")), &addressError);
        if (!address)
            return fail(Tr::tr("--db: %1").arg(addressError));
        countyData = QStringLiteral("PG:") + address->conninfo;
    }
    if (!countyData.isEmpty()) {
        request.demand = {countyData, QStringLiteral("demand_points")};
        // A county data set has no layer of candidate sites: the existing shelters and the town centres stand in (docs/planning.md).
        request.candidates = {{countyData, QStringLiteral("shelters")}, {countyData, QStringLiteral("towns")}};
        if (request.model == PlacementModel::CapacitatedPMedian)
            request.candidates.removeLast(); // town centres have no capacity
        request.roads = {countyData, QStringLiteral("roads")};
    }
    if (parser.isSet(QStringLiteral("demand")))
        request.demand = LayerSpec::parse(parser.value(QStringLiteral("demand")));
    if (parser.isSet(QStringLiteral("candidates"))) {
        request.candidates.clear();
        for (const QString &spec : parser.values(QStringLiteral("candidates")))
            request.candidates.append(LayerSpec::parse(spec));
    }
    if (request.demand.path.isEmpty())
        return fail(Tr::tr("no demand points: give --demand FILE[:LAYER] or --demo"));
    if (request.candidates.isEmpty())
        return fail(Tr::tr("no candidate sites: give --candidates FILE[:LAYER] or --demo"));
    if (parser.isSet(QStringLiteral("roads")))
        request.roads = LayerSpec::parse(parser.value(QStringLiteral("roads")));
    else if (request.roads.path.isEmpty())
        request.roads = {request.demand.path, {}};

    request.weightField = parser.value(QStringLiteral("weight"));
    request.capacityField = parser.value(QStringLiteral("capacity"));
    request.fixed = parser.value(QStringLiteral("fixed"));
    for (const QString &id : parser.value(QStringLiteral("exclude")).split(QLatin1Char(',')))
        if (!id.trimmed().isEmpty())
            request.excluded.append(id.trimmed());
    request.out = parser.value(QStringLiteral("out"));
    request.force = parser.isSet(QStringLiteral("force"));
    return request;
}

QStringList PlanRequest::inputFiles() const
{
    QStringList files = {demand.path, roads.path};
    for (const LayerSpec &c : candidates)
        files.append(c.path);
    if (fixedIsLayer())
        files.append(LayerSpec::parse(fixed).path);
    files.removeAll(QString());
    return files;
}

} // namespace cp::plantool
