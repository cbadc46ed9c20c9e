// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginefixture.h"

#include <QtTest>

using namespace cp::alarms;
using cp::core::AlarmPriority;
using cp::core::AlarmState;
using cp::core::EscalationStage;
using cp::core::Verification;
using cp::test::EngineFixture;

namespace {
const QString officer = QStringLiteral("duty.li");

struct Recorder : AlarmObserver
{
    void alarmChanged(const cp::core::Alarm &) override { ++changes; }
    void audited(const AuditRecord &r) override { actions.append(r.action); }
    void escalated(const cp::core::Alarm &, EscalationStage s) override { stages.append(s); }
    void floodChanged(bool on, const QDateTime &) override { floods.append(on); }
    int changes = 0;
    QStringList actions;
    QList<EscalationStage> stages;
    QList<bool> floods;
};
} // namespace

class TestAlarmEngine : public QObject
{
    Q_OBJECT

private slots:
    void aClearOlderThanTheActivationItWouldClearIsIgnored()
    {
        EngineFixture f;
        f.send(true);
        cp::core::AlarmEvent late = f.event(false, 2);
        late.time = f.now.addSecs(-30); // sent before the activation, arrived after it
        QCOMPARE(f.engine.apply(late), ApplyOutcome::Late);
        QCOMPARE(f.state(), AlarmState::UnacknowledgedActive);
        QVERIFY(f.engine.find(EngineFixture::key())->conditionActive);
        QCOMPARE(f.engine.find(EngineFixture::key())->value, 30.0);
    }

    void aResentEventChangesNothing()
    {
        EngineFixture f;
        const cp::core::AlarmEvent raised = f.event(true);
        f.engine.apply(raised);
        f.advance(1000);
        f.send(false);
        QCOMPARE(f.engine.apply(raised), ApplyOutcome::Late);
        QCOMPARE(f.state(), AlarmState::UnacknowledgedCleared);
        QCOMPARE(f.engine.find(EngineFixture::key())->activationCount, 1);
    }

    void anAlarmNoRuleJudgedIsShownUnclassifiedAndHigh()
    {
        EngineFixture f;
        cp::core::AlarmEvent e = f.event(true, 3);
        e.kind = QStringLiteral("toxic_h2s"); // a name no rule knows
        f.engine.apply(e);
        const cp::core::Alarm *a = f.engine.find({e.enterpriseId, e.sensorId, e.kind});
        QVERIFY(a);
        QVERIFY(!a->classified);
        QCOMPARE(a->priority, AlarmPriority::High);
        QCOMPARE(a->explanation, QStringLiteral("no rule for toxic_h2s"));
        f.send(true);
        QVERIFY(f.engine.find(EngineFixture::key())->classified);
    }

    void suppressionAndRemovalFromServiceNeedAReasonAndKeepIt()
    {
        EngineFixture f;
        f.send(true);
        QVERIFY(!f.engine.suppress(EngineFixture::key(), officer, QStringLiteral(" ")).accepted);
        QVERIFY(!f.engine.removeFromService(EngineFixture::key(), officer, QString()).accepted);
        QCOMPARE(f.state(), AlarmState::UnacknowledgedActive);
        QVERIFY(f.engine.removeFromService(EngineFixture::key(), officer, QStringLiteral("detector GT-01 recalibrated")).accepted);
        const cp::core::Alarm *a = f.engine.find(EngineFixture::key());
        QCOMPARE(a->state, AlarmState::OutOfService);
        QCOMPARE(a->stateBy, officer);
        QCOMPARE(a->stateAt, f.now);
        QCOMPARE(a->stateReason, QStringLiteral("detector GT-01 recalibrated"));
        QVERIFY(f.engine.returnToService(EngineFixture::key(), officer).accepted);
        QCOMPARE(f.state(), AlarmState::UnacknowledgedActive);
        QVERIFY(f.engine.find(EngineFixture::key())->stateReason.isEmpty());
    }

