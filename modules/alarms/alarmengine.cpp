// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/alarmengine.h"

#include "alarms/tr.h"

#include <algorithm>

namespace cp::alarms {

using core::AlarmState;

using core::AlarmPriority;

namespace {
const QString systemUser = QStringLiteral("system");
} // namespace

AlarmEngine::AlarmEngine(const Classifier &classifier, const AlarmEngineSettings &settings, Clock clock)
    : m_classifier(classifier)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

void AlarmEngine::setEnterpriseSectors(const QHash<QString, QString> &sectorByEnterprise)
{
    m_sectorByEnterprise = sectorByEnterprise;
    for (core::Alarm &a : m_alarms)
        placeInRegistry(a);
}

void AlarmEngine::placeInRegistry(core::Alarm &a) const
{
    const auto it = m_sectorByEnterprise.constFind(a.key.enterpriseId);
    a.enterpriseKnown = it != m_sectorByEnterprise.constEnd();
    a.sectorId = a.enterpriseKnown ? it.value() : QString();
}

namespace {
//! What a classification means for the alarm: a rule's priority, or high visibility when no rule judged it.
void takeClassification(core::Alarm &a, const sectors::Classification &c, const AlarmEngineSettings &settings)
{
    using Status = sectors::Classification::Status;
    a.classified = c.status == Status::Alarm || c.status == Status::Normal || c.status == Status::NotConfigured;
    a.threshold = c.threshold;
    a.explanation = c.explanation;
    a.responseLevel = c.status == Status::Alarm ? c.responseLevel : core::ResponseLevel::None;
    switch (c.status) {
    case Status::Alarm: a.priority = c.priority; break;
    // The source says active below every limit we know: its own (stricter) setpoint fired.
    case Status::Normal: a.priority = AlarmPriority::Low; break;
    // A kind limited only by setpoints the registry does not have: the source's own setpoint fired.
    case Status::NotConfigured: a.priority = AlarmPriority::Medium; break;
    case Status::UnknownKind:
    case Status::BadReading: a.priority = settings.unclassifiedPriority; break;
    }
}
} // namespace

ApplyOutcome AlarmEngine::apply(const core::AlarmEvent &event)
{
    const QDateTime now = m_clock();
    const core::AlarmKey key = core::AlarmKey::of(event);
    auto it = m_alarms.find(key);
    if (it == m_alarms.end()) {
        core::Alarm fresh;
        fresh.key = key;
        const auto sector = m_sectorByEnterprise.constFind(key.enterpriseId);
        fresh.enterpriseKnown = sector != m_sectorByEnterprise.constEnd();
        if (fresh.enterpriseKnown)
            fresh.sectorId = sector.value();
        it = m_alarms.insert(key, fresh);
    }
    core::Alarm &a = it.value();
    if (a.updatedAt.isValid() && event.time < a.updatedAt)
        return ApplyOutcome::Late;
    a.value = event.value;
    a.unit = event.unit;
    a.updatedAt = event.time;
    a.message = event.message;
    const bool wasActive = a.conditionActive;
    a.conditionActive = event.active;
    if (event.active) {
        takeClassification(a, m_classifier.classify(event, a.sectorId), m_settings);
        if (!wasActive) {
            a.feedId = event.feedId;
            a.eventId = event.id;
            a.raisedAt = event.time;
            recordActivation(a, now);
        }
    } else {
        a.activeSince = QDateTime();
        a.stale = false;
    }

    const AlarmState from = a.state;
    const auto to = nextState(from, event.active ? AlarmTrigger::ConditionActive : AlarmTrigger::ConditionCleared,
                              a.conditionActive);
    ApplyOutcome outcome = ApplyOutcome::Updated;
    if (to && *to != from) {
        enterState(a, *to, now);
        outcome = ApplyOutcome::Transitioned;
    }
    if (AlarmEpisode *e = currentEpisode(a); e && !e->normalAt.isValid() && a.priority > e->priority)
        e->priority = a.priority;
    noteQuiet(a, now); // a first event that is a clear leaves a new alarm in Normal without a transition
    notifyChanged(a);
    return outcome;
}

void AlarmEngine::restore(const QList<core::Alarm> &alarms)
{
    m_alarms.clear();
    m_episodes.clear();
    m_quietSince.clear();
    const QDateTime now = m_clock();
    for (core::Alarm a : alarms) {
        placeInRegistry(a);
        if (a.state != AlarmState::Normal)
            openEpisode(a);
        noteQuiet(a, now);
        m_alarms.insert(a.key, a);
    }
}

void AlarmEngine::remember(Undo &undo, const core::AlarmKey &key) const
{
    if (undo.contains(key))
        return;
    const auto it = m_alarms.constFind(key);
    undo.insert(key, it == m_alarms.constEnd() ? std::nullopt : std::optional<core::Alarm>(it.value()));
}

void AlarmEngine::revert(const Undo &undo)
{
    for (auto it = undo.cbegin(); it != undo.cend(); ++it) {
        if (it.value()) {
            // What comes back may be another seat's row from the store, which does not hold these.
            core::Alarm a = *it.value();
            placeInRegistry(a);
            noteQuiet(a, m_clock());
            m_alarms.insert(it.key(), a);
            notifyChanged(a);
        } else if (m_alarms.remove(it.key())) {
            m_quietSince.remove(it.key());
            if (m_observer)
                m_observer->alarmRemoved(it.key());
        }
    }
}

AlarmEpisode *AlarmEngine::currentEpisode(const core::Alarm &a) { return m_history.at(m_episodes.value(a.key, -1)); }

void AlarmEngine::openEpisode(const core::Alarm &a)
{
    AlarmEpisode e;
    e.key = a.key;
    e.eventId = a.eventId;
    e.sectorId = a.sectorId;
    e.priority = a.priority;
    e.raisedAt = a.raisedAt;
    e.acknowledgedBy = a.acknowledgedBy;
    e.acknowledgedAt = a.acknowledgedAt;
    e.verification = a.verification;
    e.verificationReason = a.verificationReason;
    m_episodes.insert(a.key, m_history.open(e));
}

void AlarmEngine::recordActivation(core::Alarm &a, const QDateTime &now)
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

void AlarmEngine::enterState(core::Alarm &a, AlarmState to, const QDateTime &now)
{
    const AlarmState from = a.state;
    a.state = to;
    AlarmEpisode *episode = currentEpisode(a);
    const bool episodeOpen = episode && !episode->normalAt.isValid();
    if (to == AlarmState::UnacknowledgedActive) {
        if (!episodeOpen) {
            a.acknowledgedBy.clear();
            a.acknowledgedAt = QDateTime();
            a.verification = core::Verification::None;
            a.verificationReason.clear();
            a.verifiedBy.clear();
            a.verifiedAt = QDateTime();
            openEpisode(a);
        }
        countStart(now);
    }
    if (core::isUnacknowledged(to) && !core::isUnacknowledged(from)) {
        a.unacknowledgedSince = now;
        a.escalation = core::EscalationStage::None;
    }
    if (!core::isUnacknowledged(to))
        a.escalation = core::EscalationStage::None;
    if (to != AlarmState::Shelved)
        a.shelvedUntil = QDateTime();
    if (to != AlarmState::Shelved && to != AlarmState::SuppressedByDesign && to != AlarmState::OutOfService) {
        a.stateBy.clear();
        a.stateAt = QDateTime();
        a.stateReason.clear();
    }
    if (to == AlarmState::Normal) {
        if (AlarmEpisode *e = currentEpisode(a); e && !e->normalAt.isValid())
            e->normalAt = now;
    }
    noteQuiet(a, now);
}

void AlarmEngine::noteQuiet(const core::Alarm &a, const QDateTime &now)
{
    if (a.state != AlarmState::Normal)
        m_quietSince.remove(a.key);
    else if (!m_quietSince.contains(a.key))
        m_quietSince.insert(a.key, now);
}

void AlarmEngine::forgetQuiet(const QDateTime &now)
{
    m_lastForget = now;
    const QDateTime cutoff = now.addMSecs(-m_settings.forgetAfterMs);
    for (auto it = m_quietSince.begin(); it != m_quietSince.end();) {
        if (it.value() >= cutoff) {
            ++it;
            continue;
        }
        const core::AlarmKey key = it.key();
        it = m_quietSince.erase(it);
        m_alarms.remove(key);
        m_episodes.remove(key);
        if (m_observer)
            m_observer->alarmRemoved(key);
    }
    m_history.forgetClosedBefore(cutoff);
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

ActionResult AlarmEngine::acknowledge(const core::AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::Acknowledge, user, comment);
}

ActionResult AlarmEngine::shelve(const core::AlarmKey &key, const QString &user, qint64 durationMs, const QString &comment)
{
    return act(key, AlarmTrigger::Shelve, user, comment, durationMs);
}

ActionResult AlarmEngine::unshelve(const core::AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::Unshelve, user, comment);
}

