// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarmfixtures.h"
#include "ui/alarmfilterproxy.h"
#include "ui/alarmtablemodel.h"

#include <QtTest>

using namespace cp;
using testsupport::consoleAlarm;

using P = core::AlarmPriority;
using S = core::AlarmState;

class TestAlarmFilterProxy : public QObject
{
    Q_OBJECT

private:
    // E1 Plant: high unack (hazchem), E2 Mine: medium ack (coal_mine), E3 Depot: low unack with a message.
    void fill(ui::AlarmTableModel &model)
    {
        model.setNames({{QStringLiteral("E1"), QStringLiteral("Liangshan Chemical Plant")},
                        {QStringLiteral("E2"), QStringLiteral("Hanzhuang Mine")},
                        {QStringLiteral("E3"), QStringLiteral("Fuel Depot")}},
                       {}, {{QStringLiteral("combustible_gas"), QStringLiteral("Combustible gas")}});
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("GT-01"), P::High, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E2"), QStringLiteral("T1-01"), P::Medium, S::AcknowledgedActive,
                                        QStringLiteral("coal_mine")),
                           consoleAlarm(QStringLiteral("E3"), QStringLiteral("LT-07"), P::Low, S::UnacknowledgedActive,
                                        QStringLiteral("hazchem"), QStringLiteral("tank 7 level probe fault"))},
                          testsupport::fixtureNow);
    }

private slots:
    void filtersKeepOnlyMatchingAlarms_data()
    {
        QTest::addColumn<int>("minimumPriority"); // -1: any
        QTest::addColumn<QString>("sector");
        QTest::addColumn<int>("state");           // -1: any
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("no filter shows every alarm, most urgent first")
            << -1 << QString() << -1 << QString() << QStringList{"E1", "E2", "E3"};
        QTest::newRow("medium and above hides the low alarm")
            << int(P::Medium) << QString() << -1 << QString() << QStringList{"E1", "E2"};
        QTest::newRow("a sector shows only its enterprises") << -1 << "coal_mine" << -1 << QString() << QStringList{"E2"};
        QTest::newRow("a state shows only alarms in it")
            << -1 << QString() << int(S::UnacknowledgedActive) << QString() << QStringList{"E1", "E3"};
        QTest::newRow("text matches the enterprise's shown name, ignoring case")
            << -1 << QString() << -1 << "chemical" << QStringList{"E1"};
        QTest::newRow("text matches the enterprise id") << -1 << QString() << -1 << "e2" << QStringList{"E2"};
        QTest::newRow("text matches the feed's message") << -1 << QString() << -1 << "probe fault" << QStringList{"E3"};
        QTest::newRow("text matches the sensor") << -1 << QString() << -1 << "T1-01" << QStringList{"E2"};
        QTest::newRow("filters combine: hazchem and unacknowledged and medium or above")
            << int(P::Medium) << "hazchem" << int(S::UnacknowledgedActive) << QString() << QStringList{"E1"};
        QTest::newRow("text nothing matches leaves no row") << -1 << QString() << -1 << "nowhere" << QStringList{};
    }

    void filtersKeepOnlyMatchingAlarms()
    {
        QFETCH(int, minimumPriority);
        QFETCH(QString, sector);
        QFETCH(int, state);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);

        ui::AlarmTableModel model;
        fill(model);
        ui::AlarmFilterProxy proxy;
        proxy.setAlarmModel(&model);
        proxy.setMinimumPriority(minimumPriority < 0 ? std::nullopt : std::optional(static_cast<P>(minimumPriority)));
        proxy.setSectorId(sector);
        proxy.setState(state < 0 ? std::nullopt : std::optional(static_cast<S>(state)));
        proxy.setText(text);

        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.alarmAt(row)->key.enterpriseId;
        QCOMPARE(shown, expected);
        QCOMPARE(proxy.filtering(), minimumPriority >= 0 || !sector.isEmpty() || state >= 0 || !text.isEmpty());
        QCOMPARE(proxy.alarmAt(proxy.rowCount()), nullptr);
    }

    void filtersApplyToANewSnapshot()
    {
        ui::AlarmTableModel model;
        fill(model);
        ui::AlarmFilterProxy proxy;
        proxy.setAlarmModel(&model);
        proxy.setMinimumPriority(P::High);
        QCOMPARE(proxy.rowCount(), 1);
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("GT-01"), P::Emergency, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E2"), QStringLiteral("GT-02"), P::High, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E3"), QStringLiteral("GT-03"), P::Low, S::UnacknowledgedActive)},
                          testsupport::fixtureNow);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.alarmAt(0)->priority, P::Emergency);
    }

    void anUnclassifiedAlarmCountsAsAtLeastHigh_data()
    {
        QTest::addColumn<int>("minimumPriority");
        QTest::addColumn<bool>("shown");
        QTest::newRow("high and above shows it") << int(P::High) << true;
        QTest::newRow("medium and above shows it") << int(P::Medium) << true;
        QTest::newRow("emergency only leaves it out") << int(P::Emergency) << false;
    }

    void anUnclassifiedAlarmCountsAsAtLeastHigh()
    {
        QFETCH(int, minimumPriority);
        QFETCH(bool, shown);
        core::Alarm unclassified = consoleAlarm(QStringLiteral("E9"), QStringLiteral("X-1"), P::Low, S::UnacknowledgedActive);
        unclassified.classified = false;
        ui::AlarmTableModel model;
        model.setSnapshot({unclassified}, testsupport::fixtureNow);
        ui::AlarmFilterProxy proxy;
        proxy.setAlarmModel(&model);
        proxy.setMinimumPriority(static_cast<P>(minimumPriority));
        QCOMPARE(proxy.rowCount() == 1, shown);
    }
};

QTEST_GUILESS_MAIN(TestAlarmFilterProxy)
#include "tst_alarmfilterproxy.moc"
