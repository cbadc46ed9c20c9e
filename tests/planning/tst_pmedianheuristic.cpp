// SPDX-License-Identifier: GPL-2.0-or-later
// The p-median heuristic against CBC, its reproducibility, its rules on sites, progress and cancel.
#include "testinstances.h"
#include "planning/exactsolver.h"
#include "planning/pmedianheuristic.h"

#include <QElapsedTimer>
#include <QtTest>

#include <thread>

using cp::planning::PlacementModel;
using cp::planning::PlacementProblem;
using cp::planning::SolveStatus;

class TestPMedianHeuristic : public QObject
{
    Q_OBJECT

private slots:
    void matchesCbc_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("p");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("30 points, 1 site") << 30 << 1 << 1u;
        QTest::newRow("30 points, 3 sites") << 30 << 3 << 2u;
        QTest::newRow("40 points, 6 sites") << 40 << 6 << 3u;
        QTest::newRow("40 points, 12 sites") << 40 << 12 << 4u;
    }

    void matchesCbc()
    {
        QFETCH(int, n);
        QFETCH(int, p);
        QFETCH(unsigned, seed);
        const PlacementProblem problem = cp::test::randomProblem(PlacementModel::PMedian, n, p, seed);
        const auto exact = cp::planning::ExactSolver().solve(problem);
        const auto heuristic = cp::planning::PMedianHeuristic().solve(problem);
        QCOMPARE(exact.status, SolveStatus::Optimal);
        QCOMPARE(heuristic.status, SolveStatus::Feasible);
        QVERIFY2(std::abs(heuristic.objective - exact.objective) < 1e-6 * exact.objective,
                 qPrintable(QStringLiteral("heuristic %1, CBC %2").arg(heuristic.objective).arg(exact.objective)));
        QCOMPARE(heuristic.openSites.size(), p);
    }

    void sameSeedSameAnswer()
    {
        const PlacementProblem problem = cp::test::randomProblem(PlacementModel::PMedian, 150, 15, 7);
        cp::planning::PMedianHeuristicSettings settings;
        settings.seed = 42;
        const auto first = cp::planning::PMedianHeuristic(settings).solve(problem);
        const auto second = cp::planning::PMedianHeuristic(settings).solve(problem);
        QCOMPARE(first.openSites, second.openSites);
        QCOMPARE(first.objective, second.objective);
        QCOMPARE(first.iterations, second.iterations);
    }

    void respectsFixedAndExcludedSites()
    {
        PlacementProblem problem = cp::test::randomProblem(PlacementModel::PMedian, 120, 10, 11);
        const auto free = cp::planning::PMedianHeuristic().solve(problem);
        // Exclude what it chose and fix three it did not: the answer must follow both rules.
        problem.excluded = free.openSites.mid(0, 5);
        for (int j = 0; problem.fixedOpen.size() < 3; ++j) {
            if (!free.openSites.contains(j))
                problem.fixedOpen.append(j);
        }
        const auto ruled = cp::planning::PMedianHeuristic().solve(problem);
        QCOMPARE(ruled.openSites.size(), 10);
        for (int site : std::as_const(problem.fixedOpen))
            QVERIFY(ruled.openSites.contains(site));
        for (int site : std::as_const(problem.excluded))
            QVERIFY(!ruled.openSites.contains(site));
        QVERIFY(ruled.objective >= free.objective);
    }

    void reportsProgress()
    {
        const PlacementProblem problem = cp::test::randomProblem(PlacementModel::PMedian, 100, 10, 5);
        cp::planning::SolveControl control;
        int reports = 0;
        double last = INFINITY;
        bool neverWorse = true;
        control.progress = [&](const cp::planning::SolveProgress &progress) {
            ++reports;
            neverWorse = neverWorse && progress.bestObjective <= last;
            last = progress.bestObjective;
        };
        const auto result = cp::planning::PMedianHeuristic().solve(problem, &control);
        QCOMPARE(reports, result.iterations);
        QVERIFY(reports > 0);
        QVERIFY(neverWorse);
        QCOMPARE(last, result.objective);
    }

    void cancelStopsPromptly()
    {
        // Far more iterations than could finish in the test's time: only the cancel can end it.
        const PlacementProblem problem = cp::test::randomProblem(PlacementModel::PMedian, 600, 60, 3);
        cp::planning::PMedianHeuristicSettings settings;
        settings.minIterations = settings.maxIterations = 100000000;
        cp::planning::SolveControl control;
        QElapsedTimer sinceCancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            sinceCancel.start();
            control.cancel();
        });
        const auto result = cp::planning::PMedianHeuristic(settings).solve(problem, &control);
        canceller.join();
        QCOMPARE(result.status, SolveStatus::Cancelled);
        QVERIFY(result.hasSolution());
        QCOMPARE(result.openSites.size(), 60);
        // Uncancelled it would run for hours; the margin is for a loaded CI machine, not for the solver.
        QVERIFY2(sinceCancel.elapsed() < 5000, qPrintable(QString::number(sinceCancel.elapsed())));
    }

    void timeLimitStopsTheSearch()
    {
        const PlacementProblem problem = cp::test::randomProblem(PlacementModel::PMedian, 600, 60, 4);
        cp::planning::PMedianHeuristicSettings settings;
        settings.minIterations = settings.maxIterations = 100000000;
        cp::planning::SolveControl control;
        control.timeLimitSeconds = 0.5;
        const auto result = cp::planning::PMedianHeuristic(settings).solve(problem, &control);
        QCOMPARE(result.status, SolveStatus::Feasible);
        QVERIFY2(result.milliseconds < 5000, qPrintable(QString::number(result.milliseconds)));
    }

    void cancelStopsCbc()
    {
        // p-center's LP bound is weak: CBC branches for many seconds on 30 points, so only the cancel ends it.
        PlacementProblem problem = cp::test::randomProblem(PlacementModel::PMedian, 30, 4, 12);
        problem.model = PlacementModel::PCenter;
        cp::planning::SolveControl control;
        int nodes = 0;
        control.progress = [&](const cp::planning::SolveProgress &progress) { nodes = progress.iteration; };
        QElapsedTimer sinceCancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1200));
            sinceCancel.start();
            control.cancel();
        });
        const auto result = cp::planning::ExactSolver().solve(problem, &control);
        canceller.join();
        QCOMPARE(result.status, SolveStatus::Cancelled);
        QVERIFY2(nodes > 0, "the cancel came while CBC was branching");
        QVERIFY2(sinceCancel.elapsed() < 5000, qPrintable(QString::number(sinceCancel.elapsed())));
    }

    void cbcTimeLimitReportsTheGap()
    {
        PlacementProblem problem = cp::test::randomProblem(PlacementModel::PMedian, 30, 4, 12);
        problem.model = PlacementModel::PCenter;
        cp::planning::SolveControl control;
        control.timeLimitSeconds = 1.0;
        const auto result = cp::planning::ExactSolver().solve(problem, &control);
        QCOMPARE(result.status, SolveStatus::Feasible);
        QVERIFY(result.bound <= result.objective);
        QVERIFY2(result.gapPercent() > 0.0 && result.gapPercent() < 100.0, qPrintable(QString::number(result.gapPercent())));
        QVERIFY2(result.milliseconds < 4000, qPrintable(QString::number(result.milliseconds)));
    }
};

QTEST_GUILESS_MAIN(TestPMedianHeuristic)
#include "tst_pmedianheuristic.moc"