ActionResult AlarmEngine::suppress(const core::AlarmKey &key, const QString &user, const QString &reason)
{
    return act(key, AlarmTrigger::Suppress, user, reason);
}

ActionResult AlarmEngine::unsuppress(const core::AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::Unsuppress, user, comment);
}

ActionResult AlarmEngine::removeFromService(const core::AlarmKey &key, const QString &user, const QString &reason)
{
    return act(key, AlarmTrigger::RemoveFromService, user, reason);
}

ActionResult AlarmEngine::returnToService(const core::AlarmKey &key, const QString &user, const QString &comment)
{
    return act(key, AlarmTrigger::ReturnToService, user, comment);
}

ActionResult AlarmEngine::act(const core::AlarmKey &key, AlarmTrigger trigger, const QString &user, const QString &comment,
                              qint64 shelveMs)
{
    if (!isOperatorAction(trigger))
        return {false, Tr::tr("%1 is not an operator action").arg(toKey(trigger))};
    if (user.trimmed().isEmpty())
        return {false, Tr::tr("An operator action needs the user who takes it")};
    auto it = m_alarms.find(key);
    if (it == m_alarms.end())
        return {false, Tr::tr("No alarm %1").arg(key.toString())};
    core::Alarm &a = it.value();
    const AlarmState from = a.state;
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
    // Taking an alarm away from the officer's view needs a reason others can read (DOMAIN.md §1.3:
    // no unauthorised suppression).
    const bool hides = trigger == AlarmTrigger::Suppress || trigger == AlarmTrigger::RemoveFromService;
    if (hides && comment.trimmed().isEmpty())
        return {false, Tr::tr("Alarm %1: give the reason (e.g. the sensor under maintenance)").arg(key.toString())};
    const QDateTime now = m_clock();
    enterState(a, *to, now);
    if (trigger == AlarmTrigger::Shelve)
        a.shelvedUntil = now.addMSecs(shelveMs);
    if (trigger == AlarmTrigger::Shelve || hides) {
        a.stateBy = user;
        a.stateAt = now;
        a.stateReason = comment;
    }
    if (trigger == AlarmTrigger::Acknowledge) {
        a.acknowledgedBy = user;
        a.acknowledgedAt = now;
        if (AlarmEpisode *e = currentEpisode(a)) {
            e->acknowledgedBy = user;
            e->acknowledgedAt = now;
        }
    }
    audit(a, user, toKey(trigger), from, comment, now);
    notifyChanged(a);
    return {true, QString()};
}

