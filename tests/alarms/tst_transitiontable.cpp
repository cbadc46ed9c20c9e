// SPDX-License-Identifier: GPL-2.0-or-later
// Every row of DOMAIN.md §1.2, and every operator action in every state, through the engine.
#include "enginefixture.h"

#include <QtTest>

using namespace cp::alarms;
using cp::core::AlarmState;
using cp::test::EngineFixture;

Q_DECLARE_METATYPE(cp::core::AlarmState)
Q_DECLARE_METATYPE(cp::alarms::AlarmTrigger)

namespace {
constexpr AlarmState N = AlarmState::Normal;
constexpr AlarmState B = AlarmState::UnacknowledgedActive;
constexpr AlarmState C = AlarmState::AcknowledgedActive;
constexpr AlarmState D = AlarmState::UnacknowledgedCleared;
constexpr AlarmState E = AlarmState::Shelved;
constexpr AlarmState F = AlarmState::SuppressedByDesign;
constexpr AlarmState G = AlarmState::OutOfService;
using T = AlarmTrigger;

// DOMAIN.md §1.2 transcribed: (from, condition active?, trigger) → to. Absent = refused (operator)
// or no change (process). Shelved/suppressed/out-of-service are entered with the condition both
// active and cleared, since leaving them recomputes the state from the condition.
struct Expected
{
    AlarmState from;
    bool active;
    T trigger;
    AlarmState to;
};
const Expected domainTable[] = {
    {N, false, T::ConditionActive, B},
    {N, false, T::Shelve, E}, {B, true, T::Shelve, E}, {C, true, T::Shelve, E},
    {N, false, T::Suppress, F}, {B, true, T::Suppress, F}, {C, true, T::Suppress, F},
    {N, false, T::RemoveFromService, G}, {B, true, T::RemoveFromService, G}, {C, true, T::RemoveFromService, G},
    {B, true, T::Acknowledge, C},
    {B, true, T::ConditionCleared, D},
    {C, true, T::ConditionCleared, N},
    {D, false, T::Acknowledge, N},
    {D, false, T::ConditionActive, B},
    {E, true, T::Unshelve, B}, {E, false, T::Unshelve, N},
    {E, true, T::ShelveExpired, B}, {E, false, T::ShelveExpired, N},
    {F, true, T::Unsuppress, B}, {F, false, T::Unsuppress, N},
    {G, true, T::ReturnToService, B}, {G, false, T::ReturnToService, N},
    // Forced inactive in the list while shelved / suppressed / out of service (DEIF p.105).
    {E, true, T::ConditionCleared, E}, {E, false, T::ConditionActive, E},
    {F, true, T::ConditionCleared, F}, {F, false, T::ConditionActive, F},
    {G, true, T::ConditionCleared, G}, {G, false, T::ConditionActive, G},
};

// The reachable (state, condition) pairs.
const QList<QPair<AlarmState, bool>> situations = {
    {N, false}, {B, true}, {C, true}, {D, false}, {E, true}, {E, false}, {F, true}, {F, false}, {G, true}, {G, false},
};

const QString officer = QStringLiteral("duty.li");

void driveTo(EngineFixture &f, AlarmState state, bool active)
{
    const auto key = EngineFixture::key();
    const auto hold = [&](T t) { QVERIFY(f.engine.act(key, t, officer, QStringLiteral("sensor under maintenance"), 3600 * 1000).accepted); };
    f.send(active || state == D);
    switch (state) {
    case N: break;
    case B: break;
    case C: hold(T::Acknowledge); break;
    case D: f.send(false); break;
    case E: hold(T::Shelve); break;
    case F: hold(T::Suppress); break;
    case G: hold(T::RemoveFromService); break;
    }
    QCOMPARE(f.state(), state);
    QCOMPARE(f.engine.find(key)->conditionActive, active);
}

std::optional<AlarmState> expected(AlarmState from, bool active, T trigger)
{
    for (const Expected &e : domainTable) {
        if (e.from == from && e.active == active && e.trigger == trigger)
            return e.to;
    }
    return std::nullopt;
}
} // namespace

