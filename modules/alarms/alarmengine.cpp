// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/alarmengine.h"

#include "alarms/tr.h"

#include <algorithm>

namespace cp::alarms {

using core::AlarmState;

namespace {
const QString systemUser = QStringLiteral("system");

bool isUnacknowledged(AlarmState s)
{
    return s == AlarmState::UnacknowledgedActive || s == AlarmState::UnacknowledgedCleared;
}

bool isAnnunciated(AlarmState s)
{
    return isUnacknowledged(s) || s == AlarmState::AcknowledgedActive;
}
} // namespace

AlarmEngine::AlarmEngine(const Classifier &classifier, const AlarmEngineSettings &settings, Clock clock)
    : m_classifier(classifier)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_seen(settings.dedupeCapacity)
{
}

void AlarmEngine::setEnterpriseSectors(const QHash<QString, QString> &sectorByEnterprise)
{
    m_sectorByEnterprise = sectorByEnterprise;
    for (TrackedAlarm &a : m_alarms) {
        const auto it = m_sectorByEnterprise.constFind(a.key.enterpriseId);
        a.enterpriseKnown = it != m_sectorByEnterprise.constEnd();
        a.sectorId = a.enterpriseKnown ? it.value() : QString();
    }
}

ApplyOutcome AlarmEngine::apply(const AlarmEvent &event)
{
    if (!m_seen.insert(event.id))
        return ApplyOutcome::Duplicate;
    const QDateTime now = m_clock();
    const AlarmKey key = AlarmKey::of(event);
    auto it = m_alarms.find(key);
    if (it == m_alarms.end()) {
        TrackedAlarm fresh;
        fresh.key = key;
        fresh.alarm.enterpriseId = key.enterpriseId;
        fresh.alarm.sensorId = key.sensorId;
        fresh.alarm.kind = key.kind;
        fresh.episode = -1;
        const auto sector = m_sectorByEnterprise.constFind(key.enterpriseId);
        fresh.enterpriseKnown = sector != m_sectorByEnterprise.constEnd();
        if (fresh.enterpriseKnown)
            fresh.sectorId = sector.value();
        it = m_alarms.insert(key, fresh);
    }
    TrackedAlarm &a = it.value();
    a.alarm.value = event.value;
    a.alarm.unit = event.unit;
    a.alarm.updatedAt = event.time;
    a.alarm.message = event.message;
    const bool wasActive = a.conditionActive;
    a.conditionActive = event.active;
    if (event.active) {
        const Classification c = m_classifier.classify(event, a.sectorId);
        a.alarm.priority = c.priority;
        a.alarm.threshold = c.threshold;
        a.responseLevel = c.responseLevel;
        a.explanation = c.explanation;
        if (!wasActive) {
            a.alarm.id = event.id;
            a.alarm.raisedAt = event.time;
            recordActivation(a, now);
        }
    } else {
        a.activeSince = QDateTime();
        a.stale = false;
    }

    const AlarmState from = a.alarm.state;
    const auto to = nextState(from, event.active ? AlarmTrigger::ConditionActive : AlarmTrigger::ConditionCleared,
                              a.conditionActive);
    ApplyOutcome outcome = ApplyOutcome::Updated;
    if (to && *to != from) {
        enterState(a, *to, now);
        outcome = ApplyOutcome::Transitioned;
    }
    if (AlarmEpisode *e = m_history.at(a.episode); e && !e->normalAt.isValid() && a.alarm.priority > e->priority)
        e->priority = a.alarm.priority;
    notifyChanged(a);
    return outcome;
}

void AlarmEngine::recordActivation(TrackedAlarm &a, const QDateTime &now)
{
    a.activeSince = now;
    ++a.activationCount;
    a.recentActivations.append(now);
    const QDateTime windowStart = now.addMSecs(-m_settings.chatterWindowMs);
    while (!a.recentActivations.isEmpty() && a.recentActivations.first() <= windowStart)
        a.recentActivations.removeFirst();
    if (a.recentActivations.size() >= m_settings.chatterActivations)
        a.chattering = true;
}

void AlarmEngine::enterState(TrackedAlarm &a, AlarmState to, const QDateTime &now)
{
    const AlarmState from = a.alarm.state;
    a.alarm.state = to;
    AlarmEpisode *episode = m_history.at(a.episode);
    const bool episodeOpen = episode && !episode->normalAt.isValid();
    if (to == AlarmState::UnacknowledgedActive) {
        if (!episodeOpen) {
            AlarmEpisode e;
            e.key = a.key;
            e.eventId = a.alarm.id;
            e.sectorId = a.sectorId;
            e.priority = a.alarm.priority;
            e.raisedAt = a.alarm.raisedAt;
            a.episode = m_history.open(e);
            a.acknowledgedBy.clear();
            a.acknowledgedAt = QDateTime();
            a.verification = Verification::None;
            a.verificationReason.clear();
            a.verifiedBy.clear();
        }
        countStart(now);
    }
    if (isUnacknowledged(to) && !isUnacknowledged(from)) {
        a.unacknowledgedSince = now;
        a.escalation = EscalationStage::None;
    }
    if (!isUnacknowledged(to))
        a.escalation = EscalationStage::None;
    if (to != AlarmState::Shelved)
        a.shelvedUntil = QDateTime();
    if (to == AlarmState::Normal) {
        if (AlarmEpisode *e = m_history.at(a.episode); e && !e->normalAt.isValid())
            e->normalAt = now;
    }
}

void AlarmEngine::countStart(const QDateTime &now)
{
    m_starts.push_back(now.toMSecsSinceEpoch());
    pruneStarts(now);
    if (!m_inFlood && static_cast<int>(m_starts.size()) > m_settings.floodStartAbove) {
        m_inFlood = true;
        if (m_observer)
            m_observer->floodChanged(true, now);
    }
}

void AlarmEngine::pruneStarts(const QDateTime &now)
{
    const qint64 windowStart = now.toMSecsSinceEpoch() - m_settings.floodWindowMs;
    while (!m_starts.empty() && m_starts.front() <= windowStart)
        m_starts.pop_front();
}

ActionResult AlarmEngine::acknowledge(const AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::Acknowledge, user, comment);
}