    void restoredAlarmsKeepTheirStatesAndTimers()
    {
        QList<cp::core::Alarm> stored;
        {
            EngineFixture f;
            f.send(true);
            QVERIFY(f.engine.acknowledge(EngineFixture::key(), officer).accepted);
            QVERIFY(f.engine.shelve(EngineFixture::key(), officer, 60 * 60 * 1000, QStringLiteral("hot work permit")).accepted);
            f.send(true, QStringLiteral("GT-02"));
            stored = f.engine.alarms();
        }
        EngineFixture restarted;
        restarted.engine.restore(stored);
        QCOMPARE(restarted.engine.size(), 2);
        QCOMPARE(restarted.state(), AlarmState::Shelved);
        QCOMPARE(restarted.state(QStringLiteral("GT-02")), AlarmState::UnacknowledgedActive);
        QCOMPARE(restarted.engine.find(EngineFixture::key())->stateReason, QStringLiteral("hot work permit"));
        QCOMPARE(restarted.engine.find(EngineFixture::key())->acknowledgedBy, officer);
        restarted.advance(60 * 60 * 1000 - 1);
        restarted.engine.tick();
        QCOMPARE(restarted.state(), AlarmState::Shelved); // the shelve's hour runs on from when it was given
        restarted.advance(1);
        restarted.engine.tick();
        QCOMPARE(restarted.state(), AlarmState::UnacknowledgedActive);
        // The restored unacknowledged alarm escalates on its own schedule, from when it was raised.
        QCOMPARE(restarted.engine.find(EngineFixture::key(QStringLiteral("GT-02")))->escalation,
                 EscalationStage::ShiftLeader);
    }

    void revertPutsBackWhatTheStoreHolds()
    {
        EngineFixture f;
        f.send(true);
        AlarmEngine::Undo undo;
        f.engine.remember(undo, EngineFixture::key());
        f.engine.remember(undo, EngineFixture::key(QStringLiteral("GT-02")));
        f.advance(1000);
        f.send(false);
        f.send(true, QStringLiteral("GT-02"));
        f.engine.revert(undo);
        QCOMPARE(f.state(), AlarmState::UnacknowledgedActive);
        QVERIFY(!f.engine.find(EngineFixture::key(QStringLiteral("GT-02"))));
        QCOMPARE(f.engine.size(), 1);
    }

    void anAlarmFromAnotherSeatIsPlacedInThisEnginesRegistry()
    {
        // A stored row carries no registry facts: the seat that adopts it knows the enterprise.
        EngineFixture f;
        cp::core::Alarm stored;
        stored.key = EngineFixture::key(QStringLiteral("GT-07"));
        stored.state = AlarmState::UnacknowledgedActive;
        AlarmEngine::Undo adopt;
        adopt.insert(stored.key, stored);
        f.engine.revert(adopt);
        QVERIFY(f.engine.find(stored.key)->enterpriseKnown);
        QCOMPARE(f.engine.find(stored.key)->sectorId, QStringLiteral("hazchem"));
    }

    void anUnknownEnterpriseIsKeptAndMarked()
    {
        EngineFixture f;
        f.engine.apply(f.event(true, 30, QStringLiteral("GT-09"), QStringLiteral("X999")));
        const cp::core::Alarm *a = f.engine.find({QStringLiteral("X999"), QStringLiteral("GT-09"), QStringLiteral("combustible_gas")});
        QVERIFY(a);
        QVERIFY(!a->enterpriseKnown);
        QCOMPARE(a->state, AlarmState::UnacknowledgedActive);
        QCOMPARE(f.engine.find(EngineFixture::key(QStringLiteral("GT-09"), QStringLiteral("X999")))->sectorId, QString());
        f.send(true);
        QVERIFY(f.engine.find(EngineFixture::key())->enterpriseKnown);
        QCOMPARE(f.engine.find(EngineFixture::key())->sectorId, QStringLiteral("hazchem"));
    }

    void thePriorityFollowsTheReading()
    {
        EngineFixture f;
        f.engine.apply(f.event(true, 30));
        QCOMPARE(f.engine.find(EngineFixture::key())->priority, AlarmPriority::Medium);
        f.engine.apply(f.event(true, 55));
        const cp::core::Alarm *a = f.engine.find(EngineFixture::key());
        QCOMPARE(a->priority, AlarmPriority::High);
        QCOMPARE(a->threshold, 50.0);
        QCOMPARE(f.engine.history().at(f.engine.episodeOf(a->key))->priority, AlarmPriority::High);
    }

