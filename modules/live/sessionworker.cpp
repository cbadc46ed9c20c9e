// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/sessionworker.h"

#include "core/beijingtime.h"
#include "feeds/feedclient.h"
#include "live/tr.h"
#include "live/alarmconflict.h"
#include "storage/changefollower.h"
#include "storage/geopackagestore.h"
#include "storage/postgresstore.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace cp::live {

namespace {
constexpr int tickIntervalMs = 1000;      // the engine's timers: shelve expiry, escalation, stale, flood end
constexpr int statusEveryTicks = 10;      // feed status (events today, lag) written every 10 s besides changes
// A standby seat asks for its feeds this often; with the database freeing a dead seat's claim at
// once, a feed is taken over within about this interval (issue 14: within 10 s).
constexpr int claimIntervalMs = 2000;

//! The shared database when the session names one, else its GeoPackage.
std::unique_ptr<storage::Store> openSessionStore(const LiveSessionConfig &config, QString *error)
{
    if (config.databaseAddress.isEmpty())
        return storage::GeoPackageStore::open(config.storePath, error);
    const std::optional<storage::PostgresAddress> address = storage::PostgresAddress::parse(config.databaseAddress, error);
    if (!address)
        return nullptr;
    std::unique_ptr<storage::PostgresStore> store = storage::PostgresStore::connect(*address, error);
    if (!store || !store->setActor(config.user, error))
        return nullptr;
    return store;
}

QString displayUrl(const QUrl &url)
{
    // Origin and path only: a query or user info could carry a secret.
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}
} // namespace

SessionWorker::SessionWorker(const LiveSessionConfig &config, Outlets outlets)
    : m_config(config)
    , m_outlets(std::move(outlets))
    , m_refresh(std::chrono::milliseconds(config.refreshIntervalMs))
{
    connect(&m_refresh, &RefreshThrottle::refresh, this, &SessionWorker::sendDelta);
    m_tick.setInterval(tickIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &SessionWorker::tick);
    m_claim.setInterval(claimIntervalMs);
    connect(&m_claim, &QTimer::timeout, this, &SessionWorker::reviewClaims);
}

SessionWorker::~SessionWorker() { stop(); }

bool SessionWorker::start(QString *error)
{
    m_store = openSessionStore(m_config, error);
    if (!m_store)
        return false;
    QList<core::Enterprise> enterprises;
    if (m_config.enterprises) {
        enterprises = *m_config.enterprises;
    } else {
        const std::optional<storage::Registry> registry = m_store->readRegistry(error);
        if (!registry)
            return false;
        enterprises = registry->enterprises;
    }
    const std::optional<QList<core::FeedStatus>> storedFeeds = m_store->feeds(error);
    if (!storedFeeds)
        return false;

    m_classifier = std::make_unique<alarms::SectorClassifier>(*m_config.sectors);
    m_classifier->setEnterprises(enterprises);
    const core::SteadyClock clock = m_clock;
    m_engine = std::make_unique<alarms::AlarmEngine>(*m_classifier, m_config.engine, [clock] { return clock.now(); });
    QHash<QString, QString> sectors;
    for (const core::Enterprise &e : std::as_const(enterprises))
        sectors.insert(e.id, e.sectorId);
    m_engine->setEnterpriseSectors(sectors);
    m_journal = std::make_unique<AlarmJournal>(*m_store);
    if (!restoreStoredAlarms(error))
        return false;
    m_engine->setObserver(this);
    m_sink = std::make_unique<StoreFeedSink>(*m_store, *m_engine, *m_journal);
    m_sink->setDelivered([this](const QString &feedId, int fresh, const QDateTime &newest) { delivered(feedId, fresh, newest); });
    m_communication = std::make_unique<CommunicationAlarms>(*m_engine, [clock] { return clock.now(); });

    m_today = core::beijingNow().date();
    for (const core::FeedStatus &f : *storedFeeds)
        m_feeds.insert(f.feedId, f);
    QStringList ids;
    for (const feeds::FeedSettings &settings : std::as_const(m_config.feeds))
        ids.append(settings.id);
    m_communication->retire(ids);
    flush();
    m_sendAll = true;
    sendDelta();
    for (const feeds::FeedSettings &settings : std::as_const(m_config.feeds))
        claimFeed(settings, false);
    sendFeeds();
    m_tick.start();
    m_claim.start();
    followOtherSeats();
    return true;
}

