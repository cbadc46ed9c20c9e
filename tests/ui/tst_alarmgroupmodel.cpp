// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarmfixtures.h"
#include "ui/alarmfilterproxy.h"
#include "ui/alarmgroupmodel.h"
#include "ui/alarmtablemodel.h"

#include <QtTest>

using namespace cp;
using testsupport::consoleAlarm;

using P = core::AlarmPriority;
using S = core::AlarmState;

class TestAlarmGroupModel : public QObject
{
    Q_OBJECT

private slots:
    void oneRowPerEnterpriseWithCountsAndWorstPriorityWorstFirst()
    {
        ui::AlarmTableModel model;
        model.setNames({{QStringLiteral("E1"), QStringLiteral("Plant")}, {QStringLiteral("E2"), QStringLiteral("Mine")}}, {}, {});
        ui::AlarmFilterProxy proxy;
        proxy.setAlarmModel(&model);
        ui::AlarmGroupModel groups(proxy);
        QCOMPARE(groups.rowCount(), 0);

        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::Low, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E1"), QStringLiteral("b"), P::Medium, S::AcknowledgedActive),
                           consoleAlarm(QStringLiteral("E2"), QStringLiteral("a"), P::High, S::AcknowledgedActive),
                           consoleAlarm(QStringLiteral("E1"), QStringLiteral("c"), P::Low, S::UnacknowledgedCleared)},
                          testsupport::fixtureNow);
        QCOMPARE(groups.rowCount(), 2);
        auto cell = [&](int row, int column) { return groups.data(groups.index(row, column)); };
        QCOMPARE(groups.enterpriseIdAt(0), QStringLiteral("E2"));
        QCOMPARE(cell(0, ui::AlarmGroupModel::Enterprise).toString(), QStringLiteral("Mine"));
        QCOMPARE(cell(0, ui::AlarmGroupModel::Alarms).toInt(), 1);
        QCOMPARE(cell(0, ui::AlarmGroupModel::Unacknowledged).toInt(), 0);
        QCOMPARE(cell(0, ui::AlarmGroupModel::Priority).toString(), core::displayName(P::High));
        QCOMPARE(groups.enterpriseIdAt(1), QStringLiteral("E1"));
        QCOMPARE(cell(1, ui::AlarmGroupModel::Alarms).toInt(), 3);
        QCOMPARE(cell(1, ui::AlarmGroupModel::Unacknowledged).toInt(), 2);
        QCOMPARE(cell(1, ui::AlarmGroupModel::Priority).toString(), core::displayName(P::Medium));
        QCOMPARE(groups.enterpriseIdAt(2), QString());
    }

    void groupsCountOnlyWhatTheFiltersLetThrough()
    {
        ui::AlarmTableModel model;
        ui::AlarmFilterProxy proxy;
        proxy.setAlarmModel(&model);
        ui::AlarmGroupModel groups(proxy);
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::Low, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E1"), QStringLiteral("b"), P::High, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E2"), QStringLiteral("a"), P::Low, S::UnacknowledgedActive)},
                          testsupport::fixtureNow);
        QCOMPARE(groups.rowCount(), 2);
        proxy.setMinimumPriority(P::High);
        QCOMPARE(groups.rowCount(), 1);
        QCOMPARE(groups.data(groups.index(0, ui::AlarmGroupModel::Alarms)).toInt(), 1);
    }

    void aModelNotFollowingIsEmptyUntilTurnedOn()
    {
        ui::AlarmTableModel model;
        ui::AlarmFilterProxy proxy;
        proxy.setAlarmModel(&model);
        ui::AlarmGroupModel groups(proxy);
        groups.setFollowing(false);
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::Low, S::UnacknowledgedActive)},
                          testsupport::fixtureNow);
        QCOMPARE(groups.rowCount(), 0);
        groups.setFollowing(true);
        QCOMPARE(groups.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlarmGroupModel)
#include "tst_alarmgroupmodel.moc"
