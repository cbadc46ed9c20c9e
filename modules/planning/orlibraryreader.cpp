// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/orlibraryreader.h"

#include "planning/tr.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace cp::planning {

namespace {

struct Edge
{
    int to;
    double cost;
};

//! Shortest-path lengths from every vertex (Dijkstra with a binary heap; the graphs are sparse).
CostMatrix allPairsShortestPaths(const std::vector<std::vector<Edge>> &graph)
{
    const int n = static_cast<int>(graph.size());
    CostMatrix costs(n, n, INFINITY);
    using Entry = std::pair<double, int>;
    std::vector<double> distance(static_cast<size_t>(n));
    for (int source = 0; source < n; ++source) {
        std::fill(distance.begin(), distance.end(), INFINITY);
        std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
        distance[static_cast<size_t>(source)] = 0.0;
        heap.emplace(0.0, source);
        while (!heap.empty()) {
            const auto [d, v] = heap.top();
            heap.pop();
            if (d > distance[static_cast<size_t>(v)])
                continue;
            for (const Edge &e : graph[static_cast<size_t>(v)]) {
                const double through = d + e.cost;
                if (through < distance[static_cast<size_t>(e.to)]) {
                    distance[static_cast<size_t>(e.to)] = through;
                    heap.emplace(through, e.to);
                }
            }
        }
        for (int target = 0; target < n; ++target)
            costs.setCost(source, target, distance[static_cast<size_t>(target)]);
    }
    return costs;
}

} // namespace

std::optional<PlacementProblem> OrLibraryReader::read(const QString &path, QString *error)
{
    const auto fail = [&](const QString &message) -> std::optional<PlacementProblem> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(Tr::tr("%1: cannot open the file: %2").arg(path, file.errorString()));

    QTextStream in(&file);
    const QRegularExpression space(QStringLiteral("\\s+"));
    int lineNumber = 0;
    // The next non-blank line split into fields; false at the end of the file.
    const auto nextLine = [&](QStringList *fields) {
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            ++lineNumber;
            if (!line.isEmpty()) {
                *fields = line.split(space);
                return true;
            }
        }
        return false;
    };

    QStringList fields;
    if (!nextLine(&fields))
        return fail(Tr::tr("%1: the file is empty; expected a first line \"n edges p\".").arg(path));
    bool okN = false, okEdges = false, okP = false;
    const int n = fields.size() == 3 ? fields.at(0).toInt(&okN) : 0;
    const int edgeCount = fields.size() == 3 ? fields.at(1).toInt(&okEdges) : 0;
    const int p = fields.size() == 3 ? fields.at(2).toInt(&okP) : 0;
    if (!okN || !okEdges || !okP || n < 1 || edgeCount < 0 || p < 1)
        return fail(Tr::tr("%1:%2: expected \"n edges p\" (three positive whole numbers), found \"%3\".")
                        .arg(path).arg(lineNumber).arg(fields.join(QLatin1Char(' '))));

    // n × n direct costs and the n × n matrix: refused before either is allocated when too large.
    if (const QString tooLarge = CostMatrix::sizeProblem(n, n); !tooLarge.isEmpty())
        return fail(Tr::tr("%1:%2: n = %3: %4.").arg(path).arg(lineNumber).arg(n).arg(tooLarge));
    // Direct edge costs, the last occurrence of an edge winning; then adjacency lists from them.
    std::vector<double> direct(static_cast<size_t>(n) * static_cast<size_t>(n), INFINITY);
    const auto cell = [&](int a, int b) -> double & { return direct[static_cast<size_t>(a) * n + b]; };
    for (int e = 0; e < edgeCount; ++e) {
        if (!nextLine(&fields))
            return fail(Tr::tr("%1:%2: the file ends after %3 of the %4 edges its first line announces.")
                            .arg(path).arg(lineNumber).arg(e).arg(edgeCount));
        bool okI = false, okJ = false, okCost = false;
        const int i = fields.size() == 3 ? fields.at(0).toInt(&okI) : 0;
        const int j = fields.size() == 3 ? fields.at(1).toInt(&okJ) : 0;
        const double cost = fields.size() == 3 ? fields.at(2).toDouble(&okCost) : 0.0;
        if (!okI || !okJ || !okCost)
            return fail(Tr::tr("%1:%2: expected an edge \"i j cost\", found \"%3\".")
                            .arg(path).arg(lineNumber).arg(fields.join(QLatin1Char(' '))));
        if (i < 1 || i > n || j < 1 || j > n)
            return fail(Tr::tr("%1:%2: vertex %3 is outside 1 … %4.").arg(path).arg(lineNumber)
                            .arg(i < 1 || i > n ? i : j).arg(n));
        if (!(cost >= 0.0) || std::isinf(cost))
            return fail(Tr::tr("%1:%2: the edge cost %3 must be a finite number not below 0.")
                            .arg(path).arg(lineNumber).arg(fields.at(2)));
        if (i != j)
            cell(i - 1, j - 1) = cell(j - 1, i - 1) = cost;
    }
    if (nextLine(&fields))
        return fail(Tr::tr("%1:%2: unexpected text after the %3 edges: \"%4\".")
                        .arg(path).arg(lineNumber).arg(edgeCount).arg(fields.join(QLatin1Char(' '))));
    if (p > n)
        return fail(Tr::tr("%1:1: p = %2 is larger than the %3 vertices.").arg(path).arg(p).arg(n));

    std::vector<std::vector<Edge>> graph(static_cast<size_t>(n));
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            if (std::isfinite(cell(a, b)))
                graph[static_cast<size_t>(a)].push_back({b, cell(a, b)});
        }
    }
    PlacementProblem problem;
    problem.model = PlacementModel::PMedian;
    problem.siteCount = p;
    problem.costs = allPairsShortestPaths(graph);
    return problem;
}

} // namespace cp::planning
