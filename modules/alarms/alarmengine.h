// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmenginesettings.h"
#include "alarms/alarmhistory.h"
#include "alarms/classifier.h"
#include "alarms/recentidset.h"
#include "alarms/trackedalarm.h"

#include <QHash>
#include <QList>

#include <deque>
#include <functional>

namespace cp::alarms {

/*!
 * \brief Receives what the engine does; every method has an empty default.
 *
 * Called synchronously from apply(), the operator actions and tick(), on the engine's thread.
 * A GUI adapter coalesces alarmChanged() before repainting (DESIGN.md: ≤10 Hz).
 */
class AlarmObserver
{
public:
    virtual ~AlarmObserver() = default;
    //! Called when an alarm's state, value, priority or flags changed.
    virtual void alarmChanged(const TrackedAlarm &alarm) { Q_UNUSED(alarm) }
    //! Called for every audited action (operator actions, shelve expiry, escalation).
    virtual void audited(const AuditRecord &record) { Q_UNUSED(record) }
    //! Called when an unacknowledged alarm reaches a new escalation stage.
    virtual void escalated(const TrackedAlarm &alarm, EscalationStage stage) { Q_UNUSED(alarm) Q_UNUSED(stage) }
    //! Called when an alarm flood starts or ends (the console then groups by enterprise).
    virtual void floodChanged(bool inFlood, const QDateTime &at) { Q_UNUSED(inFlood) Q_UNUSED(at) }
};

//! What apply() did with one event.
enum class ApplyOutcome
{
    Duplicate,     //!< the event id was seen before; nothing changed
    Updated,       //!< value recorded, state unchanged
    Transitioned,  //!< the alarm changed state
};

//! The annunciated alarms of one enterprise, the row the console shows while in flood.
struct EnterpriseGroup
{
    QString enterpriseId;
    bool known = false;
    int unacknowledged = 0;
    int active = 0;
    core::AlarmPriority highest = core::AlarmPriority::Low;
};

/*!
 * \brief The ISA-18.2 alarm lifecycle for every alarm condition, keyed by (enterprise, sensor, kind).
 *
 * Applies feed events (deduplicated by event id), classifies them through the injected Classifier,
 * runs the transition table (transitiontable.h), takes operator actions with an audit record each,
 * and on tick() expires shelving, escalates unacknowledged alarms, flags stale ones and ends
 * floods. Time comes from the injected clock, so tests never sleep; chattering, flood, stale and
 * escalation are measured on that clock (arrival time), not on the sources' clocks, which may be
 * wrong or out of order.
 *
 * Not thread-safe: one thread owns it (the feed thread in the app).
 */
class AlarmEngine
{
public:
    using Clock = std::function<QDateTime()>;

    /*!
     * \a classifier must outlive the engine. \a clock defaults to the UTC system clock.
     */
    explicit AlarmEngine(const Classifier &classifier, const AlarmEngineSettings &settings = {}, Clock clock = {});

    //! The enterprise registry: enterprise id → sector id. Events for other ids are kept, marked unknown.
    void setEnterpriseSectors(const QHash<QString, QString> &sectorByEnterprise);
    //! \a observer is not owned; nullptr detaches.
    void setObserver(AlarmObserver *observer) { m_observer = observer; }
    const AlarmEngineSettings &settings() const { return m_settings; }

    //! Applies one feed event.
    ApplyOutcome apply(const AlarmEvent &event);
    //! Remembers \a eventId as seen (e.g. the store's recent ids at start) so it is deduplicated.
    void markSeen(const QString &eventId) { m_seen.insert(eventId); }

    ActionResult acknowledge(const AlarmKey &key, const QString &user, const QString &comment = QString());
    //! Shelves for \a durationMs (1 ms … settings().maxShelveMs); the alarm comes back when it runs out.
    ActionResult shelve(const AlarmKey &key, const QString &user, qint64 durationMs, const QString &comment = QString());
    ActionResult unshelve(const AlarmKey &key, const QString &user, const QString &comment = QString());
    ActionResult suppress(const AlarmKey &key, const QString &user, const QString &comment = QString());
    ActionResult unsuppress(const AlarmKey &key, const QString &user, const QString &comment = QString());
    ActionResult removeFromService(const AlarmKey &key, const QString &user, const QString &comment = QString());
    ActionResult returnToService(const AlarmKey &key, const QString &user, const QString &comment = QString());
    //! Applies the operator action \a trigger (one for which isOperatorAction() is true).
    ActionResult act(const AlarmKey &key, AlarmTrigger trigger, const QString &user, const QString &comment = QString(),
                     qint64 shelveMs = 0);
    //! Adds a comment to the alarm's audit trail, in any state.
    ActionResult addComment(const AlarmKey &key, const QString &user, const QString &comment);
    /*!
     * Records what the enterprise said about an acknowledged alarm. Refused before it has been
     * acknowledged, for Verification::None, and without a reason.
     */
    ActionResult verify(const AlarmKey &key, const QString &user, Verification verification, const QString &reason);

    //! Runs the timers at the clock's now: shelve expiry, escalation, stale, chattering and flood end.
    void tick();

    //! The alarm with \a key, or nullptr. Valid until the next apply().
    const TrackedAlarm *find(const AlarmKey &key) const;
    QList<TrackedAlarm> alarms() const;
    int size() const { return static_cast<int>(m_alarms.size()); }
    bool inFlood() const { return m_inFlood; }
    //! Alarm starts (annunciations) inside the flood window, as of the last apply() or tick().
    int recentStarts() const { return static_cast<int>(m_starts.size()); }
    //! Annunciated alarms (unacknowledged or active) grouped by enterprise, most unacknowledged first.
    QList<EnterpriseGroup> enterpriseGroups() const;
    const AlarmHistory &history() const { return m_history; }
    const QList<AuditRecord> &auditLog() const { return m_audit; }

private:
    void enterState(TrackedAlarm &a, core::AlarmState to, const QDateTime &now);
    void recordActivation(TrackedAlarm &a, const QDateTime &now);
    void countStart(const QDateTime &now);
    void pruneStarts(const QDateTime &now);
    void audit(const TrackedAlarm &a, const QString &user, const QString &action, core::AlarmState from,
               const QString &comment, const QDateTime &now);
    void notifyChanged(const TrackedAlarm &a);

    const Classifier &m_classifier;
    AlarmEngineSettings m_settings;
    Clock m_clock;
    AlarmObserver *m_observer = nullptr;
    QHash<QString, QString> m_sectorByEnterprise;
    QHash<AlarmKey, TrackedAlarm> m_alarms;
    RecentIdSet m_seen;
    std::deque<qint64> m_starts; // engine-clock ms of annunciations inside the flood window
    bool m_inFlood = false;
    AlarmHistory m_history;
    QList<AuditRecord> m_audit;
};

} // namespace cp::alarms
