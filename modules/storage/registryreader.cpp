// SPDX-License-Identifier: GPL-2.0-or-later
// RegistryLayers::read: the reading half of registrylayers.h, apart so each file stays one concern.
#include "storage/gdalsupport.h"
#include "storage/registrylayers.h"
#include "storage/tr.h"

#include <ogrsf_frmts.h>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace cp::storage {

namespace {

/*!
 * Reads one layer after another. A file edited in QGIS may lack a field or hold an unknown key;
 * every such problem stops the read with the layer, record id, field and value named.
 */
class LayerReader
{
public:
    LayerReader(GDALDataset &dataset, QString path) : m_dataset(dataset), m_path(std::move(path)) {}

    bool begin(const char *layer)
    {
        m_layerName = QString::fromLatin1(layer);
        m_layer = m_dataset.GetLayerByName(layer);
        if (!m_layer)
            return fail(Tr::tr("%1: the layer %2 is missing").arg(m_path, m_layerName));
        // In fid order, as written: a GeoPackage reads that way, PostgreSQL only when asked (and
        // GDAL's layer API cannot ask), so the features are sorted here; registry layers are small.
        m_features.clear();
        m_layer->ResetReading();
        while (OGRFeature *feature = m_layer->GetNextFeature())
            m_features.emplace_back(feature);
        std::stable_sort(m_features.begin(), m_features.end(),
                         [](const OGRFeatureUniquePtr &a, const OGRFeatureUniquePtr &b) { return a->GetFID() < b->GetFID(); });
        m_next = 0;
        return true;
    }

    //! The next feature, or nullptr at the end; sets the record id used in messages.
    OGRFeatureUniquePtr next(const char *idField = "id")
    {
        if (m_next >= m_features.size())
            return nullptr;
        OGRFeatureUniquePtr feature = std::move(m_features[m_next++]);
        m_id = text(*feature, idField);
        return feature;
    }

    QString text(const OGRFeature &f, const char *field)
    {
        const int index = fieldIndex(f, field);
        return index < 0 ? QString() : QString::fromUtf8(f.GetFieldAsString(index));
    }
    qint64 integer(const OGRFeature &f, const char *field)
    {
        const int index = fieldIndex(f, field);
        return index < 0 ? 0 : f.GetFieldAsInteger64(index);
    }
    double real(const OGRFeature &f, const char *field)
    {
        const int index = fieldIndex(f, field);
        return index < 0 ? 0.0 : f.GetFieldAsDouble(index);
    }
    bool flag(const OGRFeature &f, const char *field) { return integer(f, field) != 0; }

    //! The enum stored under \a field by its stable key (core's toKey tables).
    template<typename Enum>
    Enum key(const OGRFeature &f, const char *field)
    {
        const QString value = text(f, field);
        const std::optional<Enum> parsed = core::fromKey<Enum>(value);
        if (!parsed) {
            failValue(field, value, Tr::tr("not a known key"));
            return Enum{};
        }
        return *parsed;
    }

    QVariantMap json(const OGRFeature &f, const char *field)
    {
        const QString value = text(f, field);
        if (value.isEmpty())
            return {};
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &parseError);
        if (!document.isObject())
            failValue(field, value, Tr::tr("not a JSON object"));
        return document.object().toVariantMap();
    }

    QList<core::Capability> capabilities(const OGRFeature &f, const char *field)
    {
        QList<core::Capability> result;
        const QString value = text(f, field);
        for (const QString &key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<core::Capability> c = core::fromKey<core::Capability>(key.trimmed());
            if (!c) {
                failValue(field, key, Tr::tr("not a known capability key"));
                break;
            }
            result.append(*c);
        }
        return result;
    }

    //! The feature's geometry transformed to lon/lat, or nullptr (with the error set) when absent.
    std::unique_ptr<OGRGeometry> geometry(const OGRFeature &f, OGRwkbGeometryType expected)
    {
        const OGRGeometry *stored = f.GetGeometryRef();
        if (!stored || wkbFlatten(stored->getGeometryType()) != expected) {
            failValue("geom", stored ? QString::fromLatin1(stored->getGeometryName()) : QString(),
                      Tr::tr("expected a %1 geometry").arg(QString::fromLatin1(OGRGeometryTypeToName(expected))));
            return nullptr;
        }
        std::unique_ptr<OGRGeometry> g(stored->clone());
        if (g->transform(m_transform.toGeographic()) != OGRERR_NONE) {
            failValue("geom", QString(), GdalSupport::lastError());
            return nullptr;
        }
        return g;
    }

