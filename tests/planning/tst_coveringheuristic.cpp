// SPDX-License-Identifier: GPL-2.0-or-later
// The covering heuristics (and p-center by covering): hand-solved instances, and random ones against CBC.
#include "testinstances.h"
#include "planning/coveringheuristic.h"
#include "planning/exactsolver.h"

#include <QtTest>

using cp::planning::PlacementModel;
using cp::planning::PlacementProblem;
using cp::planning::SolveStatus;

class TestCoveringHeuristic : public QObject
{
    Q_OBJECT

private slots:
    void setCoveringOnTheLine_data()
    {
        QTest::addColumn<double>("limit");
        QTest::addColumn<QList<int>>("fixed");
        QTest::addColumn<QList<int>>("sites");
        QTest::newRow("limit 1: the two middles") << 1.0 << QList<int>() << QList<int>{1, 4};
        QTest::newRow("limit 0.5: every site") << 0.5 << QList<int>() << QList<int>{0, 1, 2, 3, 4, 5};
        // Fixed site 0 covers points 0 and 1; one more site must cover point 2 and one the right cluster: 3.
        QTest::newRow("a fixed end stays open") << 1.0 << QList<int>{0} << QList<int>();
    }

    void setCoveringOnTheLine()
    {
        QFETCH(double, limit);
        QFETCH(QList<int>, fixed);
        QFETCH(QList<int>, sites);
        auto problem = cp::test::lineProblem(PlacementModel::SetCovering);
        problem.coverageLimit = limit;
        problem.fixedOpen = fixed;
        const auto result = cp::planning::CoveringHeuristic().solve(problem);
        QCOMPARE(result.status, SolveStatus::Feasible);
        if (!sites.isEmpty())
            QCOMPARE(result.openSites, sites);
        for (int site : std::as_const(fixed))
            QVERIFY(result.openSites.contains(site));
        QCOMPARE(result.objective, double(result.openSites.size()));
        for (int i = 0; i < 6; ++i)
            QVERIFY2(result.assignment.at(i) >= 0, "every point covered");
        QCOMPARE(result.objective, cp::planning::ExactSolver().solve(problem).objective);
    }

    void maximalCoveringReachesItsBound()
    {
        auto problem = cp::test::lineProblem(PlacementModel::MaximalCovering, {1, 1, 1, 5, 5, 5});
        problem.siteCount = 1;
        problem.coverageLimit = 1.0;
        const auto result = cp::planning::CoveringHeuristic().solve(problem);
        QCOMPARE(result.status, SolveStatus::Optimal);
        QCOMPARE(result.objective, 15.0);
        QCOMPARE(result.bound, 15.0);
        QCOMPARE(result.openSites, QList<int>{4});
        QCOMPARE(result.assignment, (QList<int>{-1, -1, -1, 4, 4, 4}));
    }

