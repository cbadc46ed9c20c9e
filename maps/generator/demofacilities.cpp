// SPDX-License-Identifier: GPL-2.0-or-later
#include "demofacilities.h"
#include "townname.h"

#include <algorithm>
#include <cmath>

namespace cp::demo {

namespace {

using core::Capability;

/*!
 * Per-person effective area (m²) used to derive the demo shelters' capacities. These are the
 * unconfirmed figures of DOMAIN.md §5 (U: 紧急 ≈0.5, 短期 ≈2.0, 中期 ≈3.0, 长期 ≈4.5 m²/person);
 * the fixed ones stay above GB 21734-2008 §5.4's > 1.5 m²/person. Planning takes its own settings.
 */
double demoAreaPerPerson(core::ShelterType type)
{
    switch (type) {
    case core::ShelterType::Emergency: return 0.5;
    case core::ShelterType::FixedShortTerm: return 2.0;
    case core::ShelterType::FixedMediumTerm: return 3.0;
    case core::ShelterType::FixedLongTerm: return 4.5;
    case core::ShelterType::Central: return 4.5;
    }
    return 2.0;
}

struct TeamSeed
{
    const char *name;
    int stationIndex; //!< 0 = county station, 1 = development-zone special station
    QList<Capability> capabilities;
    int personnel;
    int vehicles;
};

struct StockSeed
{
    const char *item;
    const char *category;
    double countyQuantity;
    const char *unit;
};

// County stock after the Shanghai Red Cross 2021 example quantities (DOMAIN.md §7, C) scaled to a
// county of 800,000; towns hold a twentieth. Invented for the demo.
const StockSeed stock[] = {
    {"帐篷（12㎡）", "shelter", 200, "顶"},      {"棉被", "bedding", 3000, "床"},        {"毛毯", "bedding", 2500, "条"},
    {"折叠床", "shelter", 400, "张"},            {"家庭应急包", "living", 1500, "个"},   {"口罩", "protection", 10000, "只"},
    {"瓶装饮用水", "food", 5000, "箱"},          {"方便食品", "food", 3000, "箱"},       {"发电机（10kW）", "equipment", 12, "台"},
    {"排水泵", "equipment", 20, "台"},           {"救生衣", "water_rescue", 500, "件"},  {"编织袋（防汛）", "flood", 50000, "条"},
    {"吸附棉", "hazmat", 2000, "kg"},            {"防化服", "hazmat", 80, "套"},         {"正压式空气呼吸器", "hazmat", 40, "套"},
    {"泡沫灭火剂", "fire", 10, "t"},
};

} // namespace

FacilityGenerator::FacilityGenerator(const CountyShape &shape, DemoRandom &random) : m_shape(shape), m_random(random) {}

QList<core::Shelter> FacilityGenerator::shelters(const QList<core::Town> &towns)
{
    QList<core::Shelter> out;
    auto add = [&](core::ShelterType type, const core::Town &town, const QString &name, double area, double sigma) {
        core::Shelter s;
        s.id = QStringLiteral("S%1").arg(out.size() + 1, 3, 10, QLatin1Char('0'));
        s.name = name;
        s.type = type;
        s.townId = town.id;
        s.effectiveAreaM2 = std::round(area);
        s.capacity = static_cast<int>(s.effectiveAreaM2 / demoAreaPerPerson(type));
        s.position = m_shape.scatter(m_random, town.seat, sigma);
        out.append(s);
    };
    const core::Town &seat = towns.first();
    // GB 50413-2007: 中心 ≥ 50 hm², 固定 ≥ 1 hm², 紧急 ≥ 0.1 hm²; GB 21734-2008 §5.4: site > 2000 m².
    add(core::ShelterType::Central, seat, QString::fromUtf8("梁山县中心避难场所（水泊梁山体育公园）"), 520000, 1500);
    add(core::ShelterType::FixedLongTerm, seat, QString::fromUtf8("梁山县第一中学固定避难场所"), m_random.uniform(30000, 60000), 1500);
    add(core::ShelterType::FixedLongTerm, towns.at(1), QString::fromUtf8("梁山街道文体中心固定避难场所"), m_random.uniform(20000, 40000), 1200);
    for (int i = 0; i < towns.size(); ++i) {
        const core::Town &town = towns.at(i);
        const QString shortName = townShortName(town);
        if (i % 3 == 1)
            add(core::ShelterType::FixedMediumTerm, town, QString::fromUtf8("%1中学固定避难场所").arg(shortName),
                m_random.uniform(10000, 30000), 1500);
        if (i % 3 != 1)
            add(core::ShelterType::FixedShortTerm, town, QString::fromUtf8("%1文化广场避难场所").arg(shortName),
                m_random.uniform(10000, 20000), 1500);
        const int emergencyCount = town.population >= 90000 ? 6 : 3;
        for (int k = 1; k <= emergencyCount; ++k)
            add(core::ShelterType::Emergency, town, QString::fromUtf8("%1紧急避难点%2").arg(shortName).arg(k),
                m_random.uniform(2000, 8000), 2500);
    }
    return out;
}

QList<core::RescueStation> FacilityGenerator::rescueStations(const QList<core::Town> &towns)
{
    QList<core::RescueStation> out;
    auto add = [&](core::StationLevel level, const core::Town &town, const QString &name, double sigma) {
        core::RescueStation s;
        s.id = QStringLiteral("RS%1").arg(out.size() + 1, 2, 10, QLatin1Char('0'));
        s.name = name;
        s.level = level;
        s.townId = town.id;
        s.dutyPhone = QStringLiteral("0537-73%1").arg(m_random.integer(10000, 99999));
        s.position = sigma > 0 ? m_shape.scatter(m_random, town.seat, sigma) : town.seat;
        out.append(s);
    };
    add(core::StationLevel::County, towns.first(), QString::fromUtf8("梁山县应急救援指挥中心"), 600);
    add(core::StationLevel::County, towns.last(), QString::fromUtf8("开发区危化品应急救援站"), 500);
    for (const core::Town &town : towns)
        add(core::StationLevel::Town, town, QString::fromUtf8("%1应急救援站").arg(town.name), 300);
    for (int i = 2; i < towns.size(); i += 2)
        add(core::StationLevel::Village, towns.at(i), QString::fromUtf8("%1村级应急救援站").arg(townShortName(towns.at(i))), 3000);
    return out;
}

QList<core::Team> FacilityGenerator::teams(const QList<core::RescueStation> &stations, const QList<core::Town> &towns)
{
    // County professional teams (invented names after the national team kinds, DOMAIN.md §6).
    const TeamSeed county[] = {
        {"梁山县消防救援大队特勤站", 0, {Capability::FireFighting, Capability::StructuralRescue, Capability::TrafficRescue, Capability::WaterRescue}, 45, 9},
        {"梁山县消防救援大队城区站", 0, {Capability::FireFighting, Capability::TrafficRescue}, 30, 6},
        {"开发区危化品应急救援队", 1, {Capability::Hazmat, Capability::FireFighting, Capability::EnvironmentMonitor}, 28, 6},
        {"梁山县矿山救护队", 0, {Capability::MineRescue, Capability::Medical}, 22, 4},
        {"梁山县120急救中心", 0, {Capability::Medical}, 40, 12},
        {"国网梁山县供电公司抢修队", 0, {Capability::PowerRepair}, 30, 8},
        {"梁山县燃气抢修队", 1, {Capability::GasRepair, Capability::Hazmat}, 16, 4},
        {"输油气管道梁山维抢修队", 1, {Capability::PipelineRepair, Capability::Hazmat}, 12, 3},
        {"梁山县交通事故救援队", 0, {Capability::TrafficRescue}, 15, 4},
        {"梁山县特种设备应急救援队", 0, {Capability::SpecialEquipment}, 8, 2},
        {"梁山县生态环境应急监测队", 1, {Capability::EnvironmentMonitor}, 6, 2},
        {"梁山县蓝天救援队（社会力量）", 0, {Capability::WaterRescue, Capability::StructuralRescue, Capability::Evacuation}, 30, 5},
        {"梁山县民兵应急连", 0, {Capability::Evacuation, Capability::StructuralRescue}, 60, 6},
    };
    QList<core::Team> out;
    auto add = [&](const QString &name, const core::RescueStation &station, const QList<Capability> &caps, int personnel, int vehicles) {
        core::Team t;
        t.id = QStringLiteral("TM%1").arg(out.size() + 1, 2, 10, QLatin1Char('0'));
        t.name = name;
        t.stationId = station.id;
        t.capabilities = caps;
        t.personnel = personnel;
        t.vehicles = vehicles;
        const double roll = m_random.uniform();
        t.status = roll < 0.08 ? core::TeamStatus::OffDuty : roll < 0.12 ? core::TeamStatus::Maintenance : core::TeamStatus::Available;
        t.position = station.position;
        out.append(t);
    };
    for (const TeamSeed &seed : county)
        add(QString::fromUtf8(seed.name), stations.at(seed.stationIndex), seed.capabilities, seed.personnel, seed.vehicles);
    for (const core::RescueStation &station : stations) {
        if (station.level == core::StationLevel::County)
            continue;
        const bool town = station.level == core::StationLevel::Town;
        const auto home = std::find_if(towns.cbegin(), towns.cend(), [&](const core::Town &t) { return t.id == station.townId; });
        add(town ? QString::fromUtf8("%1应急救援队").arg(home->name) : QString::fromUtf8("%1村级救援小队").arg(townShortName(*home)),
            station, town ? QList<Capability>{Capability::FireFighting, Capability::Evacuation} : QList<Capability>{Capability::Evacuation},
            town ? m_random.integer(12, 20) : m_random.integer(6, 10), town ? 2 : 1);
    }
    return out;
}

QList<core::SupplyDepot> FacilityGenerator::supplyDepots(const QList<core::Town> &towns)
{
    QList<core::SupplyDepot> out;
    core::SupplyDepot county;
    county.id = QStringLiteral("D01");
    county.name = QString::fromUtf8("梁山县综合应急物资储备库");
    county.level = core::DepotLevel::County;
    county.townId = towns.first().id;
    county.areaM2 = 2400; // the plan calls for at least 2000 m² (shared/data/README.md)
    county.position = m_shape.scatter(m_random, towns.first().seat, 1800);
    for (const StockSeed &s : stock)
        county.inventory.append({QString::fromUtf8(s.item), QString::fromLatin1(s.category), s.countyQuantity, QString::fromUtf8(s.unit)});
    out.append(county);
    for (const core::Town &town : towns) {
        core::SupplyDepot d;
        d.id = QStringLiteral("D%1").arg(out.size() + 1, 2, 10, QLatin1Char('0'));
        d.name = QString::fromUtf8("%1应急物资储备点").arg(town.name);
        d.level = core::DepotLevel::Town;
        d.townId = town.id;
        d.areaM2 = 20 * m_random.integer(6, 20);
        d.position = m_shape.scatter(m_random, town.seat, 500);
        for (const StockSeed &s : stock) {
            const double quantity = std::floor(s.countyQuantity / 20 * m_random.uniform(0.4, 1.2));
            if (quantity >= 1)
                d.inventory.append({QString::fromUtf8(s.item), QString::fromLatin1(s.category), quantity, QString::fromUtf8(s.unit)});
        }
        out.append(d);
    }
    return out;
}

} // namespace cp::demo
