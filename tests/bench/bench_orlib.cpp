// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench orlib [DIR] [--cbc-up-to N] [--cbc-time-limit S] [--seed S]: the p-median heuristic on
// OR-Library's 40 instances against their published optima, and CBC on the first N in the same run.
#include "benchmarks.h"

#include "planning/exactsolver.h"
#include "planning/orlibraryreader.h"
#include "planning/pmedianheuristic.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cmath>

namespace cp::bench {

namespace {

struct Known
{
    int n = 0;
    int p = 0;
    double optimum = 0.0;
};

//! pmed_optima.csv: name,n,edges,p,optimum.
QMap<QString, Known> readOptima(const QString &path, QString *error)
{
    QMap<QString, Known> optima;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return optima;
    }
    QTextStream in(&file);
    in.readLine();
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().trimmed().split(QLatin1Char(','));
        if (fields.size() == 5)
            optima.insert(fields.at(0), {fields.at(1).toInt(), fields.at(3).toInt(), fields.at(4).toDouble()});
    }
    return optima;
}

double since(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int runOrLibraryBench(BenchReport &report, const QStringList &arguments)
{
    QString directory = QStringLiteral(COMMANDPOST_ORLIB_DIR);
    int cbcUpTo = 15;
    double cbcTimeLimit = 60.0;
    quint64 seed = 1;
    QTextStream err(stderr);
    for (int a = 0; a < arguments.size(); ++a) {
        const QString &arg = arguments.at(a);
        const bool hasValue = a + 1 < arguments.size();
        bool ok = true;
        if (arg == QLatin1String("--cbc-up-to") && hasValue)
            cbcUpTo = arguments.at(++a).toInt(&ok);
        else if (arg == QLatin1String("--cbc-time-limit") && hasValue)
            cbcTimeLimit = arguments.at(++a).toDouble(&ok);
        else if (arg == QLatin1String("--seed") && hasValue)
            seed = arguments.at(++a).toULongLong(&ok);
        else if (!arg.startsWith(QLatin1String("--")))
            directory = arg;
        else
            ok = false;
        if (!ok) {
            err << "orlib: bad argument '" << arg << "'; usage: orlib [DIR] [--cbc-up-to N] [--cbc-time-limit S] [--seed S]\n";
            return 2;
        }
    }
    QString error;
    const QMap<QString, Known> optima = readOptima(QDir(directory).filePath(QStringLiteral("pmed_optima.csv")), &error);
    if (optima.isEmpty()) {
        err << "orlib: no optima: " << error << '\n';
        return 2;
    }

    planning::PMedianHeuristicSettings settings;
    settings.seed = seed;
    const planning::PMedianHeuristic heuristic(settings);
    int optimal = 0;
    double maxGap = 0.0, maxTime = 0.0, totalTime = 0.0;
    for (int k = 1; k <= 40; ++k) {
        const QString name = QStringLiteral("pmed%1").arg(k);
        const Known known = optima.value(name);
        QElapsedTimer timer;
        timer.start();
        const auto problem = planning::OrLibraryReader::read(QDir(directory).filePath(name + QStringLiteral(".txt")), &error);
        if (!problem) {
            err << "orlib: " << error << '\n';
            return 2;
        }
        const double readMs = since(timer);
        const auto result = heuristic.solve(*problem);
        const double timeMs = since(timer);
        const double gap = 100.0 * (result.objective - known.optimum) / known.optimum;
        optimal += result.objective == known.optimum ? 1 : 0;
        maxGap = std::max(maxGap, gap);
        maxTime = std::max(maxTime, timeMs);
        totalTime += timeMs;
        report.figure(name + QStringLiteral("_n"), problem->costs.demandCount(), QStringLiteral("vertices"));
        report.figure(name + QStringLiteral("_p"), problem->siteCount, QStringLiteral("sites"));
        report.figure(name + QStringLiteral("_objective"), result.objective, QStringLiteral("cost"),
                      QStringLiteral("heuristic, seed %1").arg(seed));
        report.figure(name + QStringLiteral("_optimum"), known.optimum, QStringLiteral("cost"), QStringLiteral("OR-Library pmedopt"));
        report.figure(name + QStringLiteral("_gap_pct"), gap, QStringLiteral("%"));
        report.figure(name + QStringLiteral("_time_ms"), timeMs, QStringLiteral("ms"),
                      QStringLiteral("read + shortest paths %1 ms + heuristic %2 ms")
                          .arg(readMs, 0, 'f', 0).arg(result.milliseconds, 0, 'f', 0));
        if (k <= cbcUpTo) {
            planning::SolveControl control;
            control.timeLimitSeconds = cbcTimeLimit;
            const auto exact = planning::ExactSolver().solve(*problem, &control);
            const bool proven = exact.status == planning::SolveStatus::Optimal;
            report.figure(name + QStringLiteral("_cbc_objective"), exact.objective, QStringLiteral("cost"),
                          proven ? QStringLiteral("proven optimal")
                                 : QStringLiteral("time limit %1 s, gap %2 %").arg(cbcTimeLimit).arg(exact.gapPercent()));
            report.figure(name + QStringLiteral("_cbc_time_ms"), exact.milliseconds, QStringLiteral("ms"),
                          QStringLiteral("model build + CBC, shortest paths excluded"));
            report.figure(name + QStringLiteral("_speedup_vs_cbc"), exact.milliseconds / result.milliseconds,
                          QStringLiteral("x"), QStringLiteral("CBC time / heuristic time, both without reading"));
        }
    }
    report.figure(QStringLiteral("instances_optimal"), optimal, QStringLiteral("of 40"));
    report.figure(QStringLiteral("max_gap_pct"), maxGap, QStringLiteral("%"));
    report.figure(QStringLiteral("max_time_ms"), maxTime, QStringLiteral("ms"), QStringLiteral("read + heuristic, worst instance"));
    report.figure(QStringLiteral("total_time_ms"), totalTime, QStringLiteral("ms"), QStringLiteral("read + heuristic, all 40"));
    return 0;
}

} // namespace cp::bench
