// SPDX-License-Identifier: GPL-2.0-or-later
// Each placement model, solved exactly by CBC, on the six-point line of lineinstance.h.
#include "testinstances.h"
#include "planning/exactsolver.h"
#include "planning/pmedianheuristic.h"

#include <QtTest>

using cp::planning::PlacementModel;
using cp::planning::PlacementProblem;
using cp::planning::SolveStatus;

Q_DECLARE_METATYPE(cp::planning::PlacementProblem)
Q_DECLARE_METATYPE(cp::planning::SolveStatus)

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void optimum_data()
    {
        QTest::addColumn<PlacementProblem>("problem");
        QTest::addColumn<double>("objective");
        QTest::addColumn<QList<int>>("sites");

        // Each cluster's middle point: 1 + 0 + 1 on each side.
        auto median = cp::test::lineProblem(PlacementModel::PMedian);
        median.siteCount = 2;
        QTest::newRow("p-median opens the middle of each cluster") << median << 4.0 << QList<int>{1, 4};

        // With 0 fixed, the second site is the right cluster's middle: 0+1+2 + 1+0+1.
        auto fixed = median;
        fixed.fixedOpen = {0};
        QTest::newRow("p-median keeps a fixed site open") << fixed << 5.0 << QList<int>{0, 4};

        // Without the middles, an end of each cluster: 0+1+2 on each side; ties go to the lower index.
        auto excluded = median;
        excluded.excluded = {1, 4};
        QTest::newRow("p-median never opens an excluded site") << excluded << 6.0 << QList<int>();

        auto all = median;
        all.siteCount = 6;
        QTest::newRow("p-median with p equal to the candidates opens them all")
            << all << 0.0 << QList<int>{0, 1, 2, 3, 4, 5};

        // Point 0 cannot reach the right cluster at all (no road): the optimum does not need it to.
        auto cut = median;
        for (int j = 3; j < 6; ++j)
            cut.costs.setCost(0, j, INFINITY);
        QTest::newRow("p-median with unreachable pairs") << cut << 4.0 << QList<int>{1, 4};

        auto center = cp::test::lineProblem(PlacementModel::PCenter);
        center.siteCount = 2;
        QTest::newRow("p-center keeps the worst point one away") << center << 1.0 << QList<int>{1, 4};

        // p = 3: one cluster needs two sites; the worst point is still one away.
        auto center3 = center;
        center3.siteCount = 3;
        center3.excluded = {1};
        QTest::newRow("p-center without a middle needs two sites on one side") << center3 << 1.0 << QList<int>{0, 2, 4};

        auto cover = cp::test::lineProblem(PlacementModel::SetCovering);
        cover.coverageLimit = 1.0;
        QTest::newRow("set covering with limit 1 needs the two middles") << cover << 2.0 << QList<int>{1, 4};

        auto coverTight = cover;
        coverTight.coverageLimit = 0.5;
        QTest::newRow("set covering with limit 0.5 needs every site") << coverTight << 6.0
                                                                      << QList<int>{0, 1, 2, 3, 4, 5};

        // A last site far from every point has no coefficient in any row; CBC must still see its column.
        auto coverFar = cover;
        coverFar.costs = cp::planning::CostMatrix(6, 7);
        for (int i = 0; i < 6; ++i) {
            for (int j = 0; j < 6; ++j)
                coverFar.costs.setCost(i, j, cover.costs.cost(i, j));
            coverFar.costs.setCost(i, 6, 100.0);
        }
        QTest::newRow("set covering with a last site that covers nothing") << coverFar << 2.0 << QList<int>{1, 4};

        // Weights 1,1,1 then 5,5,5: one site within 1 covers the heavy cluster, 15.
        auto maximal = cp::test::lineProblem(PlacementModel::MaximalCovering, {1, 1, 1, 5, 5, 5});
        maximal.siteCount = 1;
        maximal.coverageLimit = 1.0;
        QTest::newRow("maximal covering picks the heavier cluster") << maximal << 15.0 << QList<int>{4};

        // Only sites 1 (holds 2) and 4 (holds 4) have room; the third left point goes right at cost 9:
        // 1 + 0 (to site 1) + 9 + 1 + 0 + 1 (to site 4) = 12.
        auto capacitated = cp::test::lineProblem(PlacementModel::CapacitatedPMedian);
        capacitated.siteCount = 2;
        capacitated.capacities = {0, 2, 0, 0, 4, 0};
        QTest::newRow("capacitated p-median sends the overflow across") << capacitated << 12.0 << QList<int>{1, 4};

        // Splitting changes nothing when weights are 1 and capacities whole.
        auto split = capacitated;
        split.splitDemand = true;
        QTest::newRow("capacitated p-median with split demand") << split << 12.0 << QList<int>{1, 4};
    }

    void optimum()
    {
        QFETCH(PlacementProblem, problem);
        QFETCH(double, objective);
        QFETCH(QList<int>, sites);
        const auto result = cp::planning::ExactSolver().solve(problem);
        QCOMPARE(result.status, SolveStatus::Optimal);
        QCOMPARE(result.objective, objective);
        QCOMPARE(result.gapPercent(), 0.0);
        if (!sites.isEmpty())
            QCOMPARE(result.openSites, sites);
        if (problem.model != PlacementModel::SetCovering)
            QCOMPARE(result.openSites.size(), problem.siteCount);
        for (int site : problem.fixedOpen)
            QVERIFY(result.openSites.contains(site));
        for (int site : problem.excluded)
            QVERIFY(!result.openSites.contains(site));
        for (int i = 0; i < problem.costs.demandCount(); ++i) {
            const int site = result.assignment.at(i);
            QVERIFY(site < 0 || result.openSites.contains(site));
        }
        if (problem.model == PlacementModel::PMedian) {
            const auto heuristic = cp::planning::PMedianHeuristic().solve(problem);
            QCOMPARE(heuristic.status, SolveStatus::Feasible);
            QCOMPARE(heuristic.objective, objective);
            QVERIFY(std::isnan(heuristic.bound));
        }
    }

    void capacitatedNeverOverfills_data()
    {
        QTest::addColumn<bool>("split");
        QTest::newRow("whole points") << false;
        QTest::newRow("split points") << true;
    }

    void capacitatedNeverOverfills()
    {
        QFETCH(bool, split);
        // 40 points with populations 1…40 around 8 sites; every site holds a little more than a quarter of all.
        PlacementProblem problem;
        problem.model = PlacementModel::CapacitatedPMedian;
        problem.costs = cp::planning::CostMatrix(40, 8);
        for (int i = 0; i < 40; ++i) {
            problem.costs.setWeight(i, i + 1);
            for (int j = 0; j < 8; ++j)
                problem.costs.setCost(i, j, std::abs((i * 7) % 40 - j * 5) + 1);
        }
        problem.siteCount = 4;
        problem.splitDemand = split;
        for (int j = 0; j < 8; ++j)
            problem.capacities.append(0.27 * problem.costs.totalWeight());
        const auto result = cp::planning::ExactSolver().solve(problem);
        QCOMPARE(result.status, SolveStatus::Optimal);
        std::vector<double> load(8, 0.0);
        for (int i = 0; i < 40; ++i) {
            QVERIFY2(result.assignment.at(i) >= 0, "every person is assigned");
            load[result.assignment.at(i)] += problem.costs.weight(i);
        }
        if (!split) {
            for (int j = 0; j < 8; ++j)
                QVERIFY2(load[j] <= problem.capacities.at(j) + 1e-6, qPrintable(QString::number(load[j])));
        }
        // The uncapacitated optimum is a lower bound the capacities must push up or leave alone.
        auto uncapacitated = problem;
        uncapacitated.model = PlacementModel::PMedian;
        QVERIFY(cp::planning::ExactSolver().solve(uncapacitated).objective <= result.objective + 1e-6);
    }

    void infeasible_data()
    {
        QTest::addColumn<PlacementProblem>("problem");
        QTest::addColumn<SolveStatus>("status");
        QTest::addColumn<QString>("message");

        auto cover = cp::test::lineProblem(PlacementModel::SetCovering);
        cover.coverageLimit = 0.5;
        cover.excluded = {0};
        QTest::newRow("a limit no allowed site meets names the point")
            << cover << SolveStatus::Infeasible
            << QStringLiteral("Demand point 1 is farther than the limit 0.5 from every allowed site (the nearest is at 1).");

        auto tooMany = cp::test::lineProblem(PlacementModel::PMedian);
        tooMany.siteCount = 7;
        QTest::newRow("p larger than the candidates")
            << tooMany << SolveStatus::Infeasible
            << QStringLiteral("p = 7 sites are asked for, but only 6 candidate sites may open.");

        auto excludedTooMany = tooMany;
        excludedTooMany.siteCount = 5;
        excludedTooMany.excluded = {0, 5};
        QTest::newRow("p larger than the sites left after exclusion")
            << excludedTooMany << SolveStatus::Infeasible
            << QStringLiteral("p = 5 sites are asked for, but only 4 candidate sites may open.");

        auto fixedTooMany = tooMany;
        fixedTooMany.siteCount = 1;
        fixedTooMany.fixedOpen = {0, 3};
        QTest::newRow("more fixed sites than p") << fixedTooMany << SolveStatus::Infeasible
                                                 << QStringLiteral("2 sites are fixed open, more than p = 1.");

        auto both = tooMany;
        both.siteCount = 2;
        both.fixedOpen = {2};
        both.excluded = {2};
        QTest::newRow("a site both fixed and excluded")
            << both << SolveStatus::Failed << QStringLiteral("Site 3 is both fixed open and excluded.");

        auto missing = both;
        missing.fixedOpen = {9};
        missing.excluded = {};
        QTest::newRow("a fixed site that does not exist")
            << missing << SolveStatus::Failed
            << QStringLiteral("Site 10 in the fixed-open list does not exist (there are 6 sites).");

        auto full = cp::test::lineProblem(PlacementModel::CapacitatedPMedian, {100, 100, 100, 100, 100, 100});
        full.siteCount = 2;
        full.capacities = {250, 250, 250, 250, 250, 100};
        QTest::newRow("too little capacity for everybody")
            << full << SolveStatus::Infeasible
            << QStringLiteral("2 sites can hold at most 500 people, fewer than the 600 to be sheltered.");

        auto noCapacities = full;
        noCapacities.capacities = {};
        QTest::newRow("capacities missing") << noCapacities << SolveStatus::Failed
                                            << QStringLiteral("0 capacities are given for 6 sites.");

        auto negative = cp::test::lineProblem(PlacementModel::PMedian);
        negative.siteCount = 1;
        negative.costs.setCost(2, 3, -1);
        QTest::newRow("a negative cost names the pair")
            << negative << SolveStatus::Failed
            << QStringLiteral("The cost from demand point 3 to site 4 is -1; a cost must not be negative.");

        auto unreachable = cp::test::lineProblem(PlacementModel::PCenter);
        unreachable.siteCount = 1;
        for (int j = 0; j < 6; ++j)
            unreachable.costs.setCost(4, j, INFINITY);
        QTest::newRow("a point no site reaches")
            << unreachable << SolveStatus::Infeasible
            << QStringLiteral("Demand point 5 cannot be reached from any allowed site.");
    }

    void infeasible()
    {
        QFETCH(PlacementProblem, problem);
        QFETCH(SolveStatus, status);
        QFETCH(QString, message);
        const auto exact = cp::planning::ExactSolver().solve(problem);
        QCOMPARE(exact.status, status);
        QCOMPARE(exact.message, message);
        QVERIFY(!exact.hasSolution());
        if (problem.model == PlacementModel::PMedian) {
            const auto heuristic = cp::planning::PMedianHeuristic().solve(problem);
            QCOMPARE(heuristic.status, status);
            QCOMPARE(heuristic.message, message);
        }
    }

    void heuristicRefusesOtherModels()
    {
        auto center = cp::test::lineProblem(PlacementModel::PCenter);
        center.siteCount = 2;
        const auto result = cp::planning::PMedianHeuristic().solve(center);
        QCOMPARE(result.status, SolveStatus::Failed);
        QCOMPARE(result.message, QStringLiteral("The p-median heuristic solves p-median problems only."));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
