// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/majorhazard.h"

#include <QtTest>

using namespace cp::sectors;
using cp::core::MajorHazardGrade;

Q_DECLARE_METATYPE(cp::core::MajorHazardGrade)

class TestMajorHazard : public QObject
{
    Q_OBJECT

private slots:
    // α by people within 500 m (《危险化学品重大危险源监督管理暂行规定》 Annex 1).
    void alphaStepsAtZeroThirtyFiftyAndAHundredPeople_data()
    {
        QTest::addColumn<int>("residents");
        QTest::addColumn<double>("alpha");
        QTest::newRow("nobody gives 0.5") << 0 << 0.5;
        QTest::newRow("one person gives 1.0") << 1 << 1.0;
        QTest::newRow("29 people give 1.0") << 29 << 1.0;
        QTest::newRow("30 people give 1.2") << 30 << 1.2;
        QTest::newRow("49 people give 1.2") << 49 << 1.2;
        QTest::newRow("50 people give 1.5") << 50 << 1.5;
        QTest::newRow("99 people give 1.5") << 99 << 1.5;
        QTest::newRow("100 people give 2.0") << 100 << 2.0;
    }

    void alphaStepsAtZeroThirtyFiftyAndAHundredPeople()
    {
        QFETCH(int, residents);
        QFETCH(double, alpha);
        QCOMPARE(MajorHazard::alpha(residents), alpha);
    }

