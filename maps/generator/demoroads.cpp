// SPDX-License-Identifier: GPL-2.0-or-later
#include "demoroads.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace cp::demo {

namespace {

// Free-flow speeds by class, km/h: typical design speeds of Chinese highway grades
// (JTG B01-2014 class I/II/III/IV roads) rounded down for mixed traffic; synthetic data.
double defaultSpeed(core::RoadClass c)
{
    switch (c) {
    case core::RoadClass::Expressway: return 100;
    case core::RoadClass::National: return 70;
    case core::RoadClass::Provincial: return 60;
    case core::RoadClass::County: return 50;
    case core::RoadClass::Township: return 40;
    case core::RoadClass::Village: return 30;
    case core::RoadClass::Urban: return 30;
    }
    return 30;
}

constexpr double trunkPieceMetres = 1500;
constexpr double gridSpacingMetres = 450;
constexpr int gridHalfWidth = 4; // a 9 × 9 grid of junctions

} // namespace

RoadNetworkGenerator::RoadNetworkGenerator(const CountyShape &shape, DemoRandom &random)
    : m_shape(shape), m_random(random)
{
}

int RoadNetworkGenerator::addNode(const core::GeoPoint &p)
{
    m_nodes.append(p);
    m_connected.append(false);
    return static_cast<int>(m_nodes.size()) - 1;
}

void RoadNetworkGenerator::addRoad(int from, int to, core::RoadClass roadClass, const QString &name, bool oneWay)
{
    core::RoadSegment road;
    road.id = QStringLiteral("R%1").arg(m_roads.size() + 1, 5, 10, QLatin1Char('0'));
    road.name = name;
    road.roadClass = roadClass;
    road.speedKmh = defaultSpeed(roadClass);
    road.oneWay = oneWay;
    const core::GeoPoint a = m_nodes.at(from), b = m_nodes.at(to);
    road.line.append(a);
    if (roadClass == core::RoadClass::Village || roadClass == core::RoadClass::Township) {
        // One bend, so rural roads do not look ruled.
        const double jitter = m_random.uniform(-0.15, 0.15);
        road.line.append({(a.lon + b.lon) / 2 - (b.lat - a.lat) * jitter, (a.lat + b.lat) / 2 + (b.lon - a.lon) * jitter});
    }
    road.line.append(b);
    m_connected[from] = m_connected[to] = true;
    m_roads.append(road);
}

void RoadNetworkGenerator::addTrunk(int fromTown, int toTown, core::RoadClass roadClass, const QString &name)
{
    const int a = m_townNode.at(fromTown), b = m_townNode.at(toTown);
    const core::GeoPoint pa = m_nodes.at(a), pb = m_nodes.at(b);
    const double length = core::haversineMetres(pa, pb);
    const int pieces = std::max(1, static_cast<int>(std::lround(length / trunkPieceMetres)));
    int previous = a;
    for (int i = 1; i < pieces; ++i) {
        const double t = static_cast<double>(i) / pieces;
        const double sway = m_random.uniform(-120, 120); // metres across the road's axis
        const double dx = (pb.lon - pa.lon), dy = (pb.lat - pa.lat);
        const double norm = std::hypot(dx, dy);
        core::GeoPoint p{pa.lon + dx * t, pa.lat + dy * t};
        p = CountyShape::offset(p, -dy / norm * sway, dx / norm * sway);
        const int node = addNode(p);
        addRoad(previous, node, roadClass, name);
        previous = node;
    }
    addRoad(previous, b, roadClass, name);
}

void RoadNetworkGenerator::addSeatGrid(const core::Town &seatTown)
{
    // The county seat's streets: a grid centred on the seat; odd east–west streets are one-way,
    // alternating direction, as in many county towns' old centres.
    QList<QList<int>> grid;
    for (int row = -gridHalfWidth; row <= gridHalfWidth; ++row) {
        QList<int> line;
        for (int col = -gridHalfWidth; col <= gridHalfWidth; ++col) {
            if (row == 0 && col == 0)
                line.append(m_townNode.first());
            else
                line.append(addNode(CountyShape::offset(seatTown.seat, col * gridSpacingMetres, row * gridSpacingMetres)));
        }
        grid.append(line);
    }
    const int size = 2 * gridHalfWidth + 1;
    for (int r = 0; r < size; ++r) {
        const bool oneWay = (r % 2) == 1;
        const QString street = QString::fromUtf8("城区东西%1路").arg(r + 1);
        for (int c = 0; c + 1 < size; ++c) {
            const bool eastbound = (r / 2) % 2 == 0;
            if (oneWay && !eastbound)
                addRoad(grid[r][c + 1], grid[r][c], core::RoadClass::Urban, street, true);
            else
                addRoad(grid[r][c], grid[r][c + 1], core::RoadClass::Urban, street, oneWay);
        }
    }
    for (int c = 0; c < size; ++c) {
        const QString street = QString::fromUtf8("城区南北%1街").arg(c + 1);
        for (int r = 0; r + 1 < size; ++r)
            addRoad(grid[r][c], grid[r + 1][c], core::RoadClass::Urban, street);
    }
}

