// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarmfixtures.h"
#include "ui/alarmconsole.h"
#include "ui/alarmfilterproxy.h"
#include "ui/alarmgroupmodel.h"
#include "ui/alarmtablemodel.h"

#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace cp;
using testsupport::consoleAlarm;

using P = core::AlarmPriority;
using S = core::AlarmState;

class TestAlarmConsole : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;
    ui::AlarmConsole::Clock clock()
    {
        return [this] { return m_now; };
    }

private slots:
    void initTestCase() { qRegisterMetaType<ui::ToneUrgency>(); } // for QSignalSpy on Qt 5
    void init() { m_now = 1'000'000; }

    void aFloodShowsTheRateAndSwitchesToGroupingOnce()
    {
        ui::AlarmTableModel model;
        ui::AlarmConsole console(model, {}, nullptr, clock());
        console.recordArrivals(30);
        QVERIFY(!console.floodBannerShown());
        QVERIFY(!console.grouped());
        m_now += 5000;
        console.recordArrivals(30);
        QVERIFY(console.floodBannerShown());
        QVERIFY(console.grouped());
        console.setGrouped(false); // the officer goes back to the list during the flood
        console.recordArrivals(30);
        QVERIFY(!console.grouped());
        QVERIFY2(console.floodBannerText().contains(QStringLiteral("90")), qPrintable(console.floodBannerText()));
        QVERIFY2(console.floodBannerText().contains(QStringLiteral("9.0")), qPrintable(console.floodBannerText()));
        m_now += 10'000;
        console.tick();
        QVERIFY(!console.floodBannerShown());
    }

    void floodThresholdIsTheSetting()
    {
        ui::AlarmTableModel model;
        ui::ConsoleSettings settings;
        settings.floodBannerAbove = 5;
        ui::AlarmConsole console(model, settings, nullptr, clock());
        console.recordArrivals(6);
        QVERIFY(console.floodBannerShown());
    }

    void groupingSwitchesViewsAndAGroupOpensItsAlarms()
    {
        ui::AlarmTableModel model;
        model.setNames({{QStringLiteral("E1"), QStringLiteral("Plant")}, {QStringLiteral("E2"), QStringLiteral("Mine")}}, {}, {});
        ui::AlarmConsole console(model, {}, nullptr, clock());
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::High, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E2"), QStringLiteral("a"), P::Low, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E2"), QStringLiteral("b"), P::Low, S::UnacknowledgedActive)},
                          testsupport::fixtureNow);
        console.alarmView()->selectRow(0);
        QCOMPARE(console.selectedAlarm()->key.enterpriseId, QStringLiteral("E1"));
        console.setGrouped(true);
        QVERIFY(console.grouped());
        QCOMPARE(console.selectedAlarm(), nullptr);
        QCOMPARE(console.groups().rowCount(), 2);
        QCOMPARE(console.groups().enterpriseIdAt(1), QStringLiteral("E2"));
        emit console.groupView()->doubleClicked(console.groups().index(1, 0));
        QVERIFY(!console.grouped());
        QCOMPARE(console.filter().rowCount(), 2);
        QCOMPARE(console.filter().alarmAt(0)->key.enterpriseId, QStringLiteral("E2"));
    }

    void soundStartsForATopPriorityAlarmAndSilenceStopsIt()
    {
        ui::AlarmTableModel model;
        ui::AlarmConsole console(model, {}, nullptr, clock());
        QSignalSpy sounding(&console, &ui::AlarmConsole::soundingChanged);
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::Medium, S::UnacknowledgedActive)},
                          testsupport::fixtureNow);
        QCOMPARE(sounding.count(), 0);
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::High, S::UnacknowledgedActive)},
                          testsupport::fixtureNow);
        QCOMPARE(sounding.count(), 1);
        QCOMPARE(sounding.last().first().toBool(), true);
        QVERIFY(console.silence());
        QCOMPARE(sounding.count(), 2);
        QCOMPARE(sounding.last().first().toBool(), false);
        QVERIFY(!console.silence());
        // The same alarm again does not break the silence; a new one does.
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::High, S::UnacknowledgedActive)},
                          testsupport::fixtureNow);
        QCOMPARE(sounding.count(), 2);
        model.setSnapshot({consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::High, S::UnacknowledgedActive),
                           consoleAlarm(QStringLiteral("E3"), QStringLiteral("a"), P::Emergency, S::UnacknowledgedActive)},
                          testsupport::fixtureNow);
        QCOMPARE(sounding.count(), 3);
        QVERIFY(console.sounding());
    }

    void escalatedAlarmsShowTheBannerWithWhoMustBeToldAndAnUrgentTone()
    {
        ui::AlarmTableModel model;
        ui::AlarmConsole console(model, {}, nullptr, clock());
        QSignalSpy urgency(&console, &ui::AlarmConsole::toneUrgencyChanged);
        core::Alarm late = consoleAlarm(QStringLiteral("E1"), QStringLiteral("a"), P::High, S::UnacknowledgedActive);
        model.setSnapshot({late}, testsupport::fixtureNow);
        QVERIFY(!console.escalationBannerShown());
        QCOMPARE(console.toneUrgency(), ui::ToneUrgency::Normal);

        late.escalation = core::EscalationStage::ShiftLeader;
        core::Alarm renotified = consoleAlarm(QStringLiteral("E2"), QStringLiteral("a"), P::Low, S::UnacknowledgedActive);
        renotified.escalation = core::EscalationStage::Renotified;
        model.setSnapshot({late, renotified}, testsupport::fixtureNow);
        QVERIFY(console.escalationBannerShown());
        QCOMPARE(console.escalationBannerText(), QStringLiteral("1 alarm(s) escalated: Tell the shift leader  ·  "
                                                                "1 alarm(s) escalated: Duty officer notified again"));
        QCOMPARE(console.toneUrgency(), ui::ToneUrgency::Urgent);
        QCOMPARE(urgency.count(), 1);
        QCOMPARE(urgency.last().first().value<ui::ToneUrgency>(), ui::ToneUrgency::Urgent);

        // A filter hides the alarm, never its escalation.
        console.filter().setMinimumPriority(P::Emergency);
        model.setSnapshot({late}, testsupport::fixtureNow);
        QCOMPARE(console.escalationBannerText(), QStringLiteral("1 alarm(s) escalated: Tell the shift leader"));

        late.state = S::AcknowledgedActive; // acknowledging resets the escalation in the engine
        late.escalation = core::EscalationStage::None;
        model.setSnapshot({late}, testsupport::fixtureNow);
        QVERIFY(!console.escalationBannerShown());
        QCOMPARE(urgency.count(), 2);
        QCOMPARE(console.toneUrgency(), ui::ToneUrgency::Normal);
    }
};

QTEST_MAIN(TestAlarmConsole)
#include "tst_alarmconsole.moc"