ActionResult AlarmEngine::shelve(const AlarmKey &key, const QString &user, qint64 durationMs, const QString &comment)
{
    return act(key, AlarmTrigger::Shelve, user, comment, durationMs);
}

ActionResult AlarmEngine::unshelve(const AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::Unshelve, user, comment);
}

ActionResult AlarmEngine::suppress(const AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::Suppress, user, comment);
}

ActionResult AlarmEngine::unsuppress(const AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::Unsuppress, user, comment);
}

ActionResult AlarmEngine::removeFromService(const AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::RemoveFromService, user, comment);
}

ActionResult AlarmEngine::returnToService(const AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::ReturnToService, user, comment);
}

ActionResult AlarmEngine::act(const AlarmKey &key, AlarmTrigger trigger, const QString &user, const QString &comment,
                              qint64 shelveMs)
{
    if (!isOperatorAction(trigger))
        return {false, Tr::tr("%1 is not an operator action").arg(toKey(trigger))};
    if (user.trimmed().isEmpty())
        return {false, Tr::tr("An operator action needs the user who takes it")};
    auto it = m_alarms.find(key);
    if (it == m_alarms.end())
        return {false, Tr::tr("No alarm %1").arg(key.toString())};
    TrackedAlarm &a = it.value();
    const AlarmState from = a.alarm.state;
    const auto to = nextState(from, trigger, a.conditionActive);
    if (!to) {
        return {false, Tr::tr("Cannot %1 alarm %2: it is %3")
                           .arg(toKey(trigger), key.toString(), core::displayName(from))};
    }
    if (trigger == AlarmTrigger::Shelve && (shelveMs <= 0 || shelveMs > m_settings.maxShelveMs)) {
        return {false, Tr::tr("Cannot shelve alarm %1 for %2 min: allowed up to %3 min")
                           .arg(key.toString())
                           .arg(shelveMs / 60000.0)
                           .arg(m_settings.maxShelveMs / 60000.0)};
    }
    const QDateTime now = m_clock();
    enterState(a, *to, now);
    if (trigger == AlarmTrigger::Shelve)
        a.shelvedUntil = now.addMSecs(shelveMs);
    if (trigger == AlarmTrigger::Acknowledge) {
        a.acknowledgedBy = user;
        a.acknowledgedAt = now;
        if (AlarmEpisode *e = m_history.at(a.episode)) {
            e->acknowledgedBy = user;
            e->acknowledgedAt = now;
        }
    }
    audit(a, user, toKey(trigger), from, comment, now);
    notifyChanged(a);
    return {true, QString()};
}

ActionResult AlarmEngine::addComment(const AlarmKey &key, const QString &user, const QString &comment)
{
    if (user.trimmed().isEmpty())
        return {false, Tr::tr("An operator action needs the user who takes it")};
    if (comment.trimmed().isEmpty())
        return {false, Tr::tr("A comment needs text")};
    const auto it = m_alarms.constFind(key);
    if (it == m_alarms.constEnd())
        return {false, Tr::tr("No alarm %1").arg(key.toString())};
    audit(it.value(), user, QStringLiteral("comment"), it.value().alarm.state, comment, m_clock());
    return {true, QString()};
}