class TestTransitionTable : public QObject
{
    Q_OBJECT

private slots:
    void everyTriggerInEveryState_data()
    {
        QTest::addColumn<AlarmState>("from");
        QTest::addColumn<bool>("active");
        QTest::addColumn<AlarmTrigger>("trigger");
        for (const auto &s : situations) {
            for (AlarmTrigger t : allTriggers()) {
                const auto to = expected(s.first, s.second, t);
                const QString name = QStringLiteral("%1 (condition %2) on %3 %4")
                                         .arg(toKey(s.first), s.second ? QStringLiteral("active") : QStringLiteral("cleared"),
                                              toKey(t),
                                              to ? QStringLiteral("becomes ") + toKey(*to)
                                                 : QStringLiteral("is refused or ignored"));
                QTest::newRow(qPrintable(name)) << s.first << s.second << t;
            }
        }
    }

    void everyTriggerInEveryState()
    {
        QFETCH(AlarmState, from);
        QFETCH(bool, active);
        QFETCH(AlarmTrigger, trigger);
        EngineFixture f;
        driveTo(f, from, active);
        const int auditBefore = static_cast<int>(f.audit.records.size());
        const auto to = expected(from, active, trigger);
        const auto key = EngineFixture::key();

        if (trigger == T::ConditionActive || trigger == T::ConditionCleared) {
            f.send(trigger == T::ConditionActive);
            QCOMPARE(f.state(), to.value_or(from));
            return;
        }
        if (trigger == T::ShelveExpired) {
            f.advance(3600 * 1000);
            f.engine.tick();
            QCOMPARE(f.state(), to.value_or(from));
            if (to)
                QCOMPARE(f.audit.records.last().action, QStringLiteral("shelve_expired"));
            return;
        }
        const ActionResult result = f.engine.act(key, trigger, officer, QStringLiteral("table test"), 60 * 1000);
        QCOMPARE(result.accepted, to.has_value());
        if (to) {
            QCOMPARE(f.state(), *to);
            const AuditRecord &r = f.audit.records.last();
            QCOMPARE(r.user, officer);
            QCOMPARE(r.action, toKey(trigger));
            QCOMPARE(r.fromState, from);
            QCOMPARE(r.toState, *to);
            QCOMPARE(r.comment, QStringLiteral("table test"));
            QCOMPARE(r.time, f.now);
        } else {
            QCOMPARE(f.state(), from);
            QVERIFY2(result.message.contains(toKey(trigger)), qPrintable(result.message));
            QCOMPARE(f.audit.records.size(), auditBefore);
        }
    }

    void theTableHasEveryDomainRowAndNoOther()
    {
        for (const Expected &e : domainTable)
            QCOMPARE(nextState(e.from, e.trigger, e.active), std::optional<AlarmState>(e.to));
        for (const Transition &t : transitionTable()) {
            const bool documented = std::any_of(std::begin(domainTable), std::end(domainTable), [&](const Expected &e) {
                return e.from == t.from && e.trigger == t.trigger;
            });
            QVERIFY2(documented, qPrintable(toKey(t.from) + QLatin1Char(' ') + toKey(t.trigger)));
        }
    }

    void anActionNeedsAUserAndAKnownAlarm()
    {
        EngineFixture f;
        f.send(true);
        QVERIFY(!f.engine.acknowledge(EngineFixture::key(), QStringLiteral("  ")).accepted);
        QVERIFY(!f.engine.acknowledge(EngineFixture::key(QStringLiteral("nope")), officer).accepted);
        QVERIFY(!f.engine.act(EngineFixture::key(), T::ShelveExpired, officer).accepted);
        QCOMPARE(f.state(), B);
    }

    void shelvingNeedsADurationWithinTheLimit_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("zero minutes is refused") << qint64(0) << false;
        QTest::newRow("one minute is taken") << qint64(60000) << true;
        QTest::newRow("the maximum is taken") << AlarmEngineSettings().maxShelveMs << true;
        QTest::newRow("past the maximum is refused") << AlarmEngineSettings().maxShelveMs + 1 << false;
    }

    void shelvingNeedsADurationWithinTheLimit()
    {
        QFETCH(qint64, ms);
        QFETCH(bool, accepted);
        EngineFixture f;
        f.send(true);
        QCOMPARE(f.engine.shelve(EngineFixture::key(), officer, ms).accepted, accepted);
        QCOMPARE(f.state(), accepted ? E : B);
    }
};

QTEST_GUILESS_MAIN(TestTransitionTable)
#include "tst_transitiontable.moc"
