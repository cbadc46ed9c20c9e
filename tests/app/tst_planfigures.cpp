// SPDX-License-Identifier: GPL-2.0-or-later
// The planning view's figures without the view: travel bands, key figures, the side-by-side comparison.
#include "planfigures.h"

#include <QtTest>

#include <cmath>

using namespace cp;

namespace {

/*!
 * Five demand points (10, 20, 30, 40, 50 people) and three sites; site 0 from the shelters layer, the others
 * town centres. Costs in minutes; point 4 is assigned to none.
 */
planning::LayerPlan smallPlan(const QList<int> &assignment)
{
    planning::LayerPlan plan;
    const QList<double> costsToSite0 = {3.0, 5.0, 12.0, 25.0, 1.0};
    const QList<double> costsToSite1 = {8.0, 9.5, 10.0, 16.0, 2.0};
    plan.problem.costs = planning::CostMatrix(5, 3, 99.0);
    for (int i = 0; i < 5; ++i) {
        plan.problem.costs.setWeight(i, 10.0 * (i + 1));
        plan.problem.costs.setCost(i, 0, costsToSite0.at(i));
        plan.problem.costs.setCost(i, 1, costsToSite1.at(i));
        planning::PlanSite d;
        d.id = QStringLiteral("V%1").arg(i);
        plan.demand.append(d);
    }
    for (const auto &[id, layer] : {std::pair{QStringLiteral("S1"), QStringLiteral("shelters")},
                                    std::pair{QStringLiteral("T1"), QStringLiteral("towns")},
                                    std::pair{QStringLiteral("T2"), QStringLiteral("towns")}}) {
        planning::PlanSite s;
        s.id = id;
        s.layer = layer;
        plan.sites.append(s);
    }
    plan.result.status = planning::SolveStatus::Optimal;
    plan.result.openSites = {0, 1};
    plan.result.assignment = assignment;
    plan.result.objective = 1234.5;
    plan.result.bound = 1234.5;
    plan.result.milliseconds = 42.0;
    return plan;
}

} // namespace

class TestPlanFigures : public QObject
{
    Q_OBJECT

private slots:
    void peopleFallIntoTheBandOfTheirTrip()
    {
        // Trips 3 (site 0), 5 (site 0, on the edge: the lower band), 10 (site 1), 16 (site 1), none.
        const planning::LayerPlan plan = smallPlan({0, 0, 1, 1, -1});
        const QVector<double> bands = app::populationByBand(plan, app::bandEdges(planning::CostSource::Road));
        QCOMPARE(bands, (QVector<double>{30.0, 30.0, 0.0, 40.0, 0.0, 50.0}));
    }

    void tripsBeyondTheLastEdgeHaveTheirOwnBand()
    {
        const planning::LayerPlan plan = smallPlan({0, 0, 1, 0, 0});
        const QVector<double> bands = app::populationByBand(plan, app::bandEdges(planning::CostSource::Road));
        QCOMPARE(bands, (QVector<double>{80.0, 30.0, 0.0, 0.0, 40.0, 0.0})); // 10 min is the 5–10 band
    }

    void bandLabelsNameTheEdgesInTheUnitOfTheCost_data()
    {
        QTest::addColumn<int>("cost");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("road bands are in minutes")
            << static_cast<int>(planning::CostSource::Road)
            << QStringList{QStringLiteral("≤ 5 min"), QStringLiteral("5–10 min"), QStringLiteral("10–15 min"),
                           QStringLiteral("15–20 min"), QStringLiteral("> 20 min"), QStringLiteral("not served")};
        QTest::newRow("straight bands are in kilometres")
            << static_cast<int>(planning::CostSource::Straight)
            << QStringList{QStringLiteral("≤ 2 km"), QStringLiteral("2–4 km"), QStringLiteral("4–6 km"),
                           QStringLiteral("6–8 km"), QStringLiteral("> 8 km"), QStringLiteral("not served")};
    }

    void bandLabelsNameTheEdgesInTheUnitOfTheCost()
    {
        QFETCH(int, cost);
        QFETCH(QStringList, labels);
        const auto source = static_cast<planning::CostSource>(cost);
        QCOMPARE(app::bandLabels(app::bandEdges(source), source), labels);
    }

    void figuresCountNewSitesPeopleWithinReachAndTheLongestTrip()
    {
        const planning::LayerPlan plan = smallPlan({0, 0, 1, 1, -1});
        planning::LayerPlanSettings settings;
        settings.model = planning::PlacementModel::PMedian;
        const app::PlanFigures f = app::PlanFigures::of(plan, settings);
        QCOMPARE(f.model, QStringLiteral("pmedian"));
        QCOMPARE(f.sites, 2);
        QCOMPARE(f.newSites, 1); // T1; S1 is an existing shelter
        QCOMPARE(f.weightTotal, 150.0);
        QCOMPARE(f.weightAssigned, 100.0);
        QCOMPARE(f.withinNear, 60.0); // 3, 5 and 10 minutes: 10 + 20 + 30
        QCOMPARE(f.withinFar, 60.0);
        QCOMPARE(f.maxCost, 16.0);
        QCOMPARE(f.gapPercent, 0.0);
        QCOMPARE(f.objective, 1234.5);
    }

    void aFixedSiteIsExistingWhateverItsLayer()
    {
        planning::PlanSite site;
        site.layer = QStringLiteral("towns");
        QVERIFY(!app::isExisting(site, QStringLiteral("shelters")));
        site.fixed = true;
        QVERIFY(app::isExisting(site, QStringLiteral("shelters")));
    }

    void theComparisonPutsTwoPlansSideBySide()
    {
        planning::LayerPlanSettings settings;
        const app::PlanFigures first = app::PlanFigures::of(smallPlan({0, 0, 1, 1, -1}), settings);
        const app::PlanFigures second = app::PlanFigures::of(smallPlan({0, 0, 1, 0, 0}), settings);
        const QList<app::ComparisonRow> rows = app::comparePlans(first, &second);
        QCOMPARE(rows.size(), 9);
        QCOMPARE(rows.at(3).figure, QStringLiteral("Sites open (new)"));
        QCOMPARE(rows.at(3).first, QStringLiteral("2 (1)"));
        QCOMPARE(rows.at(4).first, QStringLiteral("100 (66.7 %)"));
        QCOMPARE(rows.at(4).second, QStringLiteral("150 (100.0 %)"));
        QCOMPARE(rows.at(5).first, QStringLiteral("60 (40.0 %) within 10.0 min"));
        QCOMPARE(rows.at(7).first, QStringLiteral("16.0 min"));
        QCOMPARE(rows.at(7).second, QStringLiteral("25.0 min"));
    }

    void withoutASecondPlanItsColumnIsEmpty()
    {
        const app::PlanFigures first = app::PlanFigures::of(smallPlan({0, 0, 1, 1, -1}), {});
        for (const app::ComparisonRow &row : app::comparePlans(first, nullptr)) {
            QVERIFY(!row.first.isEmpty());
            QVERIFY(row.second.isEmpty());
        }
    }

    void aPlanWithoutABoundHasNoGap()
    {
        planning::LayerPlan plan = smallPlan({0, 0, 1, 1, -1});
        plan.result.bound = std::nan("");
        const app::PlanFigures f = app::PlanFigures::of(plan, {});
        QVERIFY(std::isnan(f.gapPercent));
        QCOMPARE(app::comparePlans(f, nullptr).at(2).first, QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestPlanFigures)
#include "tst_planfigures.moc"
