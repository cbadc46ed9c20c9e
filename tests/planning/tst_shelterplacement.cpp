// SPDX-License-Identifier: GPL-2.0-or-later
// Shelter placement: capacities from area, existing shelters fixed open, people never over a shelter's room.
#include "planning/exactsolver.h"
#include "planning/shelterplacement.h"

#include <QtTest>

using cp::core::FacilityStatus;
using cp::core::ShelterType;
using cp::planning::SolveStatus;

namespace {

cp::core::DemandPoint village(double lon, qint64 population)
{
    cp::core::DemandPoint point;
    point.population = population;
    point.position = {lon, 35.0};
    return point;
}

cp::core::Shelter shelter(double lon, double areaM2, FacilityStatus status)
{
    cp::core::Shelter s;
    s.type = ShelterType::FixedShortTerm; // 2 m² a person by default (U, DOMAIN.md §5)
    s.effectiveAreaM2 = areaM2;
    s.status = status;
    s.position = {lon, 35.0};
    return s;
}

} // namespace

class TestShelterPlacement : public QObject
{
    Q_OBJECT

private slots:
    void problemFromShelters()
    {
        const auto problem = cp::planning::shelterPlacementProblem(
            {village(116.0, 1000), village(116.1, 1500)},
            {shelter(116.0, 2400, FacilityStatus::Existing), shelter(116.1, 4000, FacilityStatus::Planned)}, 2);
        QCOMPARE(problem.model, cp::planning::PlacementModel::CapacitatedPMedian);
        QCOMPARE(problem.fixedOpen, QList<int>{0});
        QCOMPARE(problem.capacities, (QList<double>{1200, 2000}));
        QCOMPARE(problem.costs.weight(1), 1500.0);
        QCOMPARE(problem.costs.cost(0, 0), 0.0);
        QVERIFY(problem.costs.cost(0, 1) > 9000.0 && problem.costs.cost(0, 1) < 9200.0);
    }

    void placement_data()
    {
        QTest::addColumn<double>("nearArea");
        QTest::addColumn<QList<int>>("sites");
        QTest::addColumn<QList<int>>("assignment");
        // The shelter in village 2 holds all 1500 of them: each village goes to its own shelter.
        QTest::newRow("a shelter big enough in each village") << 4000.0 << QList<int>{0, 1} << QList<int>{0, 1};
        // Village 2's shelter holds 1000 < 1500 and the existing one 1200: the big one in between opens.
        QTest::newRow("too small a shelter opens the bigger one") << 2000.0 << QList<int>{0, 2} << QList<int>{0, 2};
    }

    void placement()
    {
        QFETCH(double, nearArea);
        QFETCH(QList<int>, sites);
        QFETCH(QList<int>, assignment);
        const QList<cp::core::Shelter> shelters{shelter(116.0, 2400, FacilityStatus::Existing),
                                                shelter(116.1, nearArea, FacilityStatus::Planned),
                                                shelter(116.05, 10000, FacilityStatus::Planned)};
        const auto problem = cp::planning::shelterPlacementProblem({village(116.0, 1000), village(116.1, 1500)},
                                                                   shelters, 2);
        const auto result = cp::planning::ExactSolver().solve(problem);
        QCOMPARE(result.status, SolveStatus::Optimal);
        QCOMPARE(result.openSites, sites);
        QCOMPARE(result.assignment, assignment);
        QList<double> load{0, 0, 0};
        for (int i = 0; i < 2; ++i)
            load[result.assignment.at(i)] += problem.costs.weight(i);
        for (int j = 0; j < 3; ++j)
            QVERIFY(load.at(j) <= problem.capacities.at(j));
    }

    void roomForEverybodyIsChecked()
    {
        const auto problem = cp::planning::shelterPlacementProblem(
            {village(116.0, 1000), village(116.1, 1500)},
            {shelter(116.0, 2400, FacilityStatus::Existing), shelter(116.1, 2000, FacilityStatus::Planned)}, 2);
        const auto result = cp::planning::ExactSolver().solve(problem);
        QCOMPARE(result.status, SolveStatus::Infeasible);
        QCOMPARE(result.message, QStringLiteral("2 sites can hold at most 2200 people, fewer than the 2500 to be sheltered."));
    }

    void roadCostsReplaceStraightLines()
    {
        // A road matrix makes the far shelter the near one.
        cp::planning::CostMatrix road(1, 2);
        road.setCost(0, 0, 900);
        road.setCost(0, 1, 120);
        const auto problem = cp::planning::shelterPlacementProblem(
            {village(116.0, 100)},
            {shelter(116.0, 2400, FacilityStatus::Planned), shelter(116.3, 2400, FacilityStatus::Planned)}, 1, {}, road);
        const auto result = cp::planning::ExactSolver().solve(problem);
        QCOMPARE(result.openSites, QList<int>{1});
        QCOMPARE(result.objective, 12000.0);
    }
};

QTEST_GUILESS_MAIN(TestShelterPlacement)
#include "tst_shelterplacement.moc"