    core::GeoPoint point(const OGRFeature &f)
    {
        const std::unique_ptr<OGRGeometry> g = geometry(f, wkbPoint);
        return g ? core::GeoPoint{g->toPoint()->getX(), g->toPoint()->getY()} : core::GeoPoint{};
    }

    QList<core::GeoPoint> line(const OGRFeature &f)
    {
        QList<core::GeoPoint> points;
        const std::unique_ptr<OGRGeometry> g = geometry(f, wkbLineString);
        if (g) {
            for (const OGRPoint &p : *g->toLineString())
                points.append({p.getX(), p.getY()});
        }
        return points;
    }

    QList<QList<core::GeoPoint>> rings(const OGRFeature &f)
    {
        QList<QList<core::GeoPoint>> result;
        const std::unique_ptr<OGRGeometry> g = geometry(f, wkbMultiPolygon);
        if (!g)
            return result;
        for (const OGRPolygon *polygon : *g->toMultiPolygon()) {
            for (const OGRLinearRing *ring : *polygon) {
                QList<core::GeoPoint> points;
                for (const OGRPoint &p : *ring)
                    points.append({p.getX(), p.getY()});
                result.append(points);
            }
        }
        return result;
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    void failValue(const char *field, const QString &value, const QString &message)
    {
        fail(Tr::tr("%1: layer %2, record \"%3\": %4 = \"%5\": %6")
                 .arg(m_path, m_layerName, m_id, QString::fromLatin1(field), value, message));
    }

private:
    int fieldIndex(const OGRFeature &f, const char *field)
    {
        const int index = f.GetFieldIndex(field);
        if (index < 0)
            fail(Tr::tr("%1: layer %2 lacks the field %3").arg(m_path, m_layerName, QString::fromLatin1(field)));
        return index;
    }

    GDALDataset &m_dataset;
    QString m_path;
    std::vector<OGRFeatureUniquePtr> m_features;
    std::size_t m_next = 0;
    GdalTransforms m_transform;
    OGRLayer *m_layer = nullptr;
    QString m_layerName;
    QString m_id;
    QString m_error;
};

void readSectorsAndPlaces(LayerReader &r, Registry &registry)
{
    if (r.begin("sectors")) {
        while (OGRFeatureUniquePtr f = r.next())
            registry.sectors.append({r.text(*f, "id"), r.text(*f, "name_zh"), r.text(*f, "name_en")});
    }
    if (r.begin("county_boundary")) {
        // One boundary: the first feature; a file edited to hold more keeps the rest untouched on disk.
        if (OGRFeatureUniquePtr f = r.next("name"))
            registry.countyBoundary = {r.text(*f, "name"), r.rings(*f)};
    }
    if (r.begin("towns")) {
        while (OGRFeatureUniquePtr f = r.next())
            registry.towns.append({r.text(*f, "id"), r.text(*f, "name"), r.point(*f), r.integer(*f, "population"),
                                   r.flag(*f, "illustrative")});
    }
    if (r.begin("roads")) {
        while (OGRFeatureUniquePtr f = r.next()) {
            core::RoadSegment road;
            road.id = r.text(*f, "id");
            road.name = r.text(*f, "name");
            road.roadClass = r.key<core::RoadClass>(*f, "road_class");
            road.speedKmh = r.real(*f, "speed_kmh");
            road.oneWay = r.flag(*f, "one_way");
            road.line = r.line(*f);
            registry.roads.append(road);
        }
    }
    if (r.begin("demand_points")) {
        while (OGRFeatureUniquePtr f = r.next())
            registry.demandPoints.append({r.text(*f, "id"), r.text(*f, "name"), r.text(*f, "town_id"),
                                          r.integer(*f, "population"), r.point(*f)});
    }
}

void readEnterprises(LayerReader &r, Registry &registry)
{
    if (!r.begin("enterprises"))
        return;
    while (OGRFeatureUniquePtr f = r.next()) {
        core::Enterprise e;
        e.id = r.text(*f, "id");
        e.name = r.text(*f, "name");
        e.sectorId = r.text(*f, "sector");
        e.category = r.text(*f, "category");
        e.riskLevel = r.key<core::RiskLevel>(*f, "risk_level");
        e.majorHazard = r.key<core::MajorHazardGrade>(*f, "major_hazard");
        e.townId = r.text(*f, "town_id");
        e.address = r.text(*f, "address");
        e.contactPhone = r.text(*f, "contact_phone");
        e.employees = static_cast<int>(r.integer(*f, "employees"));
        e.dualPreventionDone = r.flag(*f, "dual_prevention");
        e.standardizationLevel = static_cast<int>(r.integer(*f, "standardization_level"));
        e.monitoringOnline = r.flag(*f, "monitoring_online");
        e.automation = {r.flag(*f, "sis"), r.flag(*f, "dcs"), r.flag(*f, "esd")};
        e.sectorAttributes = r.json(*f, "sector_attributes");
        e.position = r.point(*f);
        registry.enterprises.append(e);
    }
}

void readFacilities(LayerReader &r, Registry &registry)
{
    if (r.begin("shelters")) {
        while (OGRFeatureUniquePtr f = r.next()) {
            registry.shelters.append({r.text(*f, "id"), r.text(*f, "name"), r.key<core::ShelterType>(*f, "shelter_type"),
                                      r.text(*f, "town_id"), static_cast<int>(r.integer(*f, "capacity")),
                                      r.real(*f, "effective_area_m2"), r.key<core::FacilityStatus>(*f, "status"),
                                      r.point(*f)});
        }
    }
    if (r.begin("rescue_stations")) {
        while (OGRFeatureUniquePtr f = r.next()) {
            registry.rescueStations.append({r.text(*f, "id"), r.text(*f, "name"), r.key<core::StationLevel>(*f, "level"),
                                            r.text(*f, "town_id"), r.text(*f, "duty_phone"),
                                            r.key<core::FacilityStatus>(*f, "status"), r.point(*f)});
        }
    }
    if (r.begin("teams")) {
        while (OGRFeatureUniquePtr f = r.next()) {
            registry.teams.append({r.text(*f, "id"), r.text(*f, "name"), r.text(*f, "station_id"),
                                   r.capabilities(*f, "capabilities"), static_cast<int>(r.integer(*f, "personnel")),
                                   static_cast<int>(r.integer(*f, "vehicles")), r.key<core::TeamStatus>(*f, "status"),
                                   r.point(*f)});
        }
    }
    QHash<QString, int> depotIndex;
    if (r.begin("supply_depots")) {
        while (OGRFeatureUniquePtr f = r.next()) {
            depotIndex.insert(r.text(*f, "id"), static_cast<int>(registry.supplyDepots.size()));
            registry.supplyDepots.append({r.text(*f, "id"), r.text(*f, "name"), r.key<core::DepotLevel>(*f, "level"),
                                          r.text(*f, "town_id"), r.real(*f, "area_m2"),
                                          r.key<core::FacilityStatus>(*f, "status"), r.point(*f), {}});
        }
    }
    if (r.begin("depot_inventory")) {
        while (OGRFeatureUniquePtr f = r.next("depot_id")) {
            const QString depotId = r.text(*f, "depot_id");
            const auto it = depotIndex.constFind(depotId);
            if (it == depotIndex.constEnd()) {
                r.failValue("depot_id", depotId, Tr::tr("names no supply depot"));
                return;
            }
            registry.supplyDepots[*it].inventory.append(
                {r.text(*f, "item"), r.text(*f, "category"), r.real(*f, "quantity"), r.text(*f, "unit")});
        }
    }
}

} // namespace

std::optional<Registry> RegistryLayers::read(const QString &path, QString *error)
{
    const GdalSupport::QuietErrors quiet;
    GDALDatasetUniquePtr dataset = GdalSupport::openGeoPackage(path, false);
    if (!dataset) {
        if (error)
            *error = Tr::tr("%1: cannot open for reading: %2").arg(path, GdalSupport::lastError());
        return std::nullopt;
    }
    return read(*dataset, path, error);
}

std::optional<Registry> RegistryLayers::read(GDALDataset &dataset, const QString &label, QString *error)
{
    LayerReader reader(dataset, label);
    Registry registry;
    readSectorsAndPlaces(reader, registry);
    readEnterprises(reader, registry);
    readFacilities(reader, registry);
    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return registry;
}

} // namespace cp::storage