int RoadNetworkGenerator::nearestConnected(const core::GeoPoint &p, int excluding) const
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!m_connected.at(i) || i == excluding)
            continue;
        const double d = core::haversineMetres(p, m_nodes.at(i));
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

QList<core::RoadSegment> RoadNetworkGenerator::generate(const QList<core::Town> &towns,
                                                         const QList<core::DemandPoint> &places)
{
    m_nodes.clear();
    m_connected.clear();
    m_townNode.clear();
    m_placeNodes.clear();
    m_roads.clear();
    for (const core::Town &town : towns)
        m_townNode.append(addNode(town.seat));

    // A north–south national road through the county seat (town indexes into the seed table).
    const int nationalChain[] = {7, 3, 0, 1, 14, 5, 13};
    for (std::size_t i = 0; i + 1 < std::size(nationalChain); ++i)
        addTrunk(nationalChain[i], nationalChain[i + 1], core::RoadClass::National, QString::fromUtf8("国道220（示意）"));
    QSet<QPair<int, int>> linked;
    for (std::size_t i = 0; i + 1 < std::size(nationalChain); ++i)
        linked.insert(qMakePair(std::min(nationalChain[i], nationalChain[i + 1]), std::max(nationalChain[i], nationalChain[i + 1])));

    // Each town to its three nearest towns.
    for (int t = 0; t < towns.size(); ++t) {
        QList<int> others;
        for (int u = 0; u < towns.size(); ++u) {
            if (u != t)
                others.append(u);
        }
        std::sort(others.begin(), others.end(), [&](int a, int b) {
            return core::haversineMetres(towns.at(t).seat, towns.at(a).seat) < core::haversineMetres(towns.at(t).seat, towns.at(b).seat);
        });
        for (int k = 0; k < 3 && k < others.size(); ++k) {
            const QPair<int, int> key(std::min(t, others.at(k)), std::max(t, others.at(k)));
            if (linked.contains(key))
                continue;
            linked.insert(key);
            const double length = core::haversineMetres(towns.at(t).seat, towns.at(others.at(k)).seat);
            const auto roadClass = length > 9000 ? core::RoadClass::Provincial : core::RoadClass::County;
            const QString name = QString::fromUtf8("%1—%2公路").arg(towns.at(key.first).name, towns.at(key.second).name);
            addTrunk(key.first, key.second, roadClass, name);
        }
    }
    addSeatGrid(towns.first());

    // Villages and quarters, nearest first, each to the nearest node already on the network.
    QList<int> order;
    for (int i = 0; i < places.size(); ++i)
        order.append(i);
    auto distanceToSeat = [&](int i) {
        for (const core::Town &t : towns) {
            if (t.id == places.at(i).townId)
                return core::haversineMetres(places.at(i).position, t.seat);
        }
        return 0.0;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return distanceToSeat(a) < distanceToSeat(b); });
    for (int i : order) {
        const core::DemandPoint &place = places.at(i);
        // Choose both links before the new node joins, so it cannot pick itself.
        const int target = nearestConnected(place.position);
        const int second = m_random.chance(0.35) ? nearestConnected(place.position, target) : -1;
        const int node = addNode(place.position);
        m_placeNodes.insert(node);
        addRoad(node, target, m_placeNodes.contains(target) ? core::RoadClass::Village : core::RoadClass::Township,
                QString::fromUtf8("%1通村路").arg(place.name));
        if (second >= 0 && core::haversineMetres(place.position, m_nodes.at(second)) < 3000)
            addRoad(node, second, core::RoadClass::Village, QString::fromUtf8("%1村间路").arg(place.name));
    }
    return m_roads;
}

} // namespace cp::demo