    void threeActivationsInAMinuteAreChattering()
    {
        EngineFixture f;
        for (int i = 0; i < 2; ++i) {
            f.send(true);
            f.advance(10000);
            f.send(false);
            f.advance(10000);
        }
        QVERIFY(!f.engine.find(EngineFixture::key())->chattering);
        f.send(true); // third activation at 40 s
        const cp::core::Alarm *a = f.engine.find(EngineFixture::key());
        QVERIFY(a->chattering);
        QCOMPARE(a->activationCount, 3);
        QCOMPARE(f.engine.size(), 1); // grouped: one row, however often it chatters
        f.advance(61000);
        f.engine.tick();
        QVERIFY(!f.engine.find(EngineFixture::key())->chattering);
    }

    void threeActivationsSpreadOverMoreThanAMinuteDoNotChatter()
    {
        EngineFixture f;
        for (int i = 0; i < 3; ++i) {
            f.send(true);
            f.advance(15000);
            f.send(false);
            f.advance(16000);
        }
        QVERIFY(!f.engine.find(EngineFixture::key())->chattering);
    }

    void elevenStartsInTenMinutesStartAFloodAndFewerThanFiveEndIt()
    {
        EngineFixture f;
        Recorder r;
        f.engine.setObserver(&r);
        for (int i = 0; i < 10; ++i) {
            f.send(true, QStringLiteral("GT-%1").arg(i));
            f.advance(50 * 1000);
        }
        QVERIFY(!f.engine.inFlood()); // 10 starts in 7.5 min: not more than 10
        f.send(true, QStringLiteral("GT-10"));
        QVERIFY(f.engine.inFlood());
        QCOMPARE(r.floods, QList<bool>{true});
        QCOMPARE(f.engine.enterpriseGroups().size(), 1);
        QCOMPARE(f.engine.enterpriseGroups().first().unacknowledged, 11);
        // The window slides: 6 starts left in it is still a flood (ends below 5) …
        f.advance(6 * 50 * 1000 + 1000);
        f.engine.tick();
        QCOMPARE(f.engine.recentStarts(), 6);
        QVERIFY(f.engine.inFlood());
        f.advance(2 * 50 * 1000);
        f.engine.tick();
        QCOMPARE(f.engine.recentStarts(), 4);
        QVERIFY(!f.engine.inFlood());
        QCOMPARE(r.floods, (QList<bool>{true, false}));
    }

    void aShelvedAlarmComesBackUnacknowledgedWhenItsTimeRunsOut()
    {
        EngineFixture f;
        f.send(true);
        QVERIFY(f.engine.acknowledge(EngineFixture::key(), officer).accepted);
        QVERIFY(f.engine.shelve(EngineFixture::key(), officer, 10 * 60 * 1000, QStringLiteral("detector under repair")).accepted);
        f.advance(10 * 60 * 1000 - 1);
        f.engine.tick();
        QCOMPARE(f.state(), AlarmState::Shelved);
        f.advance(1);
        f.engine.tick();
        QCOMPARE(f.state(), AlarmState::UnacknowledgedActive);
        const AuditRecord &last = f.audit.records.last();
        QCOMPARE(last.user, QStringLiteral("system"));
        QCOMPARE(last.action, QStringLiteral("shelve_expired"));
        QVERIFY(!f.engine.find(EngineFixture::key())->shelvedUntil.isValid());
    }

