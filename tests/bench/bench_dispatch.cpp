// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench dispatch [--registry FILE] [--large ROADS] [--teams N] [--queries N]
#include "benchmarks.h"

#include "dispatch/teamrecommender.h"
#include "routing/roadnetworkimporter.h"
#include "routing/snapper.h"
#include "routing/syntheticnetwork.h"
#include "storage/registrylayers.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace cp::bench {

namespace {

using namespace cp::routing;

//! The needs of a fire with a chemical release, the demo's most common incident type (hazchem).
const QList<core::Capability> needed = {core::Capability::FireFighting, core::Capability::Hazmat,
                                        core::Capability::Medical};

//! Nearest-rank percentile (\a p in 0..100) of \a values.
double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::max<size_t>(rank, 1) - 1];
}

//! Times one recommend() per incident place, round robin, \a queries times; false on the first failure.
bool measure(BenchReport &report, dispatch::TeamRecommender &recommender, const QList<core::GeoPoint> &incidents,
             const QList<core::Team> &teams, int queries, const QString &prefix, const QString &note)
{
    std::vector<double> ms;
    int proposed = 0;
    for (int q = 0; q < queries; ++q) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        const auto r = recommender.recommend(incidents[q % incidents.size()], needed, teams, {}, &error);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!r) {
            QTextStream(stderr) << "dispatch: " << error << "\n";
            return false;
        }
        proposed += static_cast<int>(r->proposed.size());
    }
    report.figure(prefix + QStringLiteral("recommend_p50_ms"), percentile(ms, 50), QStringLiteral("ms"), note);
    report.figure(prefix + QStringLiteral("recommend_p99_ms"), percentile(ms, 99), QStringLiteral("ms"), note);
    report.figure(prefix + QStringLiteral("proposed_teams_mean"), double(proposed) / queries, QStringLiteral("teams"));
    return true;
}

} // namespace

int runDispatchBench(BenchReport &report, const QStringList &arguments)
{
    QString registryPath = QStringLiteral(COMMANDPOST_SOURCE_DIR "/maps/liangshan/demo.gpkg");
    int largeRoads = 1000000;
    int teamCount = 50;
    int queries = 200;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (a == QLatin1String("--registry") && hasValue)
            registryPath = arguments[++i];
        else if (a == QLatin1String("--large") && hasValue)
            largeRoads = arguments[++i].toInt();
        else if (a == QLatin1String("--teams") && hasValue)
            teamCount = arguments[++i].toInt();
        else if (a == QLatin1String("--queries") && hasValue)
            queries = arguments[++i].toInt();
        else {
            QTextStream(stderr) << "dispatch: unknown or incomplete argument '" << a
                                << "'; usage: dispatch [--registry FILE] [--large ROADS] [--teams N] [--queries N]\n";
            return 2;
        }
    }
    if (queries < 1 || teamCount < 1) {
        QTextStream(stderr) << "dispatch: --teams and --queries must be at least 1\n";
        return 2;
    }

    // 1. The demo: its road network, its teams where they are, incidents at its enterprises.
    if (!QFileInfo::exists(registryPath)) {
        QTextStream(stdout) << "dispatch: demo registry " << registryPath << " not found; skipping the demo figures\n";
    } else {
        QString error;
        const auto registry = storage::RegistryLayers::read(registryPath, &error);
        RoadNetworkImporter importer;
        const RoadGraph graph = registry ? importer.import(registryPath + QStringLiteral("|layername=roads"), &error)
                                         : RoadGraph();
        if (graph.isEmpty()) {
            QTextStream(stderr) << "dispatch: " << error << "\n";
            return 2;
        }
        // Enterprises farther than the snapping distance from the demo's roads have no road answer; left out.
        const Snapper snapper(graph);
        QList<core::GeoPoint> incidents;
        for (const core::Enterprise &e : registry->enterprises) {
            if (snapper.snap(e.position))
                incidents.append(e.position);
        }
        if (incidents.isEmpty() || registry->teams.isEmpty()) {
            QTextStream(stderr) << "dispatch: " << registryPath << " has no enterprises or no teams\n";
            return 2;
        }
        QElapsedTimer setup;
        setup.start();
        dispatch::TeamRecommender recommender(graph);
        report.figure(QStringLiteral("demo_setup_ms"), static_cast<double>(setup.nsecsElapsed()) / 1e6,
                      QStringLiteral("ms"), QStringLiteral("snapping index over the demo roads"));
        const QString note = QStringLiteral("%1 teams, incidents at %2 of %3 enterprises (the others are off the roads), "
                                            "needs fire+hazmat+medical")
                                 .arg(registry->teams.size())
                                 .arg(incidents.size())
                                 .arg(registry->enterprises.size());
        if (!measure(report, recommender, incidents, registry->teams, queries, QStringLiteral("demo_"), note))
            return 1;
    }

    // 2. A generated network of about a million roads with teams spread over it.
    const QVector<SyntheticRoad> roads = SyntheticNetwork::withAtLeast(largeRoads, 100.0, 7);
    const RoadGraph graph = SyntheticNetwork::build(roads);
    QElapsedTimer setup;
    setup.start();
    dispatch::TeamRecommender recommender(graph);
    report.figure(QStringLiteral("large_setup_ms"), static_cast<double>(setup.nsecsElapsed()) / 1e6,
                  QStringLiteral("ms"), QStringLiteral("snapping index over %1 roads").arg(roads.size()));
    // Teams and incidents at junctions picked with a fixed stride, so every run places them alike.
    const QList<core::Capability> kinds = {core::Capability::FireFighting, core::Capability::Hazmat,
                                           core::Capability::Medical, core::Capability::Evacuation};
    QList<core::Team> teams;
    for (int t = 0; t < teamCount; ++t) {
        core::Team team;
        team.id = QStringLiteral("T%1").arg(t);
        team.capabilities = {kinds[t % kinds.size()]};
        if (t % 5 == 0)
            team.capabilities.append(kinds[(t + 1) % kinds.size()]);
        const int node = static_cast<int>((static_cast<long long>(t) * 7919 * 104729) % graph.nodeCount());
        team.position = graph.toGeo({graph.nodePoint(node)}).first();
        teams.append(team);
    }
    QList<core::GeoPoint> incidents;
    for (int i = 0; i < 20; ++i) {
        const int node = static_cast<int>((static_cast<long long>(i) * 15485863 + 12345) % graph.nodeCount());
        incidents.append(graph.toGeo({graph.nodePoint(node)}).first());
    }
    const QString note = QStringLiteral("%1 roads, %2 teams, 20 incident places, needs fire+hazmat+medical")
                             .arg(roads.size())
                             .arg(teamCount);
    report.figure(QStringLiteral("large_roads"), roads.size(), QStringLiteral("roads"));
    return measure(report, recommender, incidents, teams, std::min(queries, 100), QStringLiteral("large_"), note) ? 0 : 1;
}

} // namespace cp::bench
