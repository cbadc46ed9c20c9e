// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/registrylayers.h"

#include "storage/gdalsupport.h"
#include "storage/tr.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace cp::storage {

namespace {

struct FieldSpec
{
    const char *name;
    OGRFieldType type = OFTString;
    OGRFieldSubType subType = OFSTNone;
};

struct LayerSpec
{
    const char *name;
    OGRwkbGeometryType geometry;
    const char *description;
    bool hasId; //!< first field "id": text, not null, unique
    QList<FieldSpec> fields;
};

const FieldSpec textField(const char *name) { return {name, OFTString, OFSTNone}; }
const FieldSpec boolField(const char *name) { return {name, OFTInteger, OFSTBoolean}; }

//! Schema version 1 of the registry (docs/data-model.md); later versions change it by migration.
const QList<LayerSpec> &layerSpecs()
{
    static const QList<LayerSpec> specs = {
        {"sectors", wkbNone, "Industry sectors", true, {textField("name_zh"), textField("name_en")}},
        {"county_boundary", wkbMultiPolygon, "County boundary", false, {textField("name")}},
        {"towns", wkbPoint, "Towns, sub-districts and development zones (seats)", true,
         {textField("name"), {"population", OFTInteger64}, boolField("illustrative")}},
        {"enterprises", wkbPoint, "Enterprises under supervision", true,
         {textField("name"), textField("sector"), textField("category"), textField("risk_level"),
          textField("major_hazard"), textField("town_id"), textField("address"), textField("contact_phone"),
          {"employees", OFTInteger}, boolField("dual_prevention"), {"standardization_level", OFTInteger},
          boolField("monitoring_online"), boolField("sis"), boolField("dcs"), boolField("esd"),
          {"sector_attributes", OFTString, OFSTJSON}}},
        {"shelters", wkbPoint, "Emergency shelters", true,
         {textField("name"), textField("shelter_type"), textField("town_id"), {"capacity", OFTInteger},
          {"effective_area_m2", OFTReal}, textField("status")}},
        {"rescue_stations", wkbPoint, "Rescue stations", true,
         {textField("name"), textField("level"), textField("town_id"), textField("duty_phone"), textField("status")}},
        {"teams", wkbPoint, "Rescue teams (current position)", true,
         {textField("name"), textField("station_id"), textField("capabilities"), {"personnel", OFTInteger},
          {"vehicles", OFTInteger}, textField("status")}},
        {"supply_depots", wkbPoint, "Emergency supply depots", true,
         {textField("name"), textField("level"), textField("town_id"), {"area_m2", OFTReal}, textField("status")}},
        {"depot_inventory", wkbNone, "Stock lines of the supply depots", false,
         {textField("depot_id"), textField("item"), textField("category"), {"quantity", OFTReal}, textField("unit")}},
        {"roads", wkbLineString, "Road network", true,
         {textField("name"), textField("road_class"), {"speed_kmh", OFTReal}, boolField("one_way")}},
        {"demand_points", wkbPoint, "Villages and quarters: where people live", true,
         {textField("name"), textField("town_id"), {"population", OFTInteger64}}},
    };
    return specs;
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

void setText(OGRFeature &f, const char *field, const QString &value)
{
    if (!value.isEmpty())
        f.SetField(field, value.toUtf8().constData());
}

//! Writes the features of one layer after another inside the caller's transaction.
class LayerWriter
{
public:
    LayerWriter(GDALDataset &dataset, QString path) : m_dataset(dataset), m_path(std::move(path)) {}

    //! Makes \a layer the target of add(), keeping what it holds.
    bool target(const char *layer)
    {
        m_layerName = QString::fromLatin1(layer);
        m_layer = m_dataset.GetLayerByName(layer);
        return m_layer ? true : fail(QString(), Tr::tr("the layer is missing"));
    }

    //! Empties \a layer and makes it the target of add().
    bool begin(const char *layer)
    {
        if (!target(layer))
            return false;
        CPLErrorReset();
        OGRLayer *result = m_dataset.ExecuteSQL(QStringLiteral("DELETE FROM \"%1\"").arg(m_layerName).toUtf8().constData(),
                                                nullptr, nullptr);
        if (result)
            m_dataset.ReleaseResultSet(result);
        if (CPLGetLastErrorType() >= CE_Failure)
            return fail(QString(), GdalSupport::lastError());
        return true;
    }

    OGRFeatureUniquePtr feature() const { return OGRFeatureUniquePtr(OGRFeature::CreateFeature(m_layer->GetLayerDefn())); }

    bool add(OGRFeature &feature, const QString &id)
    {
        if (m_layer->CreateFeature(&feature) != OGRERR_NONE)
            return fail(id, GdalSupport::lastError());
        return true;
    }

    bool setGeometry(OGRFeature &feature, std::unique_ptr<OGRGeometry> geometry, const QString &id)
    {
        if (geometry->transform(m_transform.toProjected()) != OGRERR_NONE)
            return fail(id, Tr::tr("the position cannot be projected to EPSG:4548: %1").arg(GdalSupport::lastError()));
        feature.SetGeometryDirectly(geometry.release());
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &id, const QString &message)
    {
        m_error = Tr::tr("%1: layer %2, record \"%3\": %4").arg(m_path, m_layerName, id, message);
        return false;
    }

    GDALDataset &m_dataset;
    QString m_path;
    GdalTransforms m_transform;
    OGRLayer *m_layer = nullptr;
    QString m_layerName;
    QString m_error;
};

std::unique_ptr<OGRGeometry> pointGeometry(const core::GeoPoint &p) { return std::make_unique<OGRPoint>(p.lon, p.lat); }

std::unique_ptr<OGRGeometry> lineGeometry(const QList<core::GeoPoint> &points)
{
    auto line = std::make_unique<OGRLineString>();
    for (const core::GeoPoint &p : points)
        line->addPoint(p.lon, p.lat);
    return line;
}

std::unique_ptr<OGRGeometry> boundaryGeometry(const core::Boundary &boundary)
{
    auto polygon = std::make_unique<OGRPolygon>();
    for (const QList<core::GeoPoint> &points : boundary.rings) {
        auto ring = std::make_unique<OGRLinearRing>();
        for (const core::GeoPoint &p : points)
            ring->addPoint(p.lon, p.lat);
        polygon->addRingDirectly(ring.release());
    }
    auto multi = std::make_unique<OGRMultiPolygon>();
    multi->addGeometryDirectly(polygon.release());
    return multi;
}

//! Adds \a shelters to the writer's target layer.
bool addShelters(LayerWriter &w, const QList<core::Shelter> &shelters)
{
    for (const core::Shelter &s : shelters) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", s.id);
        setText(*f, "name", s.name);
        setText(*f, "shelter_type", core::toKey(s.type));
        setText(*f, "town_id", s.townId);
        f->SetField("capacity", s.capacity);
        f->SetField("effective_area_m2", s.effectiveAreaM2);
        setText(*f, "status", core::toKey(s.status));
        if (!w.setGeometry(*f, pointGeometry(s.position), s.id) || !w.add(*f, s.id))
            return false;
    }
    return true;
}

bool writeAll(LayerWriter &w, const Registry &r)
{
    if (!w.begin("sectors"))
        return false;
    for (const core::SectorInfo &s : r.sectors) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", s.id);
        setText(*f, "name_zh", s.nameZh);
        setText(*f, "name_en", s.nameEn);
        if (!w.add(*f, s.id))
            return false;
    }
    if (!w.begin("county_boundary"))
        return false;
    if (!r.countyBoundary.rings.isEmpty()) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "name", r.countyBoundary.name);
        if (!w.setGeometry(*f, boundaryGeometry(r.countyBoundary), r.countyBoundary.name)
            || !w.add(*f, r.countyBoundary.name))
            return false;
    }
    if (!w.begin("towns"))
        return false;
    for (const core::Town &t : r.towns) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", t.id);
        setText(*f, "name", t.name);
        f->SetField("population", static_cast<GIntBig>(t.population));
        f->SetField("illustrative", t.illustrative ? 1 : 0);
        if (!w.setGeometry(*f, pointGeometry(t.seat), t.id) || !w.add(*f, t.id))
            return false;
    }
    if (!w.begin("enterprises"))
        return false;
    for (const core::Enterprise &e : r.enterprises) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", e.id);
        setText(*f, "name", e.name);
        setText(*f, "sector", e.sectorId);
        setText(*f, "category", e.category);
        setText(*f, "risk_level", core::toKey(e.riskLevel));
        setText(*f, "major_hazard", core::toKey(e.majorHazard));
        setText(*f, "town_id", e.townId);
        setText(*f, "address", e.address);
        setText(*f, "contact_phone", e.contactPhone);
        f->SetField("employees", e.employees);
        f->SetField("dual_prevention", e.dualPreventionDone ? 1 : 0);
        f->SetField("standardization_level", e.standardizationLevel);
        f->SetField("monitoring_online", e.monitoringOnline ? 1 : 0);
        f->SetField("sis", e.automation.sis ? 1 : 0);
        f->SetField("dcs", e.automation.dcs ? 1 : 0);
        f->SetField("esd", e.automation.esd ? 1 : 0);
        if (!e.sectorAttributes.isEmpty())
            setText(*f, "sector_attributes",
                    QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(e.sectorAttributes)).toJson(QJsonDocument::Compact)));
        if (!w.setGeometry(*f, pointGeometry(e.position), e.id) || !w.add(*f, e.id))
            return false;
    }
    if (!w.begin("shelters") || !addShelters(w, r.shelters))
        return false;
    if (!w.begin("rescue_stations"))
        return false;
    for (const core::RescueStation &s : r.rescueStations) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", s.id);
        setText(*f, "name", s.name);
        setText(*f, "level", core::toKey(s.level));
        setText(*f, "town_id", s.townId);
        setText(*f, "duty_phone", s.dutyPhone);
        setText(*f, "status", core::toKey(s.status));
        if (!w.setGeometry(*f, pointGeometry(s.position), s.id) || !w.add(*f, s.id))
            return false;
    }
    if (!w.begin("teams"))
        return false;
    for (const core::Team &t : r.teams) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", t.id);
        setText(*f, "name", t.name);
        setText(*f, "station_id", t.stationId);
        QStringList keys;
        for (core::Capability c : t.capabilities)
            keys.append(core::toKey(c));
        setText(*f, "capabilities", keys.join(QLatin1Char(',')));
        f->SetField("personnel", t.personnel);
        f->SetField("vehicles", t.vehicles);
        setText(*f, "status", core::toKey(t.status));
        if (!w.setGeometry(*f, pointGeometry(t.position), t.id) || !w.add(*f, t.id))
            return false;
    }
    if (!w.begin("supply_depots"))
        return false;
    for (const core::SupplyDepot &d : r.supplyDepots) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", d.id);
        setText(*f, "name", d.name);
        setText(*f, "level", core::toKey(d.level));
        setText(*f, "town_id", d.townId);
        f->SetField("area_m2", d.areaM2);
        setText(*f, "status", core::toKey(d.status));
        if (!w.setGeometry(*f, pointGeometry(d.position), d.id) || !w.add(*f, d.id))
            return false;
    }
    if (!w.begin("depot_inventory"))
        return false;
    for (const core::SupplyDepot &d : r.supplyDepots) {
        for (const core::InventoryLine &line : d.inventory) {
            OGRFeatureUniquePtr f = w.feature();
            setText(*f, "depot_id", d.id);
            setText(*f, "item", line.item);
            setText(*f, "category", line.category);
            f->SetField("quantity", line.quantity);
            setText(*f, "unit", line.unit);
            if (!w.add(*f, d.id))
                return false;
        }
    }
    if (!w.begin("roads"))
        return false;
    for (const core::RoadSegment &road : r.roads) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", road.id);
        setText(*f, "name", road.name);
        setText(*f, "road_class", core::toKey(road.roadClass));
        f->SetField("speed_kmh", road.speedKmh);
        f->SetField("one_way", road.oneWay ? 1 : 0);
        if (!w.setGeometry(*f, lineGeometry(road.line), road.id) || !w.add(*f, road.id))
            return false;
    }
    if (!w.begin("demand_points"))
        return false;
    for (const core::DemandPoint &d : r.demandPoints) {
        OGRFeatureUniquePtr f = w.feature();
        setText(*f, "id", d.id);
        setText(*f, "name", d.name);
        setText(*f, "town_id", d.townId);
        f->SetField("population", static_cast<GIntBig>(d.population));
        if (!w.setGeometry(*f, pointGeometry(d.position), d.id) || !w.add(*f, d.id))
            return false;
    }
    return true;
}

} // namespace

