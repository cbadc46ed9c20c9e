// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/defaultclassifier.h"

#include <QtTest>

using namespace cp::alarms;
using cp::core::AlarmPriority;

Q_DECLARE_METATYPE(cp::core::AlarmPriority)

class TestDefaultClassifier : public QObject
{
    Q_OBJECT

private slots:
    void genericLevelsGiveThePriority_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("sensor");
        QTest::addColumn<double>("value");
        QTest::addColumn<AlarmPriority>("priority");
        QTest::addColumn<double>("threshold");
        const QString lel = QStringLiteral("%LEL");
        const QString gas = QStringLiteral("combustible_gas");
        const QString ch4 = QStringLiteral("methane");
        const QString pct = QStringLiteral("%");
        QTest::newRow("24 %LEL is below level 1") << gas << lel << "GT-01" << 24.0 << AlarmPriority::Low << 25.0;
        QTest::newRow("25 %LEL is level 1") << gas << lel << "GT-01" << 25.0 << AlarmPriority::Medium << 25.0;
        QTest::newRow("50 %LEL is level 2") << gas << lel << "GT-01" << 50.0 << AlarmPriority::High << 50.0;
        QTest::newRow("1.2 % methane at a face (T1) is the alarm level") << ch4 << pct << "T1-01" << 1.2 << AlarmPriority::Medium << 1.0;
        QTest::newRow("1.5 % methane at a face (T1) is the power-off level") << ch4 << pct << "T1-01" << 1.5 << AlarmPriority::High << 1.5;
        QTest::newRow("1.0 % methane in a return roadway (T2) cuts power at once") << ch4 << pct << "T2-03" << 1.0 << AlarmPriority::High << 1.0;
        QTest::newRow("0.6 % methane in an intake (T3) cuts power") << ch4 << pct << "T3-01" << 0.6 << AlarmPriority::High << 0.5;
        QTest::newRow("methane at an unknown location uses the face's levels") << ch4 << pct << "X-01" << 1.2 << AlarmPriority::Medium << 1.0;
        QTest::newRow("20 mg/m3 H2S is twice the OEL") << QStringLiteral("h2s") << QStringLiteral("mg/m3") << "TX-01" << 20.0 << AlarmPriority::High << 20.0;
        QTest::newRow("30 ppm CO in mine air is over 24 ppm") << QStringLiteral("co") << QStringLiteral("ppm") << "CO-01" << 30.0 << AlarmPriority::High << 24.0;
        QTest::newRow("19 %VOL oxygen is a deficiency") << QStringLiteral("oxygen") << QStringLiteral("%VOL") << "O2-01" << 19.0 << AlarmPriority::High << 19.5;
        QTest::newRow("a tank level has no generic rule") << QStringLiteral("tank_level") << pct << "LT-01" << 95.0 << AlarmPriority::Low << 0.0;
    }

    void genericLevelsGiveThePriority()
    {
        QFETCH(QString, kind);
        QFETCH(QString, unit);
        QFETCH(QString, sensor);
        QFETCH(double, value);
        QFETCH(AlarmPriority, priority);
        QFETCH(double, threshold);
        AlarmEvent e;
        e.kind = kind;
        e.unit = unit;
        e.sensorId = sensor;
        e.value = value;
        e.active = true;
        const Classification c = DefaultClassifier().classify(e, QStringLiteral("hazchem"));
        QCOMPARE(c.priority, priority);
        QCOMPARE(c.threshold, threshold);
        QVERIFY(!c.explanation.isEmpty());
        QCOMPARE(c.responseLevel, cp::core::ResponseLevel::None);
    }

    void unconfirmedLevelsSaySo()
    {
        AlarmEvent e;
        e.kind = QStringLiteral("nh3");
        e.unit = QStringLiteral("mg/m3");
        e.value = 25;
        const Classification c = DefaultClassifier().classify(e, QString());
        QVERIFY2(c.explanation.contains(QStringLiteral("to be confirmed")), qPrintable(c.explanation));
    }

    void theBureauCanChangeALevel()
    {
        DefaultClassifier classifier;
        classifier.setLevels(QStringLiteral("tank_level"), QStringLiteral("%"), {85, 95, QStringLiteral("bureau"), false});
        AlarmEvent e;
        e.kind = QStringLiteral("tank_level");
        e.unit = QStringLiteral("%");
        e.value = 96;
        QCOMPARE(classifier.classify(e, QString()).priority, AlarmPriority::High);
    }
};

QTEST_GUILESS_MAIN(TestDefaultClassifier)
#include "tst_defaultclassifier.moc"