    void anUnacknowledgedAlarmEscalatesOnItsPrioritysSchedule_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("renotifyMs");
        QTest::addColumn<qint64>("shiftLeaderMs");
        const AlarmEngineSettings s;
        QTest::newRow("a level-1 gas alarm (medium) waits 5 then 15 minutes")
            << 30.0 << s.escalationFor(AlarmPriority::Medium).renotifyAfterMs << s.escalationFor(AlarmPriority::Medium).shiftLeaderAfterMs;
        QTest::newRow("a level-2 gas alarm (high) waits 2 then 5 minutes")
            << 60.0 << s.escalationFor(AlarmPriority::High).renotifyAfterMs << s.escalationFor(AlarmPriority::High).shiftLeaderAfterMs;
    }

    void anUnacknowledgedAlarmEscalatesOnItsPrioritysSchedule()
    {
        QFETCH(double, value);
        QFETCH(qint64, renotifyMs);
        QFETCH(qint64, shiftLeaderMs);
        EngineFixture f;
        Recorder r;
        f.engine.setObserver(&r);
        f.engine.apply(f.event(true, value));
        f.advance(renotifyMs - 1);
        f.engine.tick();
        QVERIFY(r.stages.isEmpty());
        f.advance(1);
        f.engine.tick();
        QCOMPARE(r.stages, QList<EscalationStage>{EscalationStage::Renotified});
        f.engine.tick();
        QCOMPARE(r.stages.size(), 1); // once per stage
        f.advance(shiftLeaderMs - renotifyMs);
        f.engine.tick();
        QCOMPARE(r.stages, (QList<EscalationStage>{EscalationStage::Renotified, EscalationStage::ShiftLeader}));
        QCOMPARE(r.actions.last(), QStringLiteral("escalate:shift_leader"));
        QVERIFY(f.engine.acknowledge(EngineFixture::key(), officer).accepted);
        QCOMPARE(f.engine.find(EngineFixture::key())->escalation, EscalationStage::None);
    }

    void anAcknowledgedAlarmDoesNotEscalate()
    {
        EngineFixture f;
        Recorder r;
        f.engine.setObserver(&r);
        f.send(true);
        QVERIFY(f.engine.acknowledge(EngineFixture::key(), officer).accepted);
        f.advance(24 * 3600 * 1000LL);
        f.engine.tick();
        QVERIFY(r.stages.isEmpty());
    }

    void anAlarmActiveForMoreThanADayIsStale()
    {
        EngineFixture f;
        f.send(true);
        f.advance(24 * 3600 * 1000LL);
        f.engine.tick();
        QVERIFY(!f.engine.find(EngineFixture::key())->stale);
        f.advance(1);
        f.engine.tick();
        QVERIFY(f.engine.find(EngineFixture::key())->stale);
        f.send(false);
        QVERIFY(!f.engine.find(EngineFixture::key())->stale);
    }

    void theLoopClosesWithAVerificationAndASearchableHistory()
    {
        EngineFixture f;
        f.send(true);
        QVERIFY(!f.engine.verify(EngineFixture::key(), officer, Verification::FalseAlarm, QStringLiteral("x")).accepted);
        f.advance(30000);
        QVERIFY(f.engine.acknowledge(EngineFixture::key(), officer, QStringLiteral("calling the plant")).accepted);
        QVERIFY(!f.engine.verify(EngineFixture::key(), officer, Verification::None, QStringLiteral("x")).accepted);
        QVERIFY(!f.engine.verify(EngineFixture::key(), officer, Verification::TestOrMaintenance, QString()).accepted);
        QVERIFY(f.engine.verify(EngineFixture::key(), officer, Verification::TestOrMaintenance,
                                QStringLiteral("detector calibration")).accepted);
        QVERIFY(f.engine.addComment(EngineFixture::key(), QStringLiteral("leader.wang"), QStringLiteral("noted")).accepted);
        QVERIFY(!f.engine.addComment(EngineFixture::key(), officer, QStringLiteral(" ")).accepted);
        f.send(false);
        QCOMPARE(f.state(), AlarmState::Normal);
        f.engine.apply(f.event(true, 30, QStringLiteral("T1-01"), QStringLiteral("E0002")));

        const QStringList actions = [&] {
            QStringList a;
            for (const AuditRecord &r : f.audit.records)
                a << r.action + QLatin1Char('/') + r.user + QLatin1Char('/') + r.comment;
            return a;
        }();
        QCOMPARE(actions, (QStringList{QStringLiteral("acknowledge/duty.li/calling the plant"),
                                       QStringLiteral("verify:test_maintenance/duty.li/detector calibration"),
                                       QStringLiteral("comment/leader.wang/noted")}));

        QCOMPARE(f.engine.history().size(), 2);
        HistoryQuery byOfficer;
        byOfficer.acknowledgedBy = officer;
        const QList<AlarmEpisode> mine = f.engine.history().search(byOfficer);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().verification, Verification::TestOrMaintenance);
        QVERIFY(mine.first().normalAt.isValid());
        HistoryQuery bySector;
        bySector.sectorId = QStringLiteral("coalmine");
        QCOMPARE(f.engine.history().search(bySector).size(), 1);
        HistoryQuery byKind;
        byKind.kind = EngineFixture::key().kind;
        QCOMPARE(f.engine.history().search(byKind).size(), 2);
        byKind.kind = QStringLiteral("tank_level");
        QCOMPARE(f.engine.history().search(byKind).size(), 0);
        HistoryQuery byEnterpriseAndTime;
        byEnterpriseAndTime.enterpriseId = QStringLiteral("E0001");
        byEnterpriseAndTime.from = f.now.addSecs(-3600);
        byEnterpriseAndTime.to = f.now.addSecs(-1);
        QCOMPARE(f.engine.history().search(byEnterpriseAndTime).size(), 1);
        byEnterpriseAndTime.to = f.now.addSecs(-3000);
        QCOMPARE(f.engine.history().search(byEnterpriseAndTime).size(), 0);
    }

    void whatIsBackToNormalLeavesMemoryAfterTheHorizon()
    {
        AlarmEngineSettings settings;
        settings.forgetAfterMs = 60 * 60 * 1000; // the sweep runs at most every 5 min
        EngineFixture f(settings);
        const QString quiet = QStringLiteral("GT-quiet"), unacked = QStringLiteral("GT-unacked"),
                      acked = QStringLiteral("GT-acked"), onlyCleared = QStringLiteral("GT-cleared"),
                      back = QStringLiteral("GT-back");
        for (const QString &sensor : {quiet, unacked, acked, back})
            f.send(true, sensor);
        for (const QString &sensor : {quiet, acked, back})
            QVERIFY(f.engine.acknowledge(EngineFixture::key(sensor), officer).accepted);
        f.send(false, quiet);
        f.send(false, back);
        f.send(false, onlyCleared); // a clear for an alarm never seen active: a new alarm in Normal
        QCOMPARE(f.state(quiet), AlarmState::Normal);
        QVERIFY(f.engine.find(EngineFixture::key(onlyCleared)));
        f.engine.tick();

        f.advance(30 * 60 * 1000);
        f.send(true, back); // raised again before the horizon: it is not quiet any more
        f.advance(29 * 60 * 1000);
        f.engine.tick();
        QCOMPARE(f.engine.size(), 5);
        QCOMPARE(f.engine.history().size(), 5);
        QVERIFY(f.audit.removed.isEmpty());

        f.advance(6 * 60 * 1000); // 65 min after they went back to normal
        f.engine.tick();
        QStringList removed;
        for (const cp::core::AlarmKey &key : f.audit.removed)
            removed << key.sensorId;
        removed.sort();
        QCOMPARE(removed, (QStringList{onlyCleared, quiet}));
        QVERIFY(!f.engine.find(EngineFixture::key(quiet)));
        QVERIFY(!f.engine.find(EngineFixture::key(onlyCleared)));
        QCOMPARE(f.engine.size(), 3);
        QCOMPARE(f.state(unacked), AlarmState::UnacknowledgedActive);
        QCOMPARE(f.state(acked), AlarmState::AcknowledgedActive);
        QCOMPARE(f.state(back), AlarmState::UnacknowledgedActive);
        // Kept: the open episodes of unacked, acked and back; gone: quiet's and back's first, closed.
        QCOMPARE(f.engine.history().size(), 3);
        QVERIFY(f.engine.history().at(f.engine.episodeOf(EngineFixture::key(back))));

        // A forgotten alarm that comes back starts afresh, as after a restart.
        f.send(true, quiet);
        QCOMPARE(f.state(quiet), AlarmState::UnacknowledgedActive);
        QCOMPARE(f.engine.find(EngineFixture::key(quiet))->activationCount, 1);
        QCOMPARE(f.engine.history().size(), 4);
    }

    void aNewEpisodeStartsUnverified()
    {
        EngineFixture f;
        f.send(true);
        QVERIFY(f.engine.acknowledge(EngineFixture::key(), officer).accepted);
        QVERIFY(f.engine.verify(EngineFixture::key(), officer, Verification::Real, QStringLiteral("confirmed leak")).accepted);
        f.send(false);
        f.send(true);
        const cp::core::Alarm *a = f.engine.find(EngineFixture::key());
        QCOMPARE(a->verification, Verification::None);
        QVERIFY(a->acknowledgedBy.isEmpty());
        QCOMPARE(f.engine.history().size(), 2);
    }

    void theObserverHearsEveryChange()
    {
        EngineFixture f;
        Recorder r;
        f.engine.setObserver(&r);
        f.send(true);
        f.engine.acknowledge(EngineFixture::key(), officer);
        QCOMPARE(r.changes, 2);
        QCOMPARE(r.actions, QStringList{QStringLiteral("acknowledge")});
    }
};

QTEST_GUILESS_MAIN(TestAlarmEngine)
#include "tst_alarmengine.moc"
