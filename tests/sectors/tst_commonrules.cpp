// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/commonrules.h"
#include "sectors/thresholdengine.h"

#include "core/alarmevent.h"

#include <QtTest>

using namespace cp::sectors;

class TestCommonRules : public QObject
{
    Q_OBJECT

private slots:
    // GB/T 50493-2019 §5.5: level 1 at 100 % OEL, level 2 at 200 % OEL; OELs from DOMAIN.md §2.1.
    void toxicGasLevelsSitAtOneAndTwoTimesTheOel_data()
    {
        QTest::addColumn<QString>("gas");
        QTest::addColumn<double>("oel");
        const QList<QPair<const char *, double>> table = {
            {"h2s", 10}, {"co", 20}, {"no2", 5}, {"so2", 5}, {"nh3", 20}, {"cl2", 1}, {"hcn", 1},
            {"hcl", 7.5}, {"cocl2", 0.5}, {"benzene", 6}, {"methanol", 25}, {"toluene", 50}, {"xylene", 50}};
        for (const auto &row : table)
            QTest::newRow(qPrintable(QStringLiteral("%1 with OEL %2 mg/m3").arg(QLatin1String(row.first)).arg(row.second)))
                << QString::fromLatin1(row.first) << row.second;
    }

    void toxicGasLevelsSitAtOneAndTwoTimesTheOel()
    {
        QFETCH(QString, gas);
        QFETCH(double, oel);
        const AlarmKind k = CommonRules::toxicGas(gas);
        QCOMPARE(k.id, gas); // the catalogue key the feed sends (core/alarmkinds.h)
        QCOMPARE(k.unit, QStringLiteral("mg/m3"));
        auto at = [&](double v) {
            cp::core::AlarmEvent r;
            r.value = v;
            const Classification c = ThresholdEngine::classify(k, r, QString());
            return c.isAlarm() ? c.ruleId : QStringLiteral("normal");
        };
        QCOMPARE(at(oel * 0.99), QStringLiteral("normal"));
        QCOMPARE(at(oel), QStringLiteral("level1"));
        QCOMPARE(at(oel * 1.99), QStringLiteral("level1"));
        QCOMPARE(at(oel * 2), QStringLiteral("level2"));
        QCOMPARE(at(oel * 3), QStringLiteral("level2"));
        for (const ThresholdRule &rule : k.rules)
            QVERIFY2(rule.unconfirmed, "the per-gas OEL table is U in DOMAIN.md");
    }

    void anUnknownGasGivesNoKind() { QVERIFY(CommonRules::toxicGas(QStringLiteral("argon")).id.isEmpty()); }

    void combustibleAndOxygenLimitsAreTheStandardsOwn()
    {
        const AlarmKind lel = CommonRules::combustibleGas();
        QCOMPARE(*lel.rules.at(0).limit, 25.0);
        QCOMPARE(*lel.rules.at(1).limit, 50.0);
        QVERIFY(!lel.rules.at(0).unconfirmed);
        const AlarmKind path = CommonRules::combustibleGasOpenPath();
        QCOMPARE(*path.rules.at(0).limit, 1.0);
        QCOMPARE(*path.rules.at(1).limit, 2.0);
        const AlarmKind o2 = CommonRules::oxygen();
        QCOMPARE(o2.rules.at(0).direction, ThresholdRule::Direction::Falling);
        QCOMPARE(*o2.rules.at(0).limit, 19.5);
        QCOMPARE(*o2.rules.at(1).limit, 23.5);
    }

    void setpointLimitsHaveNoDefaults()
    {
        const AlarmKind k = CommonRules::setpointLimits(QStringLiteral("tank_level"), LocalizedName::of("液位", "Level"),
                                                        QStringLiteral("%"));
        QCOMPARE(k.rules.size(), 4);
        for (const ThresholdRule &r : k.rules)
            QVERIFY2(!r.limit, qPrintable(r.id));
    }
};

QTEST_GUILESS_MAIN(TestCommonRules)
#include "tst_commonrules.moc"
