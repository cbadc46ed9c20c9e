// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmhistory.h"
#include "alarms/auditrecord.h"
#include "core/feedstatus.h"
#include "live/livesessionconfig.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

namespace cp::live {

class SessionWorker;
struct AlarmDelta;

/*!
 * \brief The live alarms of one seat: feeds → store → engine → stored transitions, on a thread of
 * its own; what the desk, the wall and `commandpost --headless` run.
 *
 * start() opens the store on the session's thread (refusing one that cannot be written), restores
 * the open alarms in the states they had and starts the feeds. From then on every feed batch, the
 * alarm states it causes and its cursor commit together, and every officer's action is stored with
 * who and when before it is reported done; so a kill at any moment and a restart show the same
 * alarms in the same states. This object lives on the caller's thread (the GUI's) and keeps a copy
 * of every tracked alarm there, updated from deltas at most once per refresh interval, so a widget
 * reads it without locks and a flood never blocks the caller. Actions are requests: the answer comes
 * with actionFinished().
 */
class LiveSession : public QObject
{
    Q_OBJECT

public:
    explicit LiveSession(QObject *parent = nullptr);
    //! Stops the session if it runs.
    ~LiveSession() override;

    /*!
     * Starts the session's thread, opens the store, restores its open alarms and starts the feeds;
     * blocks until the alarms are restored. False with \a error naming the store and the problem
     * (missing, not a store, cannot be written …); nothing runs then.
     */
    bool start(const LiveSessionConfig &config, QString *error);
    //! Stops the feeds (a request in flight is aborted; it was not committed), writes what is
    //! pending, closes the store and ends the thread. Blocks until done.
    void stop();
    bool isRunning() const { return m_worker != nullptr; }
    QString user() const { return m_config.user; }

    //! Every tracked alarm, as of the last delta.
    const QHash<core::AlarmKey, core::Alarm> &alarms() const { return m_alarms; }
    //! The alarm with \a key, or nullptr; valid until the next alarmsChanged().
    const core::Alarm *alarm(const core::AlarmKey &key) const;
    //! Every feed the store knows, configured or not, as of the last feedsChanged().
    const QList<core::FeedStatus> &feeds() const { return m_feeds; }
    bool inFlood() const { return m_inFlood; }
    /*!
     * True while the seat cannot reach the shared database (since sharedConnectionLostAt()): it shows
     * its last state and refuses the officer's actions until the connection is back, instead of
     * letting each fail on its own.
     */
    bool isReadOnly() const { return m_connectionLostAt.isValid(); }
    QDateTime sharedConnectionLostAt() const { return m_connectionLostAt; }
    //! The refusal of an action while read-only, for a connection lost at \a lostAt (shown in Beijing time).
    static QString readOnlyText(const QDateTime &lostAt);

    //! Asks the engine to apply \a action as the session's user; returns the request's id for actionFinished().
    quint64 request(const AlarmAction &action);
    quint64 acknowledge(const core::AlarmKey &key, const QString &comment = QString());
    quint64 shelve(const core::AlarmKey &key, qint64 durationMs, const QString &comment = QString());
    quint64 unshelve(const core::AlarmKey &key, const QString &comment = QString());
    quint64 suppress(const core::AlarmKey &key, const QString &reason);
    quint64 unsuppress(const core::AlarmKey &key, const QString &comment = QString());
    quint64 removeFromService(const core::AlarmKey &key, const QString &reason);
    quint64 returnToService(const core::AlarmKey &key, const QString &comment = QString());
    quint64 comment(const core::AlarmKey &key, const QString &text);
    quint64 verify(const core::AlarmKey &key, core::Verification verification, const QString &reason);

    //! The session's episodes matching \a query; waits for the session's thread (a short pause).
    QList<alarms::AlarmEpisode> searchHistory(const alarms::HistoryQuery &query) const;
    //! The newest quarantined items of \a feedId (at most \a limit); waits for the session's thread.
    QList<core::QuarantinedItem> quarantined(const QString &feedId, int limit = 200) const;

signals:
    //! Emitted when alarms() changed: \a changed were added or updated, \a removed are gone.
    void alarmsChanged(const QList<cp::core::AlarmKey> &changed, const QList<cp::core::AlarmKey> &removed);
    //! Emitted when feeds() changed (health, counts, cursor).
    void feedsChanged();
    //! Emitted when the engine's ISA-18.2 flood starts or ends.
    void floodChanged(bool inFlood);
    //! Emitted when \a count feed events new to the store were applied.
    void eventsArrived(int count);
    //! Emitted when an unacknowledged alarm reached a new escalation stage (alarm.escalation).
    void escalated(const cp::core::Alarm &alarm);
    //! Emitted with the answer to request() \a requestId.
    void actionFinished(quint64 requestId, const cp::alarms::ActionResult &result);
    //! Emitted when the store refused a write, with a ready-to-show text; the session goes on.
    void storeProblem(const QString &text);
    /*!
     * Emitted when a configured feed became this seat's to ingest (\a holder empty) or is ingested
     * by another seat of the shared database (\a holder says which, or why the claim failed).
     */
    void feedRoleChanged(const QString &feedId, const QString &holder);
    /*!
     * Emitted when the seat's connection to the shared database came up or went down (\a reason:
     * the server's message). While it is down the seat shows its last state and is read-only
     * (isReadOnly()); when it is back every change of the other seats made meanwhile is adopted.
     */
    void sharedConnectionChanged(bool connected, const QString &reason);

private:
    void applyDelta(const AlarmDelta &delta);

    LiveSessionConfig m_config;
    QThread m_thread;
    SessionWorker *m_worker = nullptr; //!< lives on m_thread
    QHash<core::AlarmKey, core::Alarm> m_alarms;
    QList<core::FeedStatus> m_feeds;
    bool m_inFlood = false;
    QDateTime m_connectionLostAt; //!< invalid while the shared database is reachable (or not used)
    quint64 m_nextRequest = 0;
};

} // namespace cp::live

Q_DECLARE_METATYPE(cp::alarms::ActionResult)