void SessionWorker::followOtherSeats()
{
    auto *shared = dynamic_cast<storage::PostgresStore *>(m_store.get());
    if (!shared)
        return; // a GeoPackage has one seat
    QString error;
    m_follower = storage::ChangeFollower::fromNow(*shared, m_config.following, &error);
    if (!m_follower) {
        if (m_outlets.problem)
            m_outlets.problem(error);
        return;
    }
    connect(m_follower.get(), &storage::ChangeFollower::changed, this, &SessionWorker::otherSeatsChanged);
    connect(m_follower.get(), &storage::ChangeFollower::connectionChanged, this, [this, shared](bool connected, const QString &reason) {
        if (connected && m_sharedLost) {
            // What ended the change log's connection most likely ended the store's too: make it
            // again now, and hear at once of a feed another seat took over meanwhile.
            QString error;
            if (!shared->checkConnection(&error) && m_outlets.problem)
                m_outlets.problem(error);
            reviewClaims();
        }
        m_sharedLost = !connected;
        if (m_outlets.sharedConnection)
            m_outlets.sharedConnection(connected, reason);
    });
    m_follower->start();
}

void SessionWorker::otherSeatsChanged(const QList<storage::ChangeRecord> &changes)
{
    for (const storage::ChangeRecord &change : changes)
        if (change.table == QLatin1String("alarms"))
            m_changedElsewhere.insert(change.rowId);
    adoptChangedElsewhere();
}

void SessionWorker::adoptChangedElsewhere()
{
    if (m_changedElsewhere.isEmpty())
        return;
    // The follower has moved past these changes: until their rows are read they stay here, so a
    // read that fails (the store's connection lost too) is tried again at the next tick.
    QString error;
    const std::optional<QList<core::Alarm>> stored = m_store->alarmsWithKeys(m_changedElsewhere.values(), &error);
    if (!stored) {
        if (m_outlets.problem)
            m_outlets.problem(error);
        return;
    }
    m_changedElsewhere.clear();
    // This seat's own writes come back too, at the version it knows: only newer rows are news. A
    // row with a change of this seat pending is left to that write, which is refused and adopts it.
    QList<core::Alarm> newer;
    for (const core::Alarm &alarm : *stored)
        if (alarm.rowVersion > m_journal->storedVersion(alarm.key) && !m_journal->isPending(alarm.key))
            newer.append(alarm);
    m_journal->adopt(*m_engine, newer);
}

void SessionWorker::claimFeed(const feeds::FeedSettings &settings, bool takingOver)
{
    QString holder;
    QString error;
    const std::optional<bool> mine = m_store->claimFeed(settings.id, &holder, &error);
    if (!mine) {
        if (m_outlets.problem)
            m_outlets.problem(error);
    } else if (*mine) {
        if (takingOver)
            adoptStoredAlarms();
        addFeed(settings)->start();
        if (m_outlets.feedRole)
            m_outlets.feedRole(settings.id, QString());
        return;
    }
    // Another seat ingests it (or the claim could not be asked): this seat stands by and shows why.
    const bool known = std::any_of(m_standby.cbegin(), m_standby.cend(),
                                   [&settings](const feeds::FeedSettings &f) { return f.id == settings.id; });
    core::FeedStatus &status = m_feeds[settings.id];
    status.feedId = settings.id;
    status.url = displayUrl(settings.baseUrl);
    status.health = core::FeedHealthState::Standby;
    const QString reason = mine ? Tr::tr("ingested by %1").arg(holder) : error;
    const bool changed = status.healthReason != reason;
    status.healthReason = reason;
    if (!known)
        m_standby.append(settings);
    if (changed && m_outlets.feedRole)
        m_outlets.feedRole(settings.id, reason);
}

void SessionWorker::reviewClaims()
{
    // A seat whose connection to the shared database was lost and made again may find that another
    // seat took one of its feeds over meanwhile: that seat goes on with it, this one stands by.
    const QList<feeds::FeedClient *> clients = m_clients;
    for (feeds::FeedClient *client : clients) {
        QString holder;
        QString error;
        if (m_store->claimFeed(client->settings().id, &holder, &error).value_or(true))
            continue;
        const feeds::FeedSettings settings = client->settings();
        client->stop();
        m_clients.removeOne(client);
        client->deleteLater();
        claimFeed(settings, false);
        sendFeeds();
    }
    if (m_standby.isEmpty())
        return;
    const QList<feeds::FeedSettings> waiting = std::exchange(m_standby, {});
    for (const feeds::FeedSettings &settings : waiting)
        claimFeed(settings, true);
    if (m_standby.size() != waiting.size())
        sendFeeds();
}

void SessionWorker::adoptStoredAlarms()
{
    // Until now another seat applied this feed's events: the stored alarm states are the shared
    // truth, and this seat's engine goes on from them, not from what it restored at its start.
    flush();
    QString error;
    if (!restoreStoredAlarms(&error)) {
        if (m_outlets.problem)
            m_outlets.problem(error);
        return;
    }
    m_sendAll = true;
    m_refresh.changed();
}

