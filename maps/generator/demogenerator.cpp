// SPDX-License-Identifier: GPL-2.0-or-later
#include "demogenerator.h"

#include "demoenterprises.h"
#include "demofacilities.h"
#include "demoroads.h"

namespace cp::demo {

namespace {

struct TownSeed
{
    const char *name;
    double lon;
    double lat;
    int populationThousands;
};

// The 14 towns and sub-districts and the development zone of the county plan (shared/data/README.md).
// Seats other than the county seat (116.09 E, 35.80 N, public) are illustrative; populations are
// invented to sum to the county's ~800,000.
const TownSeed townSeeds[] = {
    {"水泊街道", 116.09, 35.80, 125},  {"梁山街道", 116.12, 35.785, 95}, {"拳铺镇", 116.14, 35.865, 55},
    {"杨营镇", 116.08, 35.90, 50},     {"韩岗镇", 116.20, 35.87, 45},    {"韩垓镇", 116.22, 35.70, 55},
    {"馆驿镇", 116.25, 35.79, 50},     {"小路口镇", 116.04, 35.955, 55}, {"寿张集镇", 115.94, 35.93, 50},
    {"黑虎庙镇", 116.01, 35.88, 40},   {"马营镇", 116.00, 35.82, 45},    {"小安山镇", 116.30, 35.74, 45},
    {"赵堌堆乡", 115.93, 35.86, 30},   {"大路口乡", 116.22, 35.655, 40}, {"梁山经济开发区", 116.15, 35.76, 25},
};

struct SectorSeed
{
    const char *id;
    const char *nameZh;
    const char *nameEn;
};

// The 13 sectors of the county plan, with their stable ids.
const SectorSeed sectorSeeds[] = {
    {"hazchem", "危险化学品", "Hazardous chemicals"},   {"coalmine", "煤矿", "Coal mines"},
    {"fireworks", "民爆物品和烟花爆竹", "Explosives and fireworks"}, {"firesafety", "消防", "Fire safety"},
    {"roadtransport", "道路运输", "Road transport"},     {"construction", "城镇建设", "Urban construction"},
    {"chempark", "化工园区", "Chemical parks"},         {"power", "电力", "Electric power"},
    {"specialequip", "特种设备", "Special equipment"},  {"industrytrade", "工贸", "Industry and trade"},
    {"pipeline", "油气管道", "Oil and gas pipelines"},  {"gas", "燃气", "Gas supply"},
    {"tourism", "文化旅游", "Culture and tourism"},
};

const char *const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
                                "胡", "郭", "何", "高", "林", "郑", "梁", "宋", "郝", "韩", "冯", "董", "曹", "袁"};
const char *const villageSuffixes[] = {"庄", "楼", "集", "屯", "堂", "营", "店", "洼", "坊", "寨", "岗", "桥"};

} // namespace

DemoGenerator::DemoGenerator(const CountyShape &shape, std::uint64_t seed) : m_shape(shape), m_random(seed) {}

storage::Registry DemoGenerator::generate()
{
    m_registry = {};
    m_registry.countyBoundary = m_shape.boundary();
    makeSectors();
    makeTowns();
    makeDemandPoints();
    m_registry.roads = RoadNetworkGenerator(m_shape, m_random).generate(m_registry.towns, m_registry.demandPoints);
    m_registry.enterprises = EnterpriseGenerator(m_shape, m_random).generate(m_registry.towns, m_registry.roads);
    FacilityGenerator facilities(m_shape, m_random);
    m_registry.shelters = facilities.shelters(m_registry.towns);
    m_registry.rescueStations = facilities.rescueStations(m_registry.towns);
    m_registry.teams = facilities.teams(m_registry.rescueStations, m_registry.towns);
    m_registry.supplyDepots = facilities.supplyDepots(m_registry.towns);
    return m_registry;
}

void DemoGenerator::makeSectors()
{
    for (const SectorSeed &s : sectorSeeds)
        m_registry.sectors.append({QString::fromLatin1(s.id), QString::fromUtf8(s.nameZh), QString::fromLatin1(s.nameEn)});
}

void DemoGenerator::makeTowns()
{
    int n = 0;
    for (const TownSeed &seed : townSeeds) {
        core::Town town;
        town.id = QStringLiteral("T%1").arg(++n, 2, 10, QLatin1Char('0'));
        town.name = QString::fromUtf8(seed.name);
        town.seat = {seed.lon, seed.lat};
        town.population = seed.populationThousands * 1000LL;
        town.illustrative = n > 1; // only the county seat's position is public
        m_registry.towns.append(town);
    }
}

void DemoGenerator::makeDemandPoints()
{
    int serial = 0;
    for (const core::Town &town : std::as_const(m_registry.towns)) {
        const bool urban = town.population >= 90000;
        // Urban sub-districts: 60 % of people in residential quarters near the seat.
        const int quarters = urban ? 12 : 2;
        const qint64 quarterPeople = urban ? town.population * 6 / 10 : town.population / 10;
        const int villages = static_cast<int>((town.population - quarterPeople) / 1100);
        QList<double> weights;
        for (int i = 0; i < quarters + villages; ++i)
            weights.append(m_random.uniform(0.5, 1.5));
        double quarterWeight = 0, villageWeight = 0;
        for (int i = 0; i < weights.size(); ++i)
            (i < quarters ? quarterWeight : villageWeight) += weights.at(i);

        QSet<QString> names;
        qint64 assigned = 0;
        for (int i = 0; i < quarters + villages; ++i) {
            core::DemandPoint p;
            p.id = QStringLiteral("V%1").arg(++serial, 4, 10, QLatin1Char('0'));
            p.townId = town.id;
            const bool quarter = i < quarters;
            p.position = m_shape.scatter(m_random, town.seat, quarter ? 1100 : 3800);
            QString name = QString::fromUtf8("%1第%2社区").arg(town.name).arg(i + 1);
            if (!quarter) {
                // One draw per statement, as in CountyShape::scatter().
                const QString suffix = QString::fromUtf8(m_random.pick(villageSuffixes));
                const QString surname = QString::fromUtf8(m_random.pick(surnames));
                name = surname + suffix + QString::fromUtf8("村");
            }
            for (int k = 2; names.contains(name); ++k)
                name = name.chopped(1) + QString::number(k) + QString::fromUtf8("村");
            names.insert(name);
            p.name = name;
            const qint64 pool = quarter ? quarterPeople : town.population - quarterPeople;
            const double share = weights.at(i) / (quarter ? quarterWeight : villageWeight);
            p.population = (i == quarters + villages - 1) ? town.population - assigned
                                                          : static_cast<qint64>(std::llround(pool * share));
            assigned += p.population;
            m_registry.demandPoints.append(p);
        }
    }
}

} // namespace cp::demo