QStringList RegistryLayers::layerNames()
{
    QStringList names;
    for (const LayerSpec &spec : layerSpecs())
        names.append(QString::fromLatin1(spec.name));
    return names;
}

bool RegistryLayers::createFile(const QString &path, QString *error)
{
    GdalSupport::registerDrivers();
    const GdalSupport::QuietErrors quiet;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return setError(error, Tr::tr("%1: GDAL has no GeoPackage driver").arg(path));
    GDALDatasetUniquePtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return setError(error, Tr::tr("%1: cannot create the GeoPackage: %2").arg(path, GdalSupport::lastError()));
    dataset->StartTransaction(FALSE);
    if (!createLayers(*dataset, path, error))
        return false;
    if (dataset->CommitTransaction() != OGRERR_NONE || CPLGetLastErrorType() >= CE_Failure)
        return setError(error, Tr::tr("%1: cannot create the GeoPackage: %2").arg(path, GdalSupport::lastError()));
    return true;
}

bool RegistryLayers::createLayers(GDALDataset &dataset, const QString &label, QString *error)
{
    OGRSpatialReference srs = GdalSupport::projectedSrs();
    // GDAL makes a JSON field a json column in PostgreSQL, which QGIS 3.22's postgres provider hands
    // out as a map (the readers expect the text, as from a GeoPackage) and, for each NULL, warns that
    // "" is no JSON. Text holds the same document.
    const bool jsonAsText = EQUAL(dataset.GetDriverName(), "PostgreSQL");
    for (const LayerSpec &spec : layerSpecs()) {
        const QByteArray description = QByteArray("DESCRIPTION=") + spec.description;
        const char *options[] = {"FID=fid", "GEOMETRY_NAME=geom", description.constData(), nullptr};
        OGRLayer *layer = dataset.CreateLayer(spec.name, spec.geometry == wkbNone ? nullptr : &srs, spec.geometry,
                                              const_cast<char **>(options));
        bool ok = layer != nullptr;
        if (ok && spec.hasId) {
            OGRFieldDefn id("id", OFTString);
            id.SetNullable(FALSE);
            id.SetUnique(TRUE);
            ok = layer->CreateField(&id) == OGRERR_NONE;
        }
        for (const FieldSpec &field : spec.fields) {
            OGRFieldDefn definition(field.name, field.type);
            definition.SetSubType(jsonAsText && field.subType == OFSTJSON ? OFSTNone : field.subType);
            ok = ok && layer->CreateField(&definition) == OGRERR_NONE;
        }
        if (!ok)
            return setError(error, Tr::tr("%1: cannot create layer %2: %3")
                                       .arg(label, QString::fromLatin1(spec.name), GdalSupport::lastError()));
    }
    OGRLayer *index = dataset.ExecuteSQL("CREATE INDEX depot_inventory_depot_id ON depot_inventory(depot_id)", nullptr, nullptr);
    if (index)
        dataset.ReleaseResultSet(index);
    return true;
}

