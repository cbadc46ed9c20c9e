// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmengine.h"
#include "alarms/sectorclassifier.h"
#include "core/feedstatus.h"
#include "core/steadyclock.h"
#include "live/alarmjournal.h"
#include "live/communicationalarms.h"
#include "live/livesessionconfig.h"
#include "live/refreshthrottle.h"
#include "live/storefeedsink.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace cp::feeds {
class FeedClient;
}
namespace cp::storage {
class ChangeFollower;
class Store;
struct ChangeRecord;
}

namespace cp::live {

//! What changed since the last delta: the GUI's copy applies it as a whole.
struct AlarmDelta
{
    QList<core::Alarm> changed;
    QList<core::AlarmKey> removed;
    bool replaceAll = false; //!< changed is every alarm (after a restore)
    bool inFlood = false;
    int eventsArrived = 0;   //!< feed events new to the store since the last delta
};

/*!
 * \brief The live session's work, on its own thread: feeds → store → engine → stored transitions.
 *
 * Internal to the module (LiveSession is the public face). Everything here lives and runs on the
 * session's thread: the store connection, the feed clients, the engine and its timers. What the
 * GUI must see leaves as copies through the callbacks, at most once per refresh interval.
 */
class SessionWorker : public QObject, private alarms::AlarmObserver
{
    Q_OBJECT

public:
    //! Called on the worker's thread; the receiver posts them to its own.
    struct Outlets
    {
        std::function<void(const AlarmDelta &)> delta;
        std::function<void(const QList<core::FeedStatus> &)> feeds;
        std::function<void(const core::Alarm &)> escalated;
        std::function<void(quint64, const alarms::ActionResult &)> actionFinished;
        std::function<void(const QString &)> problem;
        //! A configured feed became this seat's to ingest (\a holder empty) or another seat's (\a holder names it).
        std::function<void(const QString &feedId, const QString &holder)> feedRole;
        //! The seat's change-log connection to the shared database came up or went down (\a reason: the server's message).
        std::function<void(bool connected, const QString &reason)> sharedConnection;
    };

    SessionWorker(const LiveSessionConfig &config, Outlets outlets);
    ~SessionWorker() override;

    //! Opens the store (refused when it cannot be written), restores the open alarms, starts the feeds.
    bool start(QString *error);
    //! Stops the feeds, writes what is pending and closes the store.
    void stop();

    void act(quint64 requestId, const AlarmAction &action);
    QList<alarms::AlarmEpisode> searchHistory(const alarms::HistoryQuery &query) const;
    QList<core::QuarantinedItem> quarantined(const QString &feedId, int limit) const;

private:
    void alarmChanged(const core::Alarm &alarm) override;
    void alarmRemoved(const core::AlarmKey &key) override;
    void audited(const alarms::AuditRecord &record) override;
    void escalated(const core::Alarm &alarm, core::EscalationStage stage) override;
    void floodChanged(bool inFlood, const QDateTime &at) override;

    alarms::ActionResult perform(const AlarmAction &action);
    /*!
     * Starts ingesting \a settings' feed if this seat may (Store::claimFeed), else keeps it for
     * reviewClaims(); \a takingOver: another seat ingested it until now (adoptStoredAlarms()).
     */
    void claimFeed(const feeds::FeedSettings &settings, bool takingOver);
    //! Every 2 s: stands by for the feeds another seat now holds, and claims the standby feeds again.
    void reviewClaims();
    //! Replaces the engine's alarms with the stored ones, after writing what is pending.
    void adoptStoredAlarms();
    //! The engine takes the stored open alarms and the journal every row's version; false with \a error.
    bool restoreStoredAlarms(QString *error);
    //! On a shared database: follows the change log, so the other seats' alarm changes reach this engine.
    void followOtherSeats();
    void otherSeatsChanged(const QList<storage::ChangeRecord> &changes);
    //! Takes the newer of the alarm rows other seats changed into the engine; on a failed read keeps them for the next tick.
    void adoptChangedElsewhere();
    feeds::FeedClient *addFeed(const feeds::FeedSettings &settings);
    void feedHealthChanged(const QString &feedId);
    void delivered(const QString &feedId, int freshEvents, const QDateTime &newest);
    void tick();
    void flush();
    void sendDelta();
    void saveFeedStatus(const QString &feedId);
    void sendFeeds();

    LiveSessionConfig m_config;
    Outlets m_outlets;
    core::SteadyClock m_clock;
    std::unique_ptr<storage::Store> m_store;
    std::unique_ptr<alarms::SectorClassifier> m_classifier;
    std::unique_ptr<alarms::AlarmEngine> m_engine;
    std::unique_ptr<AlarmJournal> m_journal;
    std::unique_ptr<StoreFeedSink> m_sink;
    std::unique_ptr<CommunicationAlarms> m_communication;
    QList<feeds::FeedClient *> m_clients;
    QList<feeds::FeedSettings> m_standby; //!< configured feeds another seat ingests
    std::unique_ptr<storage::ChangeFollower> m_follower;
    QSet<QString> m_changedElsewhere; //!< keys of alarm rows other seats changed, not yet read
    bool m_sharedLost = false;         //!< the change log's connection is down
    QTimer m_claim;
    QHash<QString, core::FeedStatus> m_feeds;
    QDate m_today;
    RefreshThrottle m_refresh;
    QTimer m_tick;
    QSet<core::AlarmKey> m_changed;
    QSet<core::AlarmKey> m_removed;
    int m_arrived = 0;
    bool m_inFlood = false;
    bool m_sendAll = false;
    int m_ticks = 0;
};

} // namespace cp::live