    // Grades: 一级 R ≥ 100, 二级 ≥ 50, 三级 ≥ 10, 四级 below.
    void gradeBoundariesAreInclusiveFromBelow_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<MajorHazardGrade>("grade");
        QTest::newRow("R 100 is grade one") << 100.0 << MajorHazardGrade::One;
        QTest::newRow("R 250 is grade one") << 250.0 << MajorHazardGrade::One;
        QTest::newRow("R 99.99 is grade two") << 99.99 << MajorHazardGrade::Two;
        QTest::newRow("R 50 is grade two") << 50.0 << MajorHazardGrade::Two;
        QTest::newRow("R 49.99 is grade three") << 49.99 << MajorHazardGrade::Three;
        QTest::newRow("R 10 is grade three") << 10.0 << MajorHazardGrade::Three;
        QTest::newRow("R 9.99 is grade four") << 9.99 << MajorHazardGrade::Four;
        QTest::newRow("R 0.5 is grade four") << 0.5 << MajorHazardGrade::Four;
    }

    void gradeBoundariesAreInclusiveFromBelow()
    {
        QFETCH(double, r);
        QFETCH(MajorHazardGrade, grade);
        QCOMPARE(MajorHazard::gradeOf(r), grade);
    }

    void betaComesFromTheToxicGasOrHazardClassTable()
    {
        QCOMPARE(MajorHazard::toxicGasBeta(QStringLiteral("cl2")), std::optional<double>(4));
        QCOMPARE(MajorHazard::toxicGasBeta(QStringLiteral("h2s")), std::optional<double>(5));
        QCOMPARE(MajorHazard::toxicGasBeta(QStringLiteral("cocl2")), std::optional<double>(20));
        QCOMPARE(MajorHazard::toxicGasBeta(QStringLiteral("nh3")), std::optional<double>(2));
        QCOMPARE(MajorHazard::toxicGasBeta(QStringLiteral("argon")), std::nullopt);
        QCOMPARE(MajorHazard::hazardClassBeta(QStringLiteral("W2")), std::optional<double>(1.5));
        QCOMPARE(MajorHazard::hazardClassBeta(QStringLiteral("j1")), std::optional<double>(4));
        QCOMPARE(MajorHazard::hazardClassBeta(QStringLiteral("W12")), std::nullopt);
    }

    void rIsAlphaTimesTheBetaWeightedSum()
    {
        // 50 t ammonia (Q 10 t, β 2) and 100 t of a W2 flammable gas (Q 50 t, β 1.5), 120 people near:
        // S = 5 + 2 = 7; R = 2.0 × (2×5 + 1.5×2) = 26 → grade three.
        const MajorHazardAssessment a = MajorHazard::assess(
            {{QStringLiteral("ammonia"), 50, 10, 2}, {QStringLiteral("LPG"), 100, 50, 1.5}}, 120);
        QCOMPARE(a.s, 7.0);
        QCOMPARE(a.alpha, 2.0);
        QCOMPARE(a.r, 26.0);
        QCOMPARE(a.grade, MajorHazardGrade::Three);
    }

    void sOfOneIsAMajorHazardAndBelowIsNot()
    {
        QCOMPARE(MajorHazard::assess({{QStringLiteral("x"), 10, 10, 1}}, 0).grade, MajorHazardGrade::Four);
        QCOMPARE(MajorHazard::assess({{QStringLiteral("x"), 9.9, 10, 1}}, 0).grade, MajorHazardGrade::None);
    }

    void attributesGiveTheSameAssessment()
    {
        const QVariantMap attributes{
            {QStringLiteral("residents_500m"), 120},
            {QStringLiteral("inventory"),
             QVariantList{QVariantMap{{QStringLiteral("substance"), QStringLiteral("ammonia")}, {QStringLiteral("q"), 50},
                                      {QStringLiteral("Q"), 10}, {QStringLiteral("toxicGas"), QStringLiteral("nh3")}},
                          QVariantMap{{QStringLiteral("substance"), QStringLiteral("LPG")}, {QStringLiteral("q"), 100},
                                      {QStringLiteral("Q"), 50}, {QStringLiteral("hazardClass"), QStringLiteral("W2")}}}}};
        QString error;
        const std::optional<MajorHazardAssessment> a = MajorHazard::assessAttributes(attributes, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->r, 26.0);
    }

    void badInventoriesNameTheRowAndField_data()
    {
        QTest::addColumn<QVariantMap>("row");
        QTest::addColumn<QVariant>("residents");
        QTest::addColumn<QString>("error");
        const QVariantMap good{{QStringLiteral("substance"), QStringLiteral("chlorine")}, {QStringLiteral("q"), 5},
                               {QStringLiteral("Q"), 5}, {QStringLiteral("toxicGas"), QStringLiteral("cl2")}};
        QVariantMap zeroQ = good;
        zeroQ.insert(QStringLiteral("Q"), 0);
        QTest::newRow("a zero critical quantity") << zeroQ << QVariant(10)
                                                  << "inventory row 1 (chlorine): Q must be a critical quantity in tonnes > 0, not '0'";
        QVariantMap negative = good;
        negative.insert(QStringLiteral("q"), -1);
        QTest::newRow("a negative quantity") << negative << QVariant(10)
                                             << "inventory row 1 (chlorine): q must be a quantity in tonnes ≥ 0, not '-1'";
        QVariantMap noBeta = good;
        noBeta.insert(QStringLiteral("toxicGas"), QStringLiteral("argon"));
        QTest::newRow("a gas with no β") << noBeta << QVariant(10)
                                         << "inventory row 1 (chlorine): no valid beta, toxicGas or hazardClass to take β from";
        QTest::newRow("no resident count") << good << QVariant()
                                           << "residents_500m must be a number of people ≥ 0, not ''";
    }

    void badInventoriesNameTheRowAndField()
    {
        QFETCH(QVariantMap, row);
        QFETCH(QVariant, residents);
        QFETCH(QString, error);
        QVariantMap attributes{{QStringLiteral("inventory"), QVariantList{row}}};
        if (residents.isValid())
            attributes.insert(QStringLiteral("residents_500m"), residents);
        QString message;
        QVERIFY(!MajorHazard::assessAttributes(attributes, &message));
        QCOMPARE(message, error);
    }

    void noInventoryIsNoAssessmentAndNoError()
    {
        QString error = QStringLiteral("stale");
        QVERIFY(!MajorHazard::assessAttributes({}, &error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMajorHazard)
#include "tst_majorhazard.moc"
