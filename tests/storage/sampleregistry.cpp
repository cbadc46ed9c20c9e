// SPDX-License-Identifier: GPL-2.0-or-later
#include "sampleregistry.h"

#include <QCryptographicHash>
#include <QFile>

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
                 QStringLiteral("combustible_gas"), 27.5, QStringLiteral("%LEL"), t0},
                {QStringLiteral("feed-hazchem:1002"), o.feedId, QStringLiteral("E001"), QStringLiteral("LT-3"),
                 QStringLiteral("tank_level"), 8.25, QStringLiteral("m"), t0.addSecs(2)}};
    o.cursor = QStringLiteral("1002");
    o.alarm = {QStringLiteral("feed-hazchem:1001"), QStringLiteral("E001"), QStringLiteral("GT-101"),
               QStringLiteral("combustible_gas"), 27.5, QStringLiteral("%LEL"), 25, AlarmState::AcknowledgedActive,
               AlarmPriority::High, t0, t0.addSecs(40), QStringLiteral("可燃气体一级报警")};
    o.incident = {QStringLiteral("INC-1"), QStringLiteral("储罐区可燃气体泄漏"), QStringLiteral("hazchem"),
                  QStringLiteral("flammable_leak"), QStringLiteral("E001"), o.alarm.id, {116.031, 35.871},
                  ResponseLevel::IV, IncidentStatus::Open, t0.addSecs(60), QDateTime(), QStringLiteral("duty1")};
    o.order = {QStringLiteral("DO-1"), QStringLiteral("INC-1"), QStringLiteral("TM01"), DispatchStatus::EnRoute, 540,
               t0.addSecs(90), QStringLiteral("duty1")};
    o.audit = {QStringLiteral("duty1"), t0.addSecs(40), QStringLiteral("alarm.acknowledge"), o.alarm.id,
               QStringLiteral("现场确认")};
    return o;
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
