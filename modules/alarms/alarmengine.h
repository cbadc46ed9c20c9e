// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmenginesettings.h"
#include "alarms/alarmhistory.h"
#include "alarms/auditrecord.h"
#include "alarms/classifier.h"
#include "alarms/transitiontable.h"

#include <QHash>
#include <QList>

#include <deque>
#include <functional>
#include <optional>

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
    virtual void alarmChanged(const core::Alarm &alarm) { Q_UNUSED(alarm) }
    //! Called for every audited action (operator actions, shelve expiry, escalation).
    virtual void audited(const AuditRecord &record) { Q_UNUSED(record) }
    //! Called when an unacknowledged alarm reaches a new escalation stage.
    virtual void escalated(const core::Alarm &alarm, core::EscalationStage stage) { Q_UNUSED(alarm) Q_UNUSED(stage) }
    //! Called when revert() forgets an alarm that did not exist before the change it takes back.
    virtual void alarmRemoved(const core::AlarmKey &key) { Q_UNUSED(key) }
    //! Called when an alarm flood starts or ends (the console then groups by enterprise).
    virtual void floodChanged(bool inFlood, const QDateTime &at) { Q_UNUSED(inFlood) Q_UNUSED(at) }
};

//! What apply() did with one event.
enum class ApplyOutcome
{
    Late,          //!< older than the last event applied to its alarm (a late clear, a resend): nothing changed
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
 * Applies feed events, classifies them through the injected Classifier, runs the transition table
 * (transitiontable.h), takes operator actions with an audit record each, and on tick() expires
 * shelving, escalates unacknowledged alarms, flags stale ones, ends floods and forgets what has been
 * back to normal longer than its horizon (forgetAfterMs; it stays in the store). Time comes from the
 * injected clock, so tests never sleep; chattering, flood, stale and escalation are measured on
 * that clock (arrival time), not on the sources' clocks, which may be wrong or out of order. The
 * order of one alarm's events is the source's: an event older than the last one applied to its
 * alarm changes nothing, so a clear older than the activation it would clear is ignored.
 *
 * Events are applied once: deduplication is the store's (events are applied after they were
 * stored, and only those stored for the first time). Not thread-safe: one thread owns it (the
 * live session's).
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

    //! Applies one event of a feed.
    ApplyOutcome apply(const core::AlarmEvent &event);
    /*!
     * Takes back the alarms a store kept (a restart): they replace what the engine tracks, in the
     * states they had, with their timers (a shelve's expiry, escalation) running on from the times
     * stored. Nothing is audited or observed; the caller shows the restored set as a whole.
     */
    void restore(const QList<core::Alarm> &alarms);

    //! Alarms as they were before a change: the alarm, or nullopt when there was none.
    using Undo = QHash<core::AlarmKey, std::optional<core::Alarm>>;
    //! Notes \a key's alarm in \a undo as it is now, unless \a undo has it already.
    void remember(Undo &undo, const core::AlarmKey &key) const;
    /*!
     * Puts back the alarms of \a undo as they were (a change the store refused to keep, or rows
     * another seat wrote), so the engine shows what the store holds; whether the enterprise is in
     * the registry, and its sector, come from this engine. Observed as alarmChanged() or alarmRemoved().
     */
    void revert(const Undo &undo);

    ActionResult acknowledge(const core::AlarmKey &key, const QString &user, const QString &comment = QString());
    //! Shelves for \a durationMs (1 ms … settings().maxShelveMs); the alarm comes back when it runs out.
    ActionResult shelve(const core::AlarmKey &key, const QString &user, qint64 durationMs, const QString &comment = QString());
    ActionResult unshelve(const core::AlarmKey &key, const QString &user, const QString &comment = QString());
    //! Suppresses by design (logic or plant state); \a reason is required and shown with the alarm.
    ActionResult suppress(const core::AlarmKey &key, const QString &user, const QString &reason);
    ActionResult unsuppress(const core::AlarmKey &key, const QString &user, const QString &comment = QString());
    //! Takes the alarm out of service (a sensor under maintenance); \a reason is required.
    ActionResult removeFromService(const core::AlarmKey &key, const QString &user, const QString &reason);
    ActionResult returnToService(const core::AlarmKey &key, const QString &user, const QString &comment = QString());
    /*!
     * Applies the operator action \a trigger (one for which isOperatorAction() is true). Suppress
     * and remove-from-service need a reason in \a comment.
     */
    ActionResult act(const core::AlarmKey &key, AlarmTrigger trigger, const QString &user, const QString &comment = QString(),
                     qint64 shelveMs = 0);
    //! Adds a comment to the alarm's audit trail, in any state.
    ActionResult addComment(const core::AlarmKey &key, const QString &user, const QString &comment);
    /*!
     * Records what the enterprise said about an acknowledged alarm. Refused before it has been
     * acknowledged, for Verification::None, and without a reason.
     */
    ActionResult verify(const core::AlarmKey &key, const QString &user, core::Verification verification,
                        const QString &reason);

    /*!
     * Runs the timers at the clock's now: shelve expiry, escalation, stale, chattering and flood end;
     * and, at most every twelfth of settings().forgetAfterMs, forgets the alarms back to normal for
     * longer than that (observed as alarmRemoved()) with the history's closed episodes.
     */
    void tick();

    //! The alarm with \a key, or nullptr. Valid until the next apply() or restore().
    const core::Alarm *find(const core::AlarmKey &key) const;
    QList<core::Alarm> alarms() const;
    int size() const { return static_cast<int>(m_alarms.size()); }
    bool inFlood() const { return m_inFlood; }
    //! Alarm starts (annunciations) inside the flood window, as of the last apply() or tick().
    int recentStarts() const { return static_cast<int>(m_starts.size()); }
    //! Annunciated alarms (unacknowledged or active) grouped by enterprise, most unacknowledged first.
    QList<EnterpriseGroup> enterpriseGroups() const;
    const AlarmHistory &history() const { return m_history; }
    //! The index in history() of \a key's current episode, or -1.
    int episodeOf(const core::AlarmKey &key) const { return m_episodes.value(key, -1); }

private:
    //! Sets enterpriseKnown and sectorId of \a a from the registry's enterprises.
    void placeInRegistry(core::Alarm &a) const;
    void enterState(core::Alarm &a, core::AlarmState to, const QDateTime &now);
    void openEpisode(const core::Alarm &a);
    void recordActivation(core::Alarm &a, const QDateTime &now);
    void countStart(const QDateTime &now);
    void pruneStarts(const QDateTime &now);
    void audit(const core::Alarm &a, const QString &user, const QString &action, core::AlarmState from,
               const QString &comment, const QDateTime &now);
    void notifyChanged(const core::Alarm &a);
    AlarmEpisode *currentEpisode(const core::Alarm &a);
    //! Notes when \a a got back to normal, or that it left normal, for forgetQuiet().
    void noteQuiet(const core::Alarm &a, const QDateTime &now);
    //! Forgets the alarms and closed episodes back to normal for longer than settings().forgetAfterMs.
    void forgetQuiet(const QDateTime &now);

    const Classifier &m_classifier;
    AlarmEngineSettings m_settings;
    Clock m_clock;
    AlarmObserver *m_observer = nullptr;
    QHash<QString, QString> m_sectorByEnterprise;
    QHash<core::AlarmKey, core::Alarm> m_alarms;
    QHash<core::AlarmKey, int> m_episodes; // index into m_history of each alarm's current episode
    std::deque<qint64> m_starts; // engine-clock ms of annunciations inside the flood window
    QHash<core::AlarmKey, QDateTime> m_quietSince; // engine clock: when each alarm in Normal got there
    QDateTime m_lastForget;
    bool m_inFlood = false;
    AlarmHistory m_history;
};

} // namespace cp::alarms
