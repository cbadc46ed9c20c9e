// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/sessionworker.h"

#include "core/beijingtime.h"
#include "feeds/feedclient.h"
#include "live/tr.h"
#include "storage/geopackagestore.h"

namespace cp::live {

namespace {
constexpr int tickIntervalMs = 1000;      // the engine's timers: shelve expiry, escalation, stale, flood end
constexpr int statusEveryTicks = 10;      // feed status (events today, lag) written every 10 s besides changes

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
}

SessionWorker::~SessionWorker() { stop(); }

bool SessionWorker::start(QString *error)
{
    m_store = storage::GeoPackageStore::open(m_config.storePath, error);
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
    const std::optional<QList<core::Alarm>> open = m_store->openAlarms(error);
    if (!open)
        return false;
    const std::optional<QList<core::FeedStatus>> stored = m_store->feeds(error);
    if (!stored)
        return false;

    m_classifier = std::make_unique<alarms::SectorClassifier>(*m_config.sectors);
    m_classifier->setEnterprises(enterprises);
    const core::SteadyClock clock = m_clock;
    m_engine = std::make_unique<alarms::AlarmEngine>(*m_classifier, m_config.engine, [clock] { return clock.now(); });
    QHash<QString, QString> sectors;
    for (const core::Enterprise &e : std::as_const(enterprises))
        sectors.insert(e.id, e.sectorId);
    m_engine->setEnterpriseSectors(sectors);
    m_engine->restore(*open);
    m_engine->setObserver(this);
    m_journal = std::make_unique<AlarmJournal>(*m_store);
    m_sink = std::make_unique<StoreFeedSink>(*m_store, *m_engine, *m_journal);
    m_sink->setDelivered([this](const QString &feedId, int fresh, const QDateTime &newest) { delivered(feedId, fresh, newest); });
    m_communication = std::make_unique<CommunicationAlarms>(*m_engine, [clock] { return clock.now(); });

    m_today = core::beijingNow().date();
    for (const core::FeedStatus &f : *stored)
        m_feeds.insert(f.feedId, f);
    QStringList ids;
    for (const feeds::FeedSettings &settings : std::as_const(m_config.feeds)) {
        ids.append(settings.id);
        addFeed(settings);
    }
    m_communication->retire(ids);
    flush();
    m_sendAll = true;
    sendDelta();
    sendFeeds();
    for (feeds::FeedClient *client : std::as_const(m_clients))
        client->start();
    m_tick.start();
    return true;
}

void SessionWorker::addFeed(const feeds::FeedSettings &settings)
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
}

void SessionWorker::stop()
{
    m_tick.stop();
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
    for (feeds::FeedClient *client : std::as_const(m_clients))
        feedHealthChanged(client->settings().id); // staleness comes with time alone
    if (++m_ticks % statusEveryTicks == 0) {
        for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it)
            saveFeedStatus(it.key());
        sendFeeds();
    }
}

void SessionWorker::flush()
{
    QString error;
    if (!m_journal->flush(&error) && m_outlets.problem)
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
        if (!m_journal->flush(&error))
            result.message = Tr::tr("Done, but not saved yet (it is retried every second): %1").arg(error);
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