bool SessionWorker::restoreStoredAlarms(QString *error)
{
    // Every row, for the versions the seat's writes state; the open ones are what the engine tracks.
    const std::optional<QList<core::Alarm>> stored = m_store->alarms(error);
    if (!stored)
        return false;
    QList<core::Alarm> open;
    std::copy_if(stored->cbegin(), stored->cend(), std::back_inserter(open),
                 [](const core::Alarm &a) { return a.state != core::AlarmState::Normal; });
    m_engine->restore(open);
    m_journal->noteStored(*stored);
    return true;
}

feeds::FeedClient *SessionWorker::addFeed(const feeds::FeedSettings &settings)
{
    core::FeedStatus &status = m_feeds[settings.id];
    status.feedId = settings.id;
    status.url = displayUrl(settings.baseUrl);
    if (status.updatedAt.isValid() && status.updatedAt.toTimeZone(core::beijingZone()).date() != m_today)
        status.eventsToday = 0;
    auto *client = new feeds::FeedClient(settings, m_sink.get(), this);
    status.cursor = client->cursor();
    const QString id = settings.id;
    connect(client, &feeds::FeedClient::healthChanged, this, [this, id] { feedHealthChanged(id); });
    connect(client, &feeds::FeedClient::failed, this, [this, id] { feedHealthChanged(id); });
    m_clients.append(client);
    return client;
}

void SessionWorker::stop()
{
    m_tick.stop();
    m_claim.stop();
    m_follower.reset();
    for (feeds::FeedClient *client : std::as_const(m_clients)) {
        client->stop();
        saveFeedStatus(client->settings().id);
    }
    qDeleteAll(m_clients);
    m_clients.clear();
    if (m_journal)
        flush();
    if (m_engine)
        m_engine->setObserver(nullptr);
    m_communication.reset();
    m_sink.reset();
    m_journal.reset();
    m_engine.reset();
    m_classifier.reset();
    m_store.reset();
}

void SessionWorker::feedHealthChanged(const QString &feedId)
{
    for (feeds::FeedClient *client : std::as_const(m_clients)) {
        if (client->settings().id != feedId)
            continue;
        const core::FeedHealthState health = client->healthState();
        core::FeedStatus &status = m_feeds[feedId];
        const bool changed = status.health != health;
        status.health = health;
        status.lastSuccess = client->lastSuccess();
        status.lastError = client->lastError();
        status.lastErrorAt = client->lastErrorAt();
        status.healthReason = client->healthReason();
        status.cursor = client->cursor();
        m_communication->update(feedId, health, status.healthReason);
        if (changed) {
            flush();
            saveFeedStatus(feedId);
            sendFeeds();
        }
    }
}

void SessionWorker::delivered(const QString &feedId, int freshEvents, const QDateTime &newest)
{
    const QDate today = core::beijingNow().date();
    if (today != m_today) {
        m_today = today;
        for (core::FeedStatus &f : m_feeds)
            f.eventsToday = 0;
    }
    core::FeedStatus &status = m_feeds[feedId];
    status.eventsToday += freshEvents;
    status.eventsStored += freshEvents;
    if (newest.isValid())
        status.lagMs = newest.msecsTo(QDateTime::currentDateTimeUtc());
    for (const feeds::FeedClient *client : std::as_const(m_clients))
        if (client->settings().id == feedId)
            status.cursor = client->cursor();
    m_arrived += freshEvents;
    if (freshEvents > 0)
        m_refresh.changed();
}

void SessionWorker::tick()
{
    m_engine->tick();
    flush();
    adoptChangedElsewhere();
    for (feeds::FeedClient *client : std::as_const(m_clients))
        feedHealthChanged(client->settings().id); // staleness comes with time alone
    if (++m_ticks % statusEveryTicks == 0) {
        // Only the feeds this seat ingests: another seat's rows are that seat's to write.
        for (const feeds::FeedClient *client : std::as_const(m_clients))
            saveFeedStatus(client->settings().id);
        sendFeeds();
    }
}

void SessionWorker::flush()
{
    QString error;
    if (m_journal->flush(&error))
        return;
    // Refused because another seat wrote some of these rows since (its engine escalated the same
    // alarm, say): this seat takes that seat's rows, and writes the rest.
    QString readError;
    if (!m_journal->adoptStale(*m_engine, &readError).isEmpty() && m_journal->flush(&error))
        return;
    if (m_outlets.problem)
        m_outlets.problem(Tr::tr("%n alarm change(s) not saved yet: %1", nullptr, m_journal->pending()).arg(error));
}