ActionResult AlarmEngine::addComment(const core::AlarmKey &key, const QString &user, const QString &comment)
{
    if (user.trimmed().isEmpty())
        return {false, Tr::tr("An operator action needs the user who takes it")};
    if (comment.trimmed().isEmpty())
        return {false, Tr::tr("A comment needs text")};
    const auto it = m_alarms.constFind(key);
    if (it == m_alarms.constEnd())
        return {false, Tr::tr("No alarm %1").arg(key.toString())};
    audit(it.value(), user, QStringLiteral("comment"), it.value().state, comment, m_clock());
    return {true, QString()};
}

ActionResult AlarmEngine::verify(const core::AlarmKey &key, const QString &user, core::Verification verification,
                                 const QString &reason)
{
    if (user.trimmed().isEmpty())
        return {false, Tr::tr("An operator action needs the user who takes it")};
    auto it = m_alarms.find(key);
    if (it == m_alarms.end())
        return {false, Tr::tr("No alarm %1").arg(key.toString())};
    if (verification == core::Verification::None)
        return {false, Tr::tr("A verification must say real, false alarm or test/maintenance")};
    if (reason.trimmed().isEmpty())
        return {false, Tr::tr("A verification needs the reason the enterprise gave")};
    core::Alarm &a = it.value();
    if (!a.acknowledgedAt.isValid())
        return {false, Tr::tr("Alarm %1 must be acknowledged before it is verified").arg(key.toString())};
    const QDateTime now = m_clock();
    a.verification = verification;
    a.verificationReason = reason;
    a.verifiedBy = user;
    a.verifiedAt = now;
    if (AlarmEpisode *e = currentEpisode(a)) {
        e->verification = verification;
        e->verificationReason = reason;
    }
    audit(a, user, QStringLiteral("verify:") + core::toKey(verification), a.state, reason, now);
    notifyChanged(a);
    return {true, QString()};
}

