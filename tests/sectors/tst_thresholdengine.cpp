// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/thresholdengine.h"

#include <QtTest>

#include <limits>

using namespace cp::sectors;
using cp::core::AlarmPriority;

namespace {
//! A reading and the sensor location the sector's plugin would give it.
struct Sample
{
    cp::core::AlarmEvent event;
    QString location;
};
} // namespace
Q_DECLARE_METATYPE(Sample)

namespace {

// A kind shaped like the real ones but with round numbers, so each test row reads on its own.
AlarmKind pressure()
{
    AlarmKind k;
    k.id = QStringLiteral("pressure");
    k.name = LocalizedName::of("压力", "Pressure");
    k.unit = QStringLiteral("MPa");
    k.rules = {ThresholdRule::falling("low", LocalizedName::of("低", "low"), 1, AlarmPriority::Low, QStringLiteral("std A")),
               ThresholdRule::rising("high", LocalizedName::of("高", "high"), 5, AlarmPriority::Medium, QStringLiteral("std B")),
               ThresholdRule::rising("high_high", LocalizedName::of("高高", "high-high"), 8, AlarmPriority::High,
                                     QStringLiteral("std C")),
               ThresholdRule::rising("design", LocalizedName::of("设计", "design"), std::nullopt, AlarmPriority::Emergency,
                                     QStringLiteral("setpoint only"))};
    return k;
}

Sample reading(double value, const QString &unit = QString(), const QString &location = QString())
{
    Sample r;
    r.event.sensorId = QStringLiteral("PT-1");
    r.event.kind = QStringLiteral("pressure");
    r.event.value = value;
    r.event.unit = unit;
    r.location = location;
    return r;
}

Classification judge(const AlarmKind &kind, const Sample &sample, const QVariantMap &setpoints = QVariantMap())
{
    return ThresholdEngine::classify(kind, sample.event, sample.location, setpoints);
}

} // namespace