ActionResult AlarmEngine::verify(const AlarmKey &key, const QString &user, Verification verification,
                                 const QString &reason)
{
    if (user.trimmed().isEmpty())
        return {false, Tr::tr("An operator action needs the user who takes it")};
    auto it = m_alarms.find(key);
    if (it == m_alarms.end())
        return {false, Tr::tr("No alarm %1").arg(key.toString())};
    if (verification == Verification::None)
        return {false, Tr::tr("A verification must say real, false alarm or test/maintenance")};
    if (reason.trimmed().isEmpty())
        return {false, Tr::tr("A verification needs the reason the enterprise gave")};
    TrackedAlarm &a = it.value();
    if (!a.acknowledgedAt.isValid())
        return {false, Tr::tr("Alarm %1 must be acknowledged before it is verified").arg(key.toString())};
    a.verification = verification;
    a.verificationReason = reason;
    a.verifiedBy = user;
    if (AlarmEpisode *e = m_history.at(a.episode)) {
        e->verification = verification;
        e->verificationReason = reason;
    }
    audit(a, user, QStringLiteral("verify:") + toKey(verification), a.alarm.state, reason, m_clock());
    notifyChanged(a);
    return {true, QString()};
}

void AlarmEngine::tick()
{
    const QDateTime now = m_clock();
    const QDateTime chatterStart = now.addMSecs(-m_settings.chatterWindowMs);
    for (TrackedAlarm &a : m_alarms) {
        bool changed = false;
        if (a.alarm.state == AlarmState::Shelved && a.shelvedUntil.isValid() && a.shelvedUntil <= now) {
            const AlarmState from = a.alarm.state;
            if (const auto to = nextState(from, AlarmTrigger::ShelveExpired, a.conditionActive)) {
                enterState(a, *to, now);
                audit(a, systemUser, toKey(AlarmTrigger::ShelveExpired), from, QString(), now);
                changed = true;
            }
        }
        if (a.alarm.state == AlarmState::UnacknowledgedActive && a.unacknowledgedSince.isValid()) {
            const auto &rule = m_settings.escalationFor(a.alarm.priority);
            const qint64 waited = a.unacknowledgedSince.msecsTo(now);
            EscalationStage stage = a.escalation;
            if (waited >= rule.shiftLeaderAfterMs)
                stage = EscalationStage::ShiftLeader;
            else if (waited >= rule.renotifyAfterMs && stage == EscalationStage::None)
                stage = EscalationStage::Renotified;
            if (stage != a.escalation) {
                a.escalation = stage;
                audit(a, systemUser,
                      stage == EscalationStage::ShiftLeader ? QStringLiteral("escalate:shift_leader")
                                                            : QStringLiteral("escalate:renotify"),
                      a.alarm.state, QString(), now);
                if (m_observer)
                    m_observer->escalated(a, stage);
                changed = true;
            }
        }
        const bool stale = a.conditionActive && a.activeSince.isValid()
                           && a.activeSince.msecsTo(now) > m_settings.staleAfterMs;
        if (stale != a.stale) {
            a.stale = stale;
            changed = true;
        }
        while (!a.recentActivations.isEmpty() && a.recentActivations.first() <= chatterStart)
            a.recentActivations.removeFirst();
        if (a.chattering && a.recentActivations.size() < m_settings.chatterActivations) {
            a.chattering = false;
            changed = true;
        }
        if (changed)
            notifyChanged(a);
    }
    pruneStarts(now);
    if (m_inFlood && static_cast<int>(m_starts.size()) < m_settings.floodEndBelow) {
        m_inFlood = false;
        if (m_observer)
            m_observer->floodChanged(false, now);
    }
}

const TrackedAlarm *AlarmEngine::find(const AlarmKey &key) const
{
    const auto it = m_alarms.constFind(key);
    return it == m_alarms.constEnd() ? nullptr : &it.value();
}

QList<TrackedAlarm> AlarmEngine::alarms() const { return m_alarms.values(); }

QList<EnterpriseGroup> AlarmEngine::enterpriseGroups() const
{
    QHash<QString, EnterpriseGroup> groups;
    for (const TrackedAlarm &a : m_alarms) {
        if (!isAnnunciated(a.alarm.state))
            continue;
        EnterpriseGroup &g = groups[a.key.enterpriseId];
        g.enterpriseId = a.key.enterpriseId;
        g.known = a.enterpriseKnown;
        if (isUnacknowledged(a.alarm.state))
            ++g.unacknowledged;
        if (a.conditionActive)
            ++g.active;
        g.highest = std::max(g.highest, a.alarm.priority);
    }
    QList<EnterpriseGroup> sorted = groups.values();
    std::sort(sorted.begin(), sorted.end(), [](const EnterpriseGroup &x, const EnterpriseGroup &y) {
        if (x.unacknowledged != y.unacknowledged)
            return x.unacknowledged > y.unacknowledged;
        return x.enterpriseId < y.enterpriseId;
    });
    return sorted;
}

void AlarmEngine::audit(const TrackedAlarm &a, const QString &user, const QString &action, AlarmState from,
                        const QString &comment, const QDateTime &now)
{
    AuditRecord r{user, now, action, a.key, from, a.alarm.state, comment};
    m_audit.append(r);
    if (m_observer)
        m_observer->audited(r);
}

void AlarmEngine::notifyChanged(const TrackedAlarm &a)
{
    if (m_observer)
        m_observer->alarmChanged(a);
}

} // namespace cp::alarms
