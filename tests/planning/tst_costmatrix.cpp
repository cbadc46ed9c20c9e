// SPDX-License-Identifier: GPL-2.0-or-later
// The cost matrix the models share, and shelter capacity from area (GB 21734-2008 §5.4).
#include "planning/costmatrix.h"
#include "planning/sheltercapacitysettings.h"

#include <QtTest>

using cp::core::ShelterType;

Q_DECLARE_METATYPE(cp::core::ShelterType)

class TestCostMatrix : public QObject
{
    Q_OBJECT

private slots:
    void straightLine()
    {
        // One degree of latitude is 111.2 km on the mean sphere (2πR/360, R = 6371008.8 m).
        const QList<cp::core::GeoPoint> demand{{116.0, 35.0}, {116.0, 36.0}};
        const QList<cp::core::GeoPoint> sites{{116.0, 35.0}, {116.0, 36.0}, {117.0, 35.0}};
        const auto matrix = cp::planning::CostMatrix::straightLine(demand, sites, {120, 80});
        QCOMPARE(matrix.demandCount(), 2);
        QCOMPARE(matrix.siteCount(), 3);
        QCOMPARE(matrix.cost(0, 0), 0.0);
        QVERIFY(std::abs(matrix.cost(0, 1) - 111195.08) < 1.0);
        QCOMPARE(matrix.cost(1, 0), matrix.cost(0, 1));
        // A degree of longitude shrinks with cos(latitude).
        QVERIFY(std::abs(matrix.cost(0, 2) - 111195.08 * std::cos(35.0 * M_PI / 180.0)) < 100.0);
        QCOMPARE(matrix.weight(0), 120.0);
        QCOMPARE(matrix.totalWeight(), 200.0);
        QCOMPARE(matrix.row(1)[1], 0.0);
    }

    void weightsDefaultToOne()
    {
        const auto matrix = cp::planning::CostMatrix::straightLine({{116, 35}, {116.1, 35}}, {{116, 35}});
        QCOMPARE(matrix.totalWeight(), 2.0);
    }

    void shelterCapacity_data()
    {
        QTest::addColumn<double>("area");
        QTest::addColumn<ShelterType>("type");
        QTest::addColumn<int>("capacity");
        // Default per-person areas (U, DOMAIN.md §5) above the 1.5 m² floor divide the area.
        QTest::newRow("short-term fixed: 3000 m² at 2 m² each") << 3000.0 << ShelterType::FixedShortTerm << 1500;
        QTest::newRow("medium-term fixed: 3000 m² at 3 m² each") << 3000.0 << ShelterType::FixedMediumTerm << 1000;
        QTest::newRow("long-term fixed rounds down") << 1000.0 << ShelterType::FixedLongTerm << 222;
        QTest::newRow("central as long-term") << 4500.0 << ShelterType::Central << 1000;
        // Emergency's 0.5 m² is below GB 21734-2008 §5.4's "more than 1.5 m²": 3000 / 1999 > 1.5, 3000 / 2000 is not.
        QTest::newRow("emergency is held to more than 1.5 m² each") << 3000.0 << ShelterType::Emergency << 1999;
        QTest::newRow("emergency on an uneven area") << 100.0 << ShelterType::Emergency << 66;
        QTest::newRow("no area holds nobody") << 0.0 << ShelterType::FixedShortTerm << 0;
    }

    void shelterCapacity()
    {
        QFETCH(double, area);
        QFETCH(ShelterType, type);
        QFETCH(int, capacity);
        const cp::planning::ShelterCapacitySettings settings;
        QCOMPARE(settings.capacity(area, type), capacity);
        if (capacity > 0)
            QVERIFY(area / capacity > settings.minimumAreaPerPersonM2);
    }

    void shelterSettingsAreConfigurable()
    {
        cp::planning::ShelterCapacitySettings settings;
        settings.fixedShortTermAreaPerPersonM2 = 2.5;
        cp::core::Shelter school;
        school.type = ShelterType::FixedShortTerm;
        school.effectiveAreaM2 = 5000;
        cp::core::Shelter square;
        square.type = ShelterType::Emergency;
        square.effectiveAreaM2 = 301;
        QCOMPARE(settings.capacities({school, square}), (QList<double>{2000, 200}));
    }
};

QTEST_GUILESS_MAIN(TestCostMatrix)
#include "tst_costmatrix.moc"