class TestThresholdEngine : public QObject
{
    Q_OBJECT

private slots:
    void limitsTripInclusivelyAndTheWorstRuleWins_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("alarm");
        QTest::newRow("just above the low limit is normal") << 1.01 << "low" << false;
        QTest::newRow("at the low limit a falling rule trips") << 1.0 << "low" << true;
        QTest::newRow("below the low limit a falling rule trips") << 0.5 << "low" << true;
        QTest::newRow("just below the high limit is normal and names it nearest") << 4.99 << "high" << false;
        QTest::newRow("at the high limit a rising rule trips") << 5.0 << "high" << true;
        QTest::newRow("between high and high-high the high rule holds") << 7.99 << "high" << true;
        QTest::newRow("at high-high the more severe rule wins") << 8.0 << "high_high" << true;
    }

    void limitsTripInclusivelyAndTheWorstRuleWins()
    {
        QFETCH(double, value);
        QFETCH(QString, rule);
        QFETCH(bool, alarm);
        const Classification c = judge(pressure(), reading(value));
        QCOMPARE(c.isAlarm(), alarm);
        QCOMPARE(c.ruleId, rule);
        QVERIFY(!c.fromSetpoint);
    }

    void anExclusiveRuleAllowsTheLimitItself()
    {
        AlarmKind k = pressure();
        k.rules = {k.rules.at(1).exclusive()};
        QCOMPARE(judge(k, reading(5)).status, Classification::Status::Normal);
        QCOMPARE(judge(k, reading(5.001)).status, Classification::Status::Alarm);
    }

    void aSensorSetpointBeatsTheKindSetpointWhichBeatsTheDefault()
    {
        const QVariantMap byKind{{QStringLiteral("pressure"), QVariantMap{{QStringLiteral("high"), 4.0}}}};
        Classification c = judge(pressure(), reading(4.5), byKind);
        QCOMPARE(c.ruleId, QStringLiteral("high"));
        QVERIFY(c.isAlarm());
        QVERIFY(c.fromSetpoint);
        QCOMPARE(c.threshold, 4.0);
        QCOMPARE(c.source, QStringLiteral("enterprise setpoint pressure/high"));

        QVariantMap bySensor = byKind;
        bySensor.insert(QStringLiteral("PT-1"), QVariantMap{{QStringLiteral("high"), 4.6}});
        c = judge(pressure(), reading(4.5), bySensor);
        QVERIFY(!c.isAlarm());
        QCOMPARE(c.threshold, 4.6);
    }

    void aSetpointEnablesARuleWithoutDefault()
    {
        const QVariantMap sp{{QStringLiteral("PT-1"), QVariantMap{{QStringLiteral("design"), 6.0}}}};
        const Classification c = judge(pressure(), reading(6.0), sp);
        QCOMPARE(c.ruleId, QStringLiteral("design"));
        QCOMPARE(c.priority, AlarmPriority::Emergency);
        QCOMPARE(c.source, QStringLiteral("enterprise setpoint PT-1/design"));
    }

    void onlySetpointRulesAndNoSetpointIsNotConfigured()
    {
        AlarmKind k = pressure();
        k.rules = {k.rules.at(3)};
        const Classification c = judge(k, reading(3));
        QCOMPARE(c.status, Classification::Status::NotConfigured);
        QCOMPARE(c.explanation, QStringLiteral("Sensor PT-1: pressure has no limits until the enterprise sets its own setpoints"));
    }

    void badInputIsRefusedWithItsName_data()
    {
        QTest::addColumn<Sample>("input");
        QTest::addColumn<QVariantMap>("setpoints");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("a reading in another unit")
            << reading(3, QStringLiteral("bar")) << QVariantMap() << "Sensor PT-1: pressure is measured in MPa, not in bar";
        QTest::newRow("a reading that is not a number")
            << reading(std::numeric_limits<double>::quiet_NaN()) << QVariantMap()
            << "Sensor PT-1: the pressure reading is not a number";
        QTest::newRow("a setpoint that is not a number")
            << reading(3) << QVariantMap{{QStringLiteral("PT-1"), QVariantMap{{QStringLiteral("high"), QStringLiteral("abc")}}}}
            << "Setpoint high of PT-1 is not a number: 'abc'";
    }

    void badInputIsRefusedWithItsName()
    {
        QFETCH(Sample, input);
        QFETCH(QVariantMap, setpoints);
        QFETCH(QString, explanation);
        const Classification c = judge(pressure(), input, setpoints);
        QCOMPARE(c.status, Classification::Status::BadReading);
        QCOMPARE(c.explanation, explanation);
    }

    void aKindWithLocationsNeedsAKnownLocation()
    {
        AlarmKind k = pressure();
        k.locations = {{QStringLiteral("inlet"), LocalizedName::of("进口", "inlet"), {k.rules.at(1)}},
                       {QStringLiteral("outlet"), LocalizedName::of("出口", "outlet"), {k.rules.at(2)}}};
        QCOMPARE(judge(k, reading(6, QString(), QStringLiteral("inlet"))).ruleId, QStringLiteral("high"));
        QCOMPARE(judge(k, reading(6, QString(), QStringLiteral("outlet"))).status,
                 Classification::Status::Normal);
        const Classification c = judge(k, reading(6, QString(), QStringLiteral("tank")));
        QCOMPARE(c.status, Classification::Status::BadReading);
        QCOMPARE(c.explanation, QStringLiteral("Sensor PT-1: 'tank' is not a pressure sensor location (known: inlet, outlet)"));
    }

    void theResetValueTravelsWithTheAlarm()
    {
        AlarmKind k = pressure();
        k.rules = {k.rules.at(1).withReset(4.5).withResponse(cp::core::ResponseLevel::IV)};
        const Classification c = judge(k, reading(5));
        QCOMPARE(c.reset, std::optional<double>(4.5));
        QCOMPARE(c.responseLevel, cp::core::ResponseLevel::IV);
        QCOMPARE(c.explanation, QStringLiteral("Pressure 5 MPa reached high (5 MPa, std B)"));
    }
};

QTEST_GUILESS_MAIN(TestThresholdEngine)
#include "tst_thresholdengine.moc"