    void maximalCoveringMatchesCbc_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("p");
        QTest::addColumn<double>("limit");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("60 points, 3 sites, radius 150") << 60 << 3 << 150.0 << 1u;
        QTest::newRow("80 points, 6 sites, radius 120") << 80 << 6 << 120.0 << 2u;
        QTest::newRow("80 points, 10 sites, radius 100") << 80 << 10 << 100.0 << 3u;
    }

    void maximalCoveringMatchesCbc()
    {
        QFETCH(int, n);
        QFETCH(int, p);
        QFETCH(double, limit);
        QFETCH(unsigned, seed);
        auto problem = cp::test::randomProblem(PlacementModel::MaximalCovering, n, p, seed, limit);
        problem.fixedOpen = {0};
        problem.excluded = {1, 2};
        const auto exact = cp::planning::ExactSolver().solve(problem);
        const auto heuristic = cp::planning::CoveringHeuristic().solve(problem);
        QCOMPARE(exact.status, SolveStatus::Optimal);
        QCOMPARE(heuristic.objective, exact.objective);
        QVERIFY(heuristic.bound >= exact.objective);
        QCOMPARE(heuristic.openSites.size(), p);
        QVERIFY(heuristic.openSites.contains(0));
        QVERIFY(!heuristic.openSites.contains(1) && !heuristic.openSites.contains(2));
    }

    void setCoveringCoversEverything()
    {
        const auto problem = cp::test::randomProblem(PlacementModel::SetCovering, 120, 0, 4, 200.0);
        const auto heuristic = cp::planning::CoveringHeuristic().solve(problem);
        const auto exact = cp::planning::ExactSolver().solve(problem);
        QCOMPARE(exact.status, SolveStatus::Optimal);
        QVERIFY(heuristic.objective >= exact.objective);
        QVERIFY2(!heuristic.assignment.contains(-1), "every point covered");
        // Chvátal's greedy is within H(max coverage) of the optimum; here it should be close.
        QVERIFY2(heuristic.objective <= exact.objective + 2,
                 qPrintable(QStringLiteral("greedy %1, CBC %2").arg(heuristic.objective).arg(exact.objective)));
    }

    void pCenterOnTheLine()
    {
        auto problem = cp::test::lineProblem(PlacementModel::PCenter);
        problem.siteCount = 2;
        const auto result = cp::planning::CoveringHeuristic().solve(problem);
        QCOMPARE(result.objective, 1.0);
        QCOMPARE(result.openSites, (QList<int>{1, 4}));
        // Every point is a site, so the bound is 0 and proves nothing here.
        QCOMPARE(result.bound, 0.0);
        QCOMPARE(result.status, SolveStatus::Feasible);
        QCOMPARE(result.assignment, (QList<int>{1, 1, 1, 4, 4, 4}));
    }

    void pCenterReachesItsBound()
    {
        // Sites apart from the points: the right point is 3 from its only site, which no choice improves.
        PlacementProblem problem;
        problem.model = PlacementModel::PCenter;
        problem.siteCount = 2;
        problem.costs = cp::planning::CostMatrix(2, 3);
        const QList<QList<double>> rows{{1, 8, 9}, {9, 8, 3}};
        for (int i = 0; i < 2; ++i) {
            for (int j = 0; j < 3; ++j)
                problem.costs.setCost(i, j, rows.at(i).at(j));
        }
        const auto result = cp::planning::CoveringHeuristic().solve(problem);
        QCOMPARE(result.status, SolveStatus::Optimal);
        QCOMPARE(result.objective, 3.0);
        QCOMPARE(result.openSites, (QList<int>{0, 2}));
    }

    void pCenterNearCbc_data()
    {
        QTest::addColumn<int>("p");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("25 points, 3 sites") << 3 << 5u;
        QTest::newRow("25 points, 5 sites") << 5 << 6u;
    }

    void pCenterNearCbc()
    {
        QFETCH(int, p);
        QFETCH(unsigned, seed);
        auto problem = cp::test::randomProblem(PlacementModel::PCenter, 25, p, seed);
        problem.fixedOpen = {0};
        const auto exact = cp::planning::ExactSolver().solve(problem);
        const auto heuristic = cp::planning::CoveringHeuristic().solve(problem);
        QCOMPARE(exact.status, SolveStatus::Optimal);
        QCOMPARE(heuristic.openSites.size(), p);
        QVERIFY(heuristic.openSites.contains(0));
        QVERIFY(heuristic.objective >= exact.objective - 1e-9);
        QVERIFY(heuristic.bound <= exact.objective + 1e-9);
        QVERIFY(heuristic.objective <= 1.5 * exact.objective);
    }

    void refusesOtherModels()
    {
        auto median = cp::test::lineProblem(PlacementModel::PMedian);
        median.siteCount = 2;
        const auto result = cp::planning::CoveringHeuristic().solve(median);
        QCOMPARE(result.status, SolveStatus::Failed);
        QCOMPARE(result.message, QStringLiteral("The covering heuristic solves set-covering, maximal-covering and "
                                                "p-center problems only."));
    }
};

QTEST_GUILESS_MAIN(TestCoveringHeuristic)
#include "tst_coveringheuristic.moc"
