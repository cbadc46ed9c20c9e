// SPDX-License-Identifier: GPL-2.0-or-later
// The hazardous-chemicals plugin in depth: GB 18218 grading from the inventory, tank limits from the
// enterprise's setpoints, gas explanations and the plan indicators. Threshold rows: hazchem/cases.json.
#include "sectors/sectorregistry.h"
#include "testpaths.h"

#include "core/alarmevent.h"

#include <QtTest>

using namespace cp::sectors;
using cp::core::Enterprise;

class TestHazchem : public QObject
{
    Q_OBJECT

    SectorRegistry m_registry;
    const Sector *m_sector = nullptr;

    Enterprise plant() const
    {
        Enterprise e;
        e.id = QStringLiteral("HC-1");
        e.sectorId = QStringLiteral("hazchem");
        return e;
    }

private slots:
    void initTestCase()
    {
        m_registry.loadFrom({cp::test::binaryPath(QStringLiteral("lib/commandpost/sectors"))});
        m_sector = m_registry.sector(QStringLiteral("hazchem"));
        QVERIFY(m_sector);
    }

    void rAndGradeAreComputedFromTheInventory()
    {
        Enterprise e = plant();
        // 30 t chlorine (Q 5 t, β 4) with 40 people within 500 m: S = 6, R = 1.2 × 4 × 6 = 28.8 → grade three.
        e.sectorAttributes = {{QStringLiteral("residents_500m"), 40},
                              {QStringLiteral("inventory"),
                               QVariantList{QVariantMap{{QStringLiteral("substance"), QStringLiteral("氯")},
                                                        {QStringLiteral("q"), 30}, {QStringLiteral("Q"), 5},
                                                        {QStringLiteral("toxicGas"), QStringLiteral("cl2")}}}}};
        QString error;
        const QVariantMap derived = m_sector->plugin->derivedAttributes(e, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(derived.value(QStringLiteral("s_value")).toDouble(), 6.0);
        QCOMPARE(derived.value(QStringLiteral("r_value")).toDouble(), 28.8);
        QCOMPARE(derived.value(QStringLiteral("major_hazard_grade")).toString(), QStringLiteral("3"));

        // The facility panel shows them through the attribute specs.
        for (const AttributeSpec &spec : m_sector->attributes) {
            if (spec.key == QLatin1String("major_hazard_grade"))
                QCOMPARE(spec.displayText(derived.value(spec.key), QLocale(QLocale::Chinese)), QStringLiteral("三级"));
            if (spec.key == QLatin1String("r_value"))
                QCOMPARE(spec.displayText(derived.value(spec.key), QLocale(QLocale::English)), QStringLiteral("28.8"));
        }
    }

    void aBadInventoryIsReportedNotGuessed()
    {
        Enterprise e = plant();
        e.sectorAttributes = {{QStringLiteral("residents_500m"), 40},
                              {QStringLiteral("inventory"),
                               QVariantList{QVariantMap{{QStringLiteral("substance"), QStringLiteral("氯")},
                                                        {QStringLiteral("q"), 30}, {QStringLiteral("Q"), 5}}}}};
        QString error;
        QVERIFY(m_sector->plugin->derivedAttributes(e, &error).isEmpty());
        QCOMPARE(error, QStringLiteral("inventory row 1 (氯): no valid beta, toxicGas or hazardClass to take β from"));
    }

    void tankLimitsComeFromTheTanksOwnSetpoints_data()
    {
        QTest::addColumn<QString>("sensor");
        QTest::addColumn<double>("level");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("tank 101 below its high setpoint is normal") << "T-101.level" << 84.9 << "normal";
        QTest::newRow("tank 101 at its high setpoint alarms medium") << "T-101.level" << 85.0 << "high/medium";
        QTest::newRow("tank 101 at its high-high setpoint alarms high") << "T-101.level" << 92.0 << "high_high/high";
        QTest::newRow("tank 101 at its low setpoint alarms low") << "T-101.level" << 15.0 << "low/low";
        QTest::newRow("tank 102 uses the site-wide high setpoint") << "T-102.level" << 88.0 << "high/medium";
        QTest::newRow("tank 102 has no high-high setpoint of its own") << "T-102.level" << 95.0 << "high/medium";
    }

    void tankLimitsComeFromTheTanksOwnSetpoints()
    {
        QFETCH(QString, sensor);
        QFETCH(double, level);
        QFETCH(QString, outcome);
        Enterprise e = plant();
        e.sectorAttributes.insert(
            QStringLiteral("setpoints"),
            QVariantMap{{QStringLiteral("T-101.level"),
                         QVariantMap{{QStringLiteral("low"), 15}, {QStringLiteral("high"), 85}, {QStringLiteral("high_high"), 92}}},
                        {QStringLiteral("tank_level"), QVariantMap{{QStringLiteral("high"), 88}}}});
        cp::core::AlarmEvent r;
        r.sensorId = sensor;
        r.kind = QStringLiteral("tank_level");
        r.value = level;
        const Classification c = m_registry.classify(e, r);
        QCOMPARE(c.isAlarm() ? c.ruleId + QLatin1Char('/') + cp::core::toKey(c.priority) : QStringLiteral("normal"), outcome);
        QVERIFY(c.fromSetpoint);
    }

    void aTankWithoutSetpointsIsNotConfigured()
    {
        cp::core::AlarmEvent r;
        r.sensorId = QStringLiteral("T-201.pressure");
        r.kind = QStringLiteral("tank_pressure");
        r.value = 1.2;
        QCOMPARE(m_registry.classify(plant(), r).status, Classification::Status::NotConfigured);
    }

    void aGasAlarmCitesGbt50493()
    {
        cp::core::AlarmEvent r;
        r.sensorId = QStringLiteral("GT-7");
        r.kind = QStringLiteral("combustible_gas");
        r.value = 52;
        const Classification c = m_registry.classify(plant(), r);
        QCOMPARE(c.ruleId, QStringLiteral("level2"));
        QCOMPARE(c.threshold, 50.0);
        QCOMPARE(c.source, QStringLiteral("GB/T 50493-2019 §5.5"));
        QCOMPARE(c.explanation, QStringLiteral("Combustible gas 52 %LEL reached level-2 alarm (50 %LEL, GB/T 50493-2019 §5.5)"));
    }

    void indicatorsCountTheRightEnterprises()
    {
        QList<Enterprise> plants;
        for (int i = 0; i < 4; ++i)
            plants.append(plant());
        plants[0].majorHazard = cp::core::MajorHazardGrade::Two;
        plants[0].monitoringOnline = true;
        plants[1].majorHazard = cp::core::MajorHazardGrade::Four;
        plants[2].sectorAttributes.insert(QStringLiteral("key_processes"), 2);
        plants[2].automation.dcs = true;
        plants[2].automation.sis = true;
        plants[3].sectorAttributes.insert(QStringLiteral("key_processes"), 1);
        plants[3].automation.dcs = true;

        QCOMPARE(m_sector->indicators.size(), 2);
        const IndicatorValue monitoring = m_sector->indicators.at(0).evaluate(plants, QDate(2026, 11, 29));
        QCOMPARE(m_sector->indicators.at(0).id, QStringLiteral("major_hazard_monitoring_rate"));
        QCOMPARE(monitoring.applicable, 2);
        QCOMPARE(monitoring.meeting, 1);
        QCOMPARE(monitoring.percent, std::optional<double>(50));
        QCOMPARE(monitoring.meetsTarget, std::optional<bool>(false));
        const IndicatorValue automation = m_sector->indicators.at(1).evaluate(plants, QDate(2026, 11, 29));
        QCOMPARE(automation.applicable, 2);
        QCOMPARE(automation.meeting, 1);
        QVERIFY(m_sector->indicators.at(1).targetUnconfirmed);
    }
};

QTEST_GUILESS_MAIN(TestHazchem)
#include "tst_hazchem.moc"