namespace {

//! Runs \a write on the GeoPackage \a path opened for writing through GDAL; false with \a error.
bool writeGeoPackage(const QString &path, QString *error, const std::function<bool(GDALDataset &)> &write)
{
    GdalSupport::registerDrivers();
    const GdalSupport::QuietErrors quiet;
    GDALDatasetUniquePtr dataset = GdalSupport::openGeoPackage(path, true);
    if (!dataset)
        return setError(error, Tr::tr("%1: cannot open for writing: %2").arg(path, GdalSupport::lastError()));
    return write(*dataset);
}

} // namespace

bool RegistryLayers::write(const QString &path, const Registry &registry, QString *error)
{
    return writeGeoPackage(path, error, [&](GDALDataset &dataset) { return write(dataset, path, registry, error); });
}

bool RegistryLayers::appendShelters(const QString &path, const QList<core::Shelter> &shelters, QString *error)
{
    return writeGeoPackage(path, error, [&](GDALDataset &dataset) { return appendShelters(dataset, path, shelters, error); });
}

namespace {

//! Runs \a write in one GDAL transaction of \a dataset: all of it or nothing.
bool inTransaction(GDALDataset &dataset, const QString &label, QString *error, const std::function<bool(LayerWriter &)> &write)
{
    if (dataset.StartTransaction(FALSE) != OGRERR_NONE)
        return setError(error, Tr::tr("%1: cannot start a transaction: %2").arg(label, GdalSupport::lastError()));
    LayerWriter writer(dataset, label);
    if (!write(writer)) {
        dataset.RollbackTransaction();
        return setError(error, writer.error());
    }
    if (dataset.CommitTransaction() != OGRERR_NONE)
        return setError(error, Tr::tr("%1: cannot commit the registry: %2").arg(label, GdalSupport::lastError()));
    return true;
}

} // namespace

bool RegistryLayers::write(GDALDataset &dataset, const QString &label, const Registry &registry, QString *error)
{
    return inTransaction(dataset, label, error, [&registry](LayerWriter &w) { return writeAll(w, registry); });
}

bool RegistryLayers::appendShelters(GDALDataset &dataset, const QString &label, const QList<core::Shelter> &shelters,
                                    QString *error)
{
    return inTransaction(dataset, label, error,
                         [&shelters](LayerWriter &w) { return w.target("shelters") && addShelters(w, shelters); });
}

} // namespace cp::storage