void AlarmEngine::tick()
{
    const QDateTime now = m_clock();
    const QDateTime chatterStart = now.addMSecs(-m_settings.chatterWindowMs);
    for (core::Alarm &a : m_alarms) {
        bool changed = false;
        if (a.state == AlarmState::Shelved && a.shelvedUntil.isValid() && a.shelvedUntil <= now) {
            const AlarmState from = a.state;
            if (const auto to = nextState(from, AlarmTrigger::ShelveExpired, a.conditionActive)) {
                enterState(a, *to, now);
                audit(a, systemUser, toKey(AlarmTrigger::ShelveExpired), from, QString(), now);
                changed = true;
            }
        }
        if (a.state == AlarmState::UnacknowledgedActive && a.unacknowledgedSince.isValid()) {
            const auto &rule = m_settings.escalationFor(a.priority);
            const qint64 waited = a.unacknowledgedSince.msecsTo(now);
            core::EscalationStage stage = a.escalation;
            if (waited >= rule.shiftLeaderAfterMs)
                stage = core::EscalationStage::ShiftLeader;
            else if (waited >= rule.renotifyAfterMs && stage == core::EscalationStage::None)
                stage = core::EscalationStage::Renotified;
            if (stage != a.escalation) {
                a.escalation = stage;
                audit(a, systemUser, QStringLiteral("escalate:") + core::toKey(stage), a.state, core::displayName(stage), now);
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
    if (!m_lastForget.isValid() || m_lastForget.msecsTo(now) >= m_settings.forgetAfterMs / 12)
        forgetQuiet(now);
    pruneStarts(now);
    if (m_inFlood && static_cast<int>(m_starts.size()) < m_settings.floodEndBelow) {
        m_inFlood = false;
        if (m_observer)
            m_observer->floodChanged(false, now);
    }
}

const core::Alarm *AlarmEngine::find(const core::AlarmKey &key) const
{
    const auto it = m_alarms.constFind(key);
    return it == m_alarms.constEnd() ? nullptr : &it.value();
}

QList<core::Alarm> AlarmEngine::alarms() const { return m_alarms.values(); }

QList<EnterpriseGroup> AlarmEngine::enterpriseGroups() const
{
    QHash<QString, EnterpriseGroup> groups;
    for (const core::Alarm &a : m_alarms) {
        if (!core::isAnnunciated(a.state))
            continue;
        EnterpriseGroup &g = groups[a.key.enterpriseId];
        g.enterpriseId = a.key.enterpriseId;
        g.known = a.enterpriseKnown;
        if (core::isUnacknowledged(a.state))
            ++g.unacknowledged;
        if (a.conditionActive)
            ++g.active;
        g.highest = std::max(g.highest, a.priority);
    }
    QList<EnterpriseGroup> sorted = groups.values();
    std::sort(sorted.begin(), sorted.end(), [](const EnterpriseGroup &x, const EnterpriseGroup &y) {
        if (x.unacknowledged != y.unacknowledged)
            return x.unacknowledged > y.unacknowledged;
        return x.enterpriseId < y.enterpriseId;
    });
    return sorted;
}

void AlarmEngine::audit(const core::Alarm &a, const QString &user, const QString &action, AlarmState from,
                        const QString &comment, const QDateTime &now)
{
    if (m_observer)
        m_observer->audited({user, now, action, a.key, from, a.state, comment});
}

void AlarmEngine::notifyChanged(const core::Alarm &a)
{
    if (m_observer)
        m_observer->alarmChanged(a);
}

} // namespace cp::alarms
