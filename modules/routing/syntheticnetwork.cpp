// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/syntheticnetwork.h"

#include "routing/roadgraphbuilder.h"
#include "routing/speedtable.h"

#include <cmath>

namespace cp::routing {

namespace {

//! SplitMix64 (Steele, Lea, Flood 2014): tiny, and the same sequence everywhere.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    //! Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

//! South-west corner of generated grids: west of Liangshan county seat in EPSG:4548 (CM 117°E).
constexpr double originX = 400000.0;
constexpr double originY = 3950000.0;

} // namespace

QVector<SyntheticRoad> SyntheticNetwork::grid(int columns, int rows, double spacing, std::uint64_t seed)
{
    SplitMix64 random(seed);
    std::vector<ProjectedPoint> junctions(static_cast<size_t>(columns) * static_cast<size_t>(rows));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            junctions[static_cast<size_t>(r) * columns + c] = {originX + (c + 0.6 * (random.unit() - 0.5)) * spacing,
                                                               originY + (r + 0.6 * (random.unit() - 0.5)) * spacing};
    const SpeedTable speeds = SpeedTable::defaults();
    QVector<SyntheticRoad> roads;
    roads.reserve(2 * columns * rows);
    auto add = [&](const ProjectedPoint &a, const ProjectedPoint &b) {
        const double pick = random.unit();
        const core::RoadClass roadClass = pick < 0.03   ? core::RoadClass::National
                                          : pick < 0.10 ? core::RoadClass::Provincial
                                          : pick < 0.25 ? core::RoadClass::County
                                          : pick < 0.45 ? core::RoadClass::Township
                                          : pick < 0.60 ? core::RoadClass::Urban
                                                        : core::RoadClass::Village;
        const bool oneWay = random.unit() < 0.1;
        const bool reversed = random.unit() < 0.5;
        roads.append({reversed ? b : a, reversed ? a : b, roadClass, speeds.speed(roadClass), oneWay});
    };
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const ProjectedPoint &here = junctions[static_cast<size_t>(r) * columns + c];
            if (c + 1 < columns)
                add(here, junctions[static_cast<size_t>(r) * columns + c + 1]);
            if (r + 1 < rows)
                add(here, junctions[static_cast<size_t>(r + 1) * columns + c]);
        }
    }
    return roads;
}

QVector<SyntheticRoad> SyntheticNetwork::withAtLeast(int roads, double spacing, std::uint64_t seed)
{
    int side = 2;
    while (2 * side * side - 2 * side < roads)
        ++side;
    return grid(side, side, spacing, seed);
}

RoadGraph SyntheticNetwork::build(const QVector<SyntheticRoad> &roads)
{
    RoadGraphBuilder builder(QStringLiteral("EPSG:4548"));
    builder.reserve(static_cast<int>(roads.size()), 2 * static_cast<int>(roads.size()));
    for (int i = 0; i < roads.size(); ++i) {
        const ProjectedPoint line[2] = {roads[i].from, roads[i].to};
        builder.addLine(line, 2, roads[i].speedKmh, roads[i].oneWay, QString::number(i));
    }
    return builder.build();
}

} // namespace cp::routing
