// SPDX-License-Identifier: GPL-2.0-or-later
#include "sampleregistry.h"

#include <gdal_priv.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <type_traits>

namespace cp::test {

storage::Registry v1FixtureRegistry()
{
    using namespace cp::core;
    storage::Registry r;
    r.sectors = {{QStringLiteral("hazchem"), QStringLiteral("危险化学品"), QStringLiteral("Hazardous chemicals")},
                 {QStringLiteral("fireworks"), QStringLiteral("烟花爆竹"), QStringLiteral("Fireworks")}};
    // Illustrative positions around Liangshan (≈116.1°E, 35.8°N), not surveyed.
    r.countyBoundary = {QStringLiteral("梁山县"),
                        {{{115.95, 35.65}, {116.35, 35.65}, {116.35, 36.0}, {115.95, 36.0}, {115.95, 35.65}},
                         {{116.0, 35.7}, {116.02, 35.7}, {116.02, 35.72}, {116.0, 35.7}}}};
    r.towns = {{QStringLiteral("T01"), QStringLiteral("梁山街道"), {116.096, 35.802}, 123456, false},
               {QStringLiteral("T02"), QStringLiteral("拳铺镇"), {116.02, 35.86}, 45000, true}};
    Enterprise e;
    e.id = QStringLiteral("E001");
    e.name = QStringLiteral("梁山化工有限公司");
    e.sectorId = QStringLiteral("hazchem");
    e.category = QStringLiteral("production");
    e.riskLevel = RiskLevel::Major;
    e.majorHazard = MajorHazardGrade::Two;
    e.townId = QStringLiteral("T02");
    e.address = QStringLiteral("拳铺镇工业园 8 号");
    e.contactPhone = QStringLiteral("0537-7321234");
    e.employees = 240;
    e.dualPreventionDone = true;
    e.standardizationLevel = 2;
    e.monitoringOnline = true;
    e.automation = {true, true, false};
    e.sectorAttributes = {{QStringLiteral("r_value"), 62.5},
                          {QStringLiteral("processes"), QStringList{QStringLiteral("chlorination"), QStringLiteral("nitration")}},
                          {QStringLiteral("note"), QStringLiteral("储罐区 3 座")}};
    Enterprise station = e;
    station.id = QStringLiteral("E002");
    station.name = QStringLiteral("Fireworks shop 7");
    station.sectorId = QStringLiteral("fireworks");
    station.category = QString();
    station.riskLevel = RiskLevel::Low;
    station.majorHazard = MajorHazardGrade::None;
    station.dualPreventionDone = false;
    station.automation = {};
    station.sectorAttributes = {};
    station.position = {116.11, 35.79};
    e.position = {116.031, 35.871};
    r.enterprises = {e, station};
    r.shelters = {{QStringLiteral("S01"), QStringLiteral("水泊广场"), ShelterType::FixedMediumTerm, QStringLiteral("T01"), 3500,
                   12000.5, FacilityStatus::Existing, {116.09, 35.80}},
                  {QStringLiteral("S02"), QStringLiteral("Planned school field"), ShelterType::Emergency,
                   QStringLiteral("T02"), 800, 2400, FacilityStatus::Planned, {116.025, 35.865}}};
    r.rescueStations = {{QStringLiteral("R01"), QStringLiteral("县消防救援大队"), StationLevel::County, QStringLiteral("T01"),
                         QStringLiteral("119"), FacilityStatus::Existing, {116.1, 35.805}}};
    r.teams = {{QStringLiteral("TM01"), QStringLiteral("危化品救援队"), QStringLiteral("R01"),
                {Capability::Hazmat, Capability::FireFighting, Capability::EnvironmentMonitor}, 24, 5,
                TeamStatus::Dispatched, {116.05, 35.85}}};
    r.supplyDepots = {{QStringLiteral("D01"), QStringLiteral("县应急物资储备库"), DepotLevel::County, QStringLiteral("T01"), 1800.0,
                       FacilityStatus::Existing, {116.08, 35.81},
                       {{QStringLiteral("折叠床"), QStringLiteral("shelter"), 300, QStringLiteral("pcs")},
                        {QStringLiteral("drinking water"), QStringLiteral("food"), 12.5, QStringLiteral("t")}}},
                      {QStringLiteral("D02"), QStringLiteral("Town depot"), DepotLevel::Town, QStringLiteral("T02"), 250,
                       FacilityStatus::Planned, {116.03, 35.86}, {}}};
    r.roads = {{QStringLiteral("RD1"), QStringLiteral("G220"), RoadClass::National, 60, false,
                {{116.0, 35.8}, {116.05, 35.82}, {116.1, 35.805}}},
               {QStringLiteral("RD2"), QString(), RoadClass::Urban, 30, true, {{116.09, 35.80}, {116.095, 35.803}}}};
    r.demandPoints = {{QStringLiteral("DP1"), QStringLiteral("前码头村"), QStringLiteral("T01"), 1850, {116.07, 35.79}},
                      {QStringLiteral("DP2"), QStringLiteral("后集村"), QStringLiteral("T02"), 920, {116.01, 35.87}}};
    return r;
}

storage::Registry sampleRegistry() { return v1FixtureRegistry(); }

FixtureOperations v1FixtureOperations()
{
    using namespace cp::core;
    const QDateTime t0(QDate(2026, 5, 1), QTime(8, 30, 0, 125), Qt::UTC);
    FixtureOperations o;
    o.feedId = QStringLiteral("feed-hazchem");
    o.events = {{QStringLiteral("feed-hazchem:1001"), o.feedId, QStringLiteral("E001"), QStringLiteral("GT-101"),
                 QStringLiteral("combustible_gas"), 27.5, QStringLiteral("%LEL"), false, t0, QString()},
                {QStringLiteral("feed-hazchem:1002"), o.feedId, QStringLiteral("E001"), QStringLiteral("LT-3"),
                 QStringLiteral("tank_level"), 8.25, QStringLiteral("m"), false, t0.addSecs(2), QString()}};
    o.cursor = QStringLiteral("1002");
    o.alarm = {QStringLiteral("feed-hazchem:1001"), QStringLiteral("E001"), QStringLiteral("GT-101"),
               QStringLiteral("combustible_gas"), 27.5, QStringLiteral("%LEL"), 25, AlarmState::AcknowledgedActive,
               AlarmPriority::High, t0, t0.addSecs(40), QStringLiteral("可燃气体一级报警")};
    o.incident = {QStringLiteral("INC-1"), QStringLiteral("储罐区可燃气体泄漏"), QStringLiteral("hazchem"),
                  QStringLiteral("flammable_leak"), QStringLiteral("E001"), o.alarm.id, {116.031, 35.871},
                  ResponseLevel::IV, IncidentStatus::Reported, t0.addSecs(60), QDateTime(), QStringLiteral("duty1")};
    o.order = {QStringLiteral("DO-1"), QStringLiteral("INC-1"), QStringLiteral("TM01"), DispatchStatus::EnRoute, 540,
               t0.addSecs(90), QStringLiteral("duty1")};
    o.audit = {QStringLiteral("duty1"), t0.addSecs(40), QStringLiteral("alarm.acknowledge"), o.alarm.id,
               QStringLiteral("现场确认")};
    return o;
}

namespace {

constexpr double positionTolerance = 1e-8;

QString text(const QString &v) { return v; }
template<typename T>
QString text(const T &v)
{
    if constexpr (std::is_enum_v<T>)
        return QString::number(static_cast<int>(v));
    else
        return QString::number(v, 'g', 17);
}

//! Records the first field that differs, with where it is.
class Difference
{
public:
    template<typename T>
    void field(const QString &where, const T &read, const T &written)
    {
        if (m_first.isEmpty() && !(read == written))
            m_first = QStringLiteral("%1: %2 != %3").arg(where, text(read), text(written));
    }
    void position(const QString &where, const core::GeoPoint &read, const core::GeoPoint &written)
    {
        if (m_first.isEmpty()
            && (qAbs(read.lon - written.lon) > positionTolerance || qAbs(read.lat - written.lat) > positionTolerance))
            m_first = QStringLiteral("%1: (%2, %3) != (%4, %5)")
                          .arg(where, text(read.lon), text(read.lat), text(written.lon), text(written.lat));
    }
    void line(const QString &where, const QList<core::GeoPoint> &read, const QList<core::GeoPoint> &written)
    {
        field(where + QStringLiteral(".size"), read.size(), written.size());
        for (int i = 0; i < std::min(read.size(), written.size()); ++i)
            position(QStringLiteral("%1[%2]").arg(where).arg(i), read.at(i), written.at(i));
    }
    //! Compares the record counts and then each record with \a compare.
    template<typename Record, typename Compare>
    void layer(const char *name, const QList<Record> &read, const QList<Record> &written, Compare compare)
    {
        const QString layerName = QString::fromLatin1(name);
        field(layerName + QStringLiteral(".count"), read.size(), written.size());
        for (int i = 0; m_first.isEmpty() && i < read.size(); ++i)
            compare(QStringLiteral("%1[%2].").arg(layerName).arg(i), read.at(i), written.at(i));
    }
    QString first() const { return m_first; }

private:
    QString m_first;
};

} // namespace

QString registryDifference(const storage::Registry &read, const storage::Registry &written)
{
    using namespace cp::core;
    Difference d;
    d.layer("sectors", read.sectors, written.sectors, [&d](const QString &w, const SectorInfo &a, const SectorInfo &b) {
        d.field(w + QStringLiteral("id"), a.id, b.id);
        d.field(w + QStringLiteral("name_zh"), a.nameZh, b.nameZh);
        d.field(w + QStringLiteral("name_en"), a.nameEn, b.nameEn);
    });
    d.field(QStringLiteral("county_boundary.name"), read.countyBoundary.name, written.countyBoundary.name);
    d.layer("county_boundary.rings", read.countyBoundary.rings, written.countyBoundary.rings,
            [&d](const QString &w, const QList<GeoPoint> &a, const QList<GeoPoint> &b) { d.line(w, a, b); });
    d.layer("towns", read.towns, written.towns, [&d](const QString &w, const Town &a, const Town &b) {
        d.field(w + QStringLiteral("id"), a.id, b.id);
        d.field(w + QStringLiteral("name"), a.name, b.name);
        d.field(w + QStringLiteral("population"), a.population, b.population);
        d.field(w + QStringLiteral("illustrative"), a.illustrative, b.illustrative);
        d.position(w + QStringLiteral("geom"), a.seat, b.seat);
    });
    d.layer("enterprises", read.enterprises, written.enterprises, [&d](const QString &w, const Enterprise &a, const Enterprise &b) {
        d.field(w + QStringLiteral("id"), a.id, b.id);
        d.field(w + QStringLiteral("name"), a.name, b.name);
        d.field(w + QStringLiteral("sector"), a.sectorId, b.sectorId);
        d.field(w + QStringLiteral("category"), a.category, b.category);
        d.field(w + QStringLiteral("risk_level"), a.riskLevel, b.riskLevel);
        d.field(w + QStringLiteral("major_hazard"), a.majorHazard, b.majorHazard);
        d.field(w + QStringLiteral("town_id"), a.townId, b.townId);
        d.field(w + QStringLiteral("address"), a.address, b.address);
        d.field(w + QStringLiteral("contact_phone"), a.contactPhone, b.contactPhone);
        d.field(w + QStringLiteral("employees"), a.employees, b.employees);
        d.field(w + QStringLiteral("dual_prevention"), a.dualPreventionDone, b.dualPreventionDone);
        d.field(w + QStringLiteral("standardization_level"), a.standardizationLevel, b.standardizationLevel);
        d.field(w + QStringLiteral("monitoring_online"), a.monitoringOnline, b.monitoringOnline);
        d.field(w + QStringLiteral("sis"), a.automation.sis, b.automation.sis);
        d.field(w + QStringLiteral("dcs"), a.automation.dcs, b.automation.dcs);
        d.field(w + QStringLiteral("esd"), a.automation.esd, b.automation.esd);
        d.field(w + QStringLiteral("sector_attributes"),
                QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(a.sectorAttributes)).toJson()),
                QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(b.sectorAttributes)).toJson()));
        d.position(w + QStringLiteral("geom"), a.position, b.position);
    });
    d.layer("shelters", read.shelters, written.shelters, [&d](const QString &w, const Shelter &a, const Shelter &b) {
        d.field(w + QStringLiteral("id"), a.id, b.id);
        d.field(w + QStringLiteral("name"), a.name, b.name);
        d.field(w + QStringLiteral("shelter_type"), a.type, b.type);
        d.field(w + QStringLiteral("town_id"), a.townId, b.townId);
        d.field(w + QStringLiteral("capacity"), a.capacity, b.capacity);
        d.field(w + QStringLiteral("effective_area_m2"), a.effectiveAreaM2, b.effectiveAreaM2);
        d.field(w + QStringLiteral("status"), a.status, b.status);
        d.position(w + QStringLiteral("geom"), a.position, b.position);
    });
    d.layer("rescue_stations", read.rescueStations, written.rescueStations,
            [&d](const QString &w, const RescueStation &a, const RescueStation &b) {
                d.field(w + QStringLiteral("id"), a.id, b.id);
                d.field(w + QStringLiteral("name"), a.name, b.name);
                d.field(w + QStringLiteral("level"), a.level, b.level);
                d.field(w + QStringLiteral("town_id"), a.townId, b.townId);
                d.field(w + QStringLiteral("duty_phone"), a.dutyPhone, b.dutyPhone);
                d.field(w + QStringLiteral("status"), a.status, b.status);
                d.position(w + QStringLiteral("geom"), a.position, b.position);
            });
    d.layer("teams", read.teams, written.teams, [&d](const QString &w, const Team &a, const Team &b) {
        d.field(w + QStringLiteral("id"), a.id, b.id);
        d.field(w + QStringLiteral("name"), a.name, b.name);
        d.field(w + QStringLiteral("station_id"), a.stationId, b.stationId);
        d.field(w + QStringLiteral("capabilities.size"), a.capabilities.size(), b.capabilities.size());
        for (int i = 0; i < std::min(a.capabilities.size(), b.capabilities.size()); ++i)
            d.field(w + QStringLiteral("capabilities[%1]").arg(i), a.capabilities.at(i), b.capabilities.at(i));
        d.field(w + QStringLiteral("personnel"), a.personnel, b.personnel);
        d.field(w + QStringLiteral("vehicles"), a.vehicles, b.vehicles);
        d.field(w + QStringLiteral("status"), a.status, b.status);
        d.position(w + QStringLiteral("geom"), a.position, b.position);
    });
    d.layer("supply_depots", read.supplyDepots, written.supplyDepots, [&d](const QString &w, const SupplyDepot &a, const SupplyDepot &b) {
        d.field(w + QStringLiteral("id"), a.id, b.id);
        d.field(w + QStringLiteral("name"), a.name, b.name);
        d.field(w + QStringLiteral("level"), a.level, b.level);
        d.field(w + QStringLiteral("town_id"), a.townId, b.townId);
        d.field(w + QStringLiteral("area_m2"), a.areaM2, b.areaM2);
        d.field(w + QStringLiteral("status"), a.status, b.status);
        d.position(w + QStringLiteral("geom"), a.position, b.position);
        d.layer("inventory", a.inventory, b.inventory, [&d, w](const QString &l, const InventoryLine &x, const InventoryLine &y) {
            d.field(w + l + QStringLiteral("item"), x.item, y.item);
            d.field(w + l + QStringLiteral("category"), x.category, y.category);
            d.field(w + l + QStringLiteral("quantity"), x.quantity, y.quantity);
            d.field(w + l + QStringLiteral("unit"), x.unit, y.unit);
        });
    });
    d.layer("roads", read.roads, written.roads, [&d](const QString &w, const RoadSegment &a, const RoadSegment &b) {
        d.field(w + QStringLiteral("id"), a.id, b.id);
        d.field(w + QStringLiteral("name"), a.name, b.name);
        d.field(w + QStringLiteral("road_class"), a.roadClass, b.roadClass);
        d.field(w + QStringLiteral("speed_kmh"), a.speedKmh, b.speedKmh);
        d.field(w + QStringLiteral("one_way"), a.oneWay, b.oneWay);
        d.line(w + QStringLiteral("geom"), a.line, b.line);
    });
    d.layer("demand_points", read.demandPoints, written.demandPoints, [&d](const QString &w, const DemandPoint &a, const DemandPoint &b) {
        d.field(w + QStringLiteral("id"), a.id, b.id);
        d.field(w + QStringLiteral("name"), a.name, b.name);
        d.field(w + QStringLiteral("town_id"), a.townId, b.townId);
        d.field(w + QStringLiteral("population"), a.population, b.population);
        d.position(w + QStringLiteral("geom"), a.position, b.position);
    });
    return d.first();
}

std::optional<QVariant> sqliteValue(const QString &path, const QString &sql)
{
    const QString connection = QStringLiteral("test-probe");
    std::optional<QVariant> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql))
            result = query.next() ? query.value(0) : QVariant();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

bool gdalExecute(const QString &path, const QString &sql)
{
    GDALAllRegister();
    const char *const drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr));
    if (!dataset)
        return false;
    CPLErrorReset();
    OGRLayer *result = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
    if (result)
        dataset->ReleaseResultSet(result);
    return CPLGetLastErrorType() < CE_Failure;
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace cp::test
