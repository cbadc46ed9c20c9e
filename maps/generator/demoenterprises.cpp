// SPDX-License-Identifier: GPL-2.0-or-later
#include "demoenterprises.h"
#include "townname.h"

#include "sectors/majorhazard.h"

#include <QDate>

#include <cmath>

namespace cp::demo {

namespace {

const char *const brands[] = {"鑫源", "恒通", "宏达", "金泰", "华宇", "正大", "永盛", "德利", "瑞丰", "汇隆", "东岳", "鲁信",
                              "天成", "福源", "泰和", "嘉诚", "兴业", "万通", "海川", "远航", "聚力", "中亿", "祥和", "博远",
                              "润丰", "盛通", "安泰", "宏昌", "华通", "新锐", "九州", "同力"};
const char *const fuelBrands[] = {"中国石化", "中国石油", "山东高速", "中化石油", "梁山民营"};

//! Index of the development zone in the town seed table (its last row).
constexpr int devZone = 14;

using Extras = void (*)(core::Enterprise &, DemoRandom &);

//! Fills a name pattern: "%1" = brand, "%2" = town short name; either may be absent.
QString fillName(const char *pattern, const QString &brand, const QString &town)
{
    QString name = QString::fromUtf8(pattern);
    name.replace(QLatin1String("%1"), brand);
    name.replace(QLatin1String("%2"), town);
    return name;
}

// Sector attributes use the keys the sector plugins define (modules/sectors/<id>, attributes()).

void hazchemProducer(core::Enterprise &e, DemoRandom &r)
{
    // A major-hazard installation is graded by R (GB 18218-2018); the demo invents an inventory
    // whose R lands in grades 2–4, and the hazchem plugin derives S, R and the grade from it.
    const double q = std::round(r.uniform(40, 160));
    e.sectorAttributes.insert(QStringLiteral("inventory"),
                              QVariantList{QVariantMap{{QStringLiteral("substance"), QStringLiteral("liquid ammonia")},
                                                       {QStringLiteral("q"), q},
                                                       {QStringLiteral("Q"), 10.0},
                                                       {QStringLiteral("toxicGas"), QStringLiteral("nh3")}}});
    e.sectorAttributes.insert(QStringLiteral("residents_500m"), r.integer(0, 3) * 40);
    // S, R and the grade by the same GB 18218 code the hazchem plugin uses.
    QString error;
    const auto assessment = sectors::MajorHazard::assessAttributes(e.sectorAttributes, &error);
    if (!assessment)
        qFatal("demo inventory rejected by GB 18218 assessment: %s", qPrintable(error));
    e.majorHazard = assessment->grade;
    e.sectorAttributes.insert(QStringLiteral("s_value"), std::round(assessment->s * 100) / 100);
    e.sectorAttributes.insert(QStringLiteral("r_value"), std::round(assessment->r * 10) / 10);
    e.sectorAttributes.insert(QStringLiteral("major_hazard_grade"), core::toKey(assessment->grade));
    e.sectorAttributes.insert(QStringLiteral("major_hazard_unit"), QStringLiteral("液氨储罐区"));
    e.sectorAttributes.insert(QStringLiteral("key_processes"), r.integer(1, 3));
    e.sectorAttributes.insert(QStringLiteral("safety_licence_expiry"), QDate(2027, 1, 1).addDays(r.integer(0, 900)).toString(Qt::ISODate));
    // 安监总管三〔2017〕121号 / Order 40: major-hazard plants run SIS, DCS and ESD, monitored online.
    e.automation = {true, true, true};
    e.monitoringOnline = true;
    e.dualPreventionDone = true;
    e.standardizationLevel = r.integer(2, 3);
}

void fillingStation(core::Enterprise &e, DemoRandom &r)
{
    e.sectorAttributes.insert(QStringLiteral("safety_licence_expiry"), QDate(2026, 6, 1).addDays(r.integer(0, 1000)).toString(Qt::ISODate));
    e.monitoringOnline = r.chance(0.9);
}

void coalMine(core::Enterprise &e, DemoRandom &r)
{
    e.sectorAttributes.insert(QStringLiteral("gas_grade"), QStringLiteral("low_gas"));
    e.sectorAttributes.insert(QStringLiteral("output"), std::round(r.uniform(0.9, 2.4) * 10) / 10);
    const int faces = r.integer(2, 4);
    e.sectorAttributes.insert(QStringLiteral("working_faces"), faces);
    e.sectorAttributes.insert(QStringLiteral("intelligent_faces"), r.integer(0, faces));
    e.sectorAttributes.insert(QStringLiteral("rescue_agreement"), QStringLiteral("梁山县矿山救护队"));
    e.monitoringOnline = true;
    e.standardizationLevel = 1;
}

void fireworks(core::Enterprise &e, DemoRandom &r, const char *business, double lowTonnes, double highTonnes)
{
    e.sectorAttributes.insert(QStringLiteral("business"), QString::fromLatin1(business));
    e.sectorAttributes.insert(QStringLiteral("storage_quantity"), std::round(r.uniform(lowTonnes, highTonnes) * 10) / 10);
    e.sectorAttributes.insert(QStringLiteral("licence_no"), QStringLiteral("（鲁）YH〔2024〕%1号").arg(r.integer(100, 999)));
    e.sectorAttributes.insert(QStringLiteral("licence_expiry"), QDate(2026, 3, 1).addDays(r.integer(0, 1000)).toString(Qt::ISODate));
}

void fireworksStore(core::Enterprise &e, DemoRandom &r) { fireworks(e, r, "fireworks_retail", 0.2, 1.5); }

void fireworksWholesale(core::Enterprise &e, DemoRandom &r)
{
    fireworks(e, r, "fireworks_wholesale", 20, 60);
    e.monitoringOnline = true;
}

void specialEquipment(core::Enterprise &e, DemoRandom &r)
{
    const char *const kinds[] = {"boiler", "pressure_vessel", "crane", "elevator", "field_vehicle"};
    e.sectorAttributes.insert(QStringLiteral("device_type"), QString::fromLatin1(r.pick(kinds)));
    e.sectorAttributes.insert(QStringLiteral("registration_no"), QStringLiteral("鲁H%1").arg(r.integer(10000, 99999)));
    // Next periodic inspection: some already overdue, which the inspection-rate indicator reveals.
    e.sectorAttributes.insert(QStringLiteral("next_inspection"), QDate(2026, 1, 1).addDays(r.integer(-60, 540)).toString(Qt::ISODate));
}

void gasStation(core::Enterprise &e, DemoRandom &r)
{
    e.sectorAttributes.insert(QStringLiteral("supply_type"), QStringLiteral("lng_cng"));
    e.sectorAttributes.insert(QStringLiteral("storage_capacity"), 50 * r.integer(1, 8));
    e.monitoringOnline = r.chance(0.85);
}

void gasStorage(core::Enterprise &e, DemoRandom &r)
{
    e.majorHazard = core::MajorHazardGrade::Three; // a gas holder; its R is not modelled in the demo
    e.sectorAttributes.insert(QStringLiteral("supply_type"), QStringLiteral("pipeline"));
    e.sectorAttributes.insert(QStringLiteral("users"), 1000 * r.integer(20, 60));
    e.sectorAttributes.insert(QStringLiteral("storage_capacity"), 1000 * r.integer(2, 5));
    e.automation = {true, true, true};
    e.monitoringOnline = true;
}

void pipelineStation(core::Enterprise &e, DemoRandom &r)
{
    e.sectorAttributes.insert(QStringLiteral("medium"), r.chance(0.7) ? QStringLiteral("natural_gas") : QStringLiteral("crude"));
    e.sectorAttributes.insert(QStringLiteral("design_pressure"), std::round(r.uniform(4, 10) * 10) / 10);
    e.sectorAttributes.insert(QStringLiteral("length"), std::round(r.uniform(5, 30)));
    e.monitoringOnline = true;
}

void dustWorks(core::Enterprise &e, DemoRandom &r)
{
    e.sectorAttributes.insert(QStringLiteral("hazards"), QStringLiteral("dust"));
    e.sectorAttributes.insert(QStringLiteral("dust_workers"), r.integer(5, 60));
}

void ammoniaCold(core::Enterprise &e, DemoRandom &r)
{
    e.sectorAttributes.insert(QStringLiteral("hazards"), QStringLiteral("ammonia"));
    e.sectorAttributes.insert(QStringLiteral("ammonia_charge"), std::round(r.uniform(1, 12) * 10) / 10);
}

void confinedSpace(core::Enterprise &e, DemoRandom &r)
{
    e.sectorAttributes.insert(QStringLiteral("hazards"), QStringLiteral("confined_space"));
    e.sectorAttributes.insert(QStringLiteral("confined_spaces"), r.integer(1, 8));
}

void hazmatTransport(core::Enterprise &e, DemoRandom &r)
{
    const int vehicles = r.integer(10, 60);
    e.sectorAttributes.insert(QStringLiteral("business"), QStringLiteral("dangerous_goods"));
    e.sectorAttributes.insert(QStringLiteral("vehicles"), vehicles);
    e.sectorAttributes.insert(QStringLiteral("dangerous_goods_vehicles"), vehicles);
}

} // namespace

struct EnterpriseGenerator::Recipe
{
    const char *sector;
    const char *category;
    const char *namePattern; //!< %1 = brand, %2 = town short name
    enum Place { NearTown, DevZone, AlongTrunk } place;
    int minStaff;
    int maxStaff;
    double riskWeights[4]; //!< major, significant, general, low
    Extras extras;
};

EnterpriseGenerator::EnterpriseGenerator(const CountyShape &shape, DemoRandom &random)
    : m_shape(shape), m_random(random)
{
}

core::RiskLevel EnterpriseGenerator::drawRisk(const double (&weights)[4])
{
    const core::RiskLevel levels[] = {core::RiskLevel::Major, core::RiskLevel::Significant, core::RiskLevel::General,
                                      core::RiskLevel::Low};
    double total = 0;
    for (double w : weights)
        total += w;
    double x = m_random.uniform() * total;
    for (int i = 0; i < 4; ++i) {
        if ((x -= weights[i]) < 0)
            return levels[i];
    }
    return core::RiskLevel::Low;
}

void EnterpriseGenerator::add(const Recipe &recipe, int count)
{
    for (int i = 0; i < count; ++i) {
        core::Enterprise e;
        e.id = QStringLiteral("E%1").arg(m_enterprises.size() + 1, 4, 10, QLatin1Char('0'));
        e.sectorId = QString::fromLatin1(recipe.sector);
        e.category = QString::fromLatin1(recipe.category);
        const int townIndex = recipe.place == Recipe::DevZone ? devZone : m_random.integer(0, static_cast<int>(m_towns.size()) - 1);
        const core::Town &town = m_towns.at(townIndex);
        e.townId = town.id;
        switch (recipe.place) {
        case Recipe::NearTown: e.position = m_shape.scatter(m_random, town.seat, 2200); break;
        case Recipe::DevZone: e.position = m_shape.scatter(m_random, town.seat, 900); break;
        case Recipe::AlongTrunk:
            e.position = m_shape.scatter(m_random, m_random.pick(m_trunkPoints), 60);
            break;
        }
        const QString shortName = townShortName(town);
        QString name = fillName(recipe.namePattern, QString::fromUtf8(m_random.pick(brands)), shortName);
        if (e.category == QLatin1String("filling_station"))
            name.prepend(QString::fromUtf8(m_random.pick(fuelBrands)));
        for (int k = 2; m_names.contains(name); ++k)
            name = fillName(recipe.namePattern, QString::fromUtf8(m_random.pick(brands)), shortName) + QString::fromUtf8("（%1）").arg(k);
        m_names.insert(name);
        e.name = name;
        e.address = QString::fromUtf8("梁山县%1（示意地址）").arg(town.name);
        e.contactPhone = QStringLiteral("0537-73%1").arg(m_random.integer(10000, 99999));
        e.employees = m_random.integer(recipe.minStaff, recipe.maxStaff);
        e.riskLevel = drawRisk(recipe.riskWeights);
        e.dualPreventionDone = m_random.chance(0.8);
        e.standardizationLevel = m_random.chance(0.5) ? 3 : 0;
        e.monitoringOnline = false;
        if (recipe.extras)
            recipe.extras(e, m_random);
        m_enterprises.append(e);
    }
}

QList<core::Enterprise> EnterpriseGenerator::generate(const QList<core::Town> &towns, const QList<core::RoadSegment> &roads)
{
    m_towns = towns;
    m_enterprises.clear();
    m_names.clear();
    m_trunkPoints.clear();
    for (const core::RoadSegment &road : roads) {
        if (road.roadClass == core::RoadClass::National || road.roadClass == core::RoadClass::Provincial
            || road.roadClass == core::RoadClass::County)
            m_trunkPoints.append(road.line.first());
    }
    using P = Recipe;
    // Counts: 5 producers and 72 filling stations are the plan's public figures; the rest invented.
    const Recipe recipes[] = {
        {"hazchem", "production", "梁山%1化工有限公司", P::DevZone, 80, 400, {3, 2, 0, 0}, hazchemProducer},
        {"hazchem", "filling_station", "梁山%2加油站", P::AlongTrunk, 6, 15, {0, 3, 6, 1}, fillingStation},
        {"hazchem", "trade_storage", "梁山%1化学品经营有限公司", P::NearTown, 5, 30, {0, 2, 5, 2}, nullptr},
        {"coalmine", "underground", "%1能源%2煤矿", P::NearTown, 600, 1800, {1, 1, 0, 0}, coalMine},
        {"fireworks", "wholesale", "梁山%1烟花爆竹批发有限公司", P::NearTown, 10, 30, {1, 1, 0, 0}, fireworksWholesale},
        {"fireworks", "retail", "%2%1烟花爆竹零售点", P::NearTown, 1, 4, {0, 1, 6, 3}, fireworksStore},
        {"firesafety", "crowded_place", "梁山%1商厦", P::NearTown, 40, 300, {0, 2, 6, 2}, nullptr},
        {"firesafety", "hospital_school", "梁山县%2%1学校", P::NearTown, 60, 200, {0, 1, 6, 3}, nullptr},
        {"firesafety", "elderly_care", "%2%1养老院", P::NearTown, 10, 40, {0, 2, 6, 2}, nullptr},
        {"roadtransport", "hazmat_transport", "梁山%1危险货物运输有限公司", P::DevZone, 30, 120, {1, 3, 2, 0}, hazmatTransport},
        {"roadtransport", "passenger_freight", "梁山%1物流有限公司", P::NearTown, 20, 150, {0, 1, 6, 3}, nullptr},
        {"construction", "building_site", "%1·%2府建设工地", P::NearTown, 50, 400, {0, 2, 6, 2}, nullptr},
        {"chempark", "park_tenant", "梁山化工园区%1新材料有限公司", P::DevZone, 40, 250, {1, 3, 2, 0}, nullptr},
        {"power", "substation", "%2%1变电站", P::NearTown, 3, 12, {0, 1, 6, 3}, nullptr},
        {"power", "power_plant", "梁山%1热电有限公司", P::DevZone, 80, 300, {0, 2, 2, 0}, nullptr},
        {"specialequip", "user_unit", "梁山%1专用汽车制造有限公司", P::NearTown, 50, 500, {0, 1, 6, 3}, specialEquipment},
        {"industrytrade", "dust_explosion", "梁山%1金属制品有限公司", P::NearTown, 20, 300, {0, 3, 5, 2}, dustWorks},
        {"industrytrade", "ammonia_refrigeration", "梁山%1冷藏有限公司", P::NearTown, 10, 80, {1, 3, 4, 0}, ammoniaCold},
        {"industrytrade", "confined_space", "梁山%1食品有限公司", P::NearTown, 20, 200, {0, 1, 6, 3}, confinedSpace},
        {"pipeline", "valve_station", "%2%1输气管道阀室", P::NearTown, 0, 4, {0, 2, 5, 3}, pipelineStation},
        {"gas", "cng_station", "梁山%1%2加气站", P::AlongTrunk, 6, 15, {0, 3, 6, 1}, gasStation},
        {"gas", "storage_distribution", "梁山%1燃气储配站", P::DevZone, 20, 80, {1, 1, 0, 0}, gasStorage},
        {"tourism", "scenic_hotel", "梁山%1大酒店", P::NearTown, 20, 150, {0, 1, 6, 3}, nullptr},
        {"tourism", "scenic_area", "水泊梁山%1景区", P::NearTown, 30, 200, {0, 2, 5, 3}, nullptr},
    };
    const int counts[] = {5, 72, 14, 2, 1, 40, 35, 30, 14, 6, 22, 40, 10, 30, 2, 45, 40, 10, 30, 12, 18, 2, 20, 6};
    static_assert(std::size(recipes) == std::size(counts));
    for (std::size_t i = 0; i < std::size(recipes); ++i)
        add(recipes[i], counts[i]);
    return m_enterprises;
}

} // namespace cp::demo