void SessionWorker::saveFeedStatus(const QString &feedId)
{
    core::FeedStatus status = m_feeds.value(feedId);
    status.updatedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_store->saveFeedStatus(status, &error) && m_outlets.problem)
        m_outlets.problem(error);
    m_feeds[feedId].updatedAt = status.updatedAt;
}

void SessionWorker::sendFeeds()
{
    if (m_outlets.feeds)
        m_outlets.feeds(m_feeds.values());
}

void SessionWorker::act(quint64 requestId, const AlarmAction &action)
{
    alarms::ActionResult result = perform(action);
    if (result) {
        QString error;
        if (!m_journal->flush(&error)) {
            // Refused because another seat changed the alarm first? Then that seat's change stands.
            QString readError;
            const QList<core::Alarm> adopted = m_journal->adoptStale(*m_engine, &readError);
            const auto mine = std::find_if(adopted.cbegin(), adopted.cend(),
                                           [&action](const core::Alarm &a) { return a.key == action.key; });
            if (mine != adopted.cend())
                result = {false, conflictText(action, *mine)};
            else if (adopted.isEmpty() || !m_journal->flush(&error))
                result.message = Tr::tr("Done, but not saved yet (it is retried every second): %1").arg(error);
        }
        // The officer's change reaches the console before its answer does, not at the next refresh.
        sendDelta();
    }
    if (m_outlets.actionFinished)
        m_outlets.actionFinished(requestId, result);
}

alarms::ActionResult SessionWorker::perform(const AlarmAction &a)
{
    using Kind = AlarmAction::Kind;
    using alarms::AlarmTrigger;
    const QString &user = m_config.user;
    switch (a.kind) {
    case Kind::Acknowledge: return m_engine->act(a.key, AlarmTrigger::Acknowledge, user, a.comment);
    case Kind::Shelve: return m_engine->act(a.key, AlarmTrigger::Shelve, user, a.comment, a.shelveMs);
    case Kind::Unshelve: return m_engine->act(a.key, AlarmTrigger::Unshelve, user, a.comment);
    case Kind::Suppress: return m_engine->act(a.key, AlarmTrigger::Suppress, user, a.comment);
    case Kind::Unsuppress: return m_engine->act(a.key, AlarmTrigger::Unsuppress, user, a.comment);
    case Kind::RemoveFromService: return m_engine->act(a.key, AlarmTrigger::RemoveFromService, user, a.comment);
    case Kind::ReturnToService: return m_engine->act(a.key, AlarmTrigger::ReturnToService, user, a.comment);
    case Kind::Comment: return m_engine->addComment(a.key, user, a.comment);
    case Kind::Verify: return m_engine->verify(a.key, user, a.verification, a.comment);
    }
    return {false, QString()};
}

QList<alarms::AlarmEpisode> SessionWorker::searchHistory(const alarms::HistoryQuery &query) const
{
    return m_engine ? m_engine->history().search(query) : QList<alarms::AlarmEpisode>();
}

QList<core::QuarantinedItem> SessionWorker::quarantined(const QString &feedId, int limit) const
{
    if (!m_store)
        return {};
    QString error;
    return m_store->quarantinedItems(feedId, limit, &error).value_or(QList<core::QuarantinedItem>());
}

void SessionWorker::alarmChanged(const core::Alarm &alarm)
{
    m_journal->alarmChanged(alarm);
    m_removed.remove(alarm.key);
    m_changed.insert(alarm.key);
    m_refresh.changed();
}

void SessionWorker::alarmRemoved(const core::AlarmKey &key)
{
    m_changed.remove(key);
    m_removed.insert(key);
    m_refresh.changed();
}

void SessionWorker::audited(const alarms::AuditRecord &record) { m_journal->audited(record); }

void SessionWorker::escalated(const core::Alarm &alarm, core::EscalationStage)
{
    if (m_outlets.escalated)
        m_outlets.escalated(alarm);
}

void SessionWorker::floodChanged(bool inFlood, const QDateTime &)
{
    m_inFlood = inFlood;
    m_refresh.changed();
}

void SessionWorker::sendDelta()
{
    AlarmDelta delta;
    delta.inFlood = m_inFlood;
    delta.eventsArrived = m_arrived;
    delta.replaceAll = m_sendAll;
    if (m_sendAll) {
        delta.changed = m_engine->alarms();
    } else {
        delta.changed.reserve(m_changed.size());
        for (const core::AlarmKey &key : std::as_const(m_changed))
            if (const core::Alarm *a = m_engine->find(key))
                delta.changed.append(*a);
        delta.removed = m_removed.values();
    }
    m_changed.clear();
    m_removed.clear();
    m_arrived = 0;
    m_sendAll = false;
    if (m_outlets.delta)
        m_outlets.delta(delta);
}

} // namespace cp::live
