// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarmfixtures.h"
#include "ui/alarmsoundcontroller.h"

#include <QtTest>

using namespace cp;
using testsupport::consoleAlarm;

using P = core::AlarmPriority;
using S = core::AlarmState;

namespace {
core::Alarm a(const QString &sensor, P priority, S state)
{
    return consoleAlarm(QStringLiteral("E1"), sensor, priority, state);
}
} // namespace

class TestAlarmSoundController : public QObject
{
    Q_OBJECT

private slots:
    void soundsForUnacknowledgedAlarmsOfTheSoundingPriority_data()
    {
        QTest::addColumn<int>("priority");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("sounding");
        QTest::newRow("high unacknowledged active sounds") << int(P::High) << int(S::UnacknowledgedActive) << true;
        QTest::newRow("emergency unacknowledged cleared sounds") << int(P::Emergency) << int(S::UnacknowledgedCleared) << true;
        QTest::newRow("high acknowledged is quiet") << int(P::High) << int(S::AcknowledgedActive) << false;
        QTest::newRow("high shelved is quiet") << int(P::High) << int(S::Shelved) << false;
        QTest::newRow("medium unacknowledged is quiet") << int(P::Medium) << int(S::UnacknowledgedActive) << false;
    }

    void soundsForUnacknowledgedAlarmsOfTheSoundingPriority()
    {
        QFETCH(int, priority);
        QFETCH(int, state);
        QFETCH(bool, sounding);
        ui::AlarmSoundController sound(P::High, 300'000);
        QCOMPARE(sound.update({a(QStringLiteral("s1"), P(priority), S(state))}, 0), sounding);
        QCOMPARE(sound.silence(0), sounding);
        QVERIFY(!sound.sounding());
    }

    void acknowledgingEveryAlarmStopsTheSound()
    {
        ui::AlarmSoundController sound(P::High, 300'000);
        QVERIFY(sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive)}, 0));
        QVERIFY(!sound.update({a(QStringLiteral("s1"), P::High, S::AcknowledgedActive)}, 1000));
    }

    void silenceHoldsUntilANewTopPriorityAlarmArrives()
    {
        ui::AlarmSoundController sound(P::High, 300'000);
        sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive)}, 0);
        QVERIFY(sound.silence(1000));
        QVERIFY(sound.silenced());
        QVERIFY(!sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive),
                               a(QStringLiteral("s2"), P::Medium, S::UnacknowledgedActive)},
                              2000));
        QVERIFY(sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive),
                              a(QStringLiteral("s3"), P::Emergency, S::UnacknowledgedActive)},
                             3000));
        QVERIFY(!sound.silenced());
    }

    void anAlarmAcknowledgedAndRaisedAgainCountsAsNew()
    {
        ui::AlarmSoundController sound(P::High, 300'000);
        sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive)}, 0);
        sound.silence(0);
        QVERIFY(!sound.update({a(QStringLiteral("s1"), P::High, S::AcknowledgedActive)}, 1000));
        QVERIFY(sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive)}, 2000));
    }

    void silenceRunsOutAfterTheLongestSilence()
    {
        ui::AlarmSoundController sound(P::High, 300'000);
        sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive)}, 0);
        sound.silence(1000);
        QVERIFY(!sound.tick(300'999));
        QVERIFY(sound.tick(301'000));
        QCOMPARE(sound.pending(), 1);
    }

    void anEscalatedAlarmMakesTheToneUrgent_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<ui::ToneUrgency>("urgency");
        QTest::newRow("no escalation keeps the normal tone") << int(core::EscalationStage::None) << ui::ToneUrgency::Normal;
        QTest::newRow("a renotified alarm is urgent") << int(core::EscalationStage::Renotified) << ui::ToneUrgency::Urgent;
        QTest::newRow("telling the shift leader is urgent") << int(core::EscalationStage::ShiftLeader) << ui::ToneUrgency::Urgent;
    }

    void anEscalatedAlarmMakesTheToneUrgent()
    {
        QFETCH(int, stage);
        QFETCH(ui::ToneUrgency, urgency);
        ui::AlarmSoundController sound(P::High, 300'000);
        core::Alarm late = a(QStringLiteral("s2"), P::Medium, S::UnacknowledgedActive);
        late.escalation = static_cast<core::EscalationStage>(stage);
        QVERIFY(sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive), late}, 0));
        QCOMPARE(sound.urgency(), urgency);
        // Acknowledging resets the escalation in the engine: the tone is normal again.
        late.escalation = core::EscalationStage::None;
        sound.update({a(QStringLiteral("s1"), P::High, S::UnacknowledgedActive), late}, 1000);
        QCOMPARE(sound.urgency(), ui::ToneUrgency::Normal);
    }
};

QTEST_GUILESS_MAIN(TestAlarmSoundController)
#include "tst_alarmsoundcontroller.moc"
