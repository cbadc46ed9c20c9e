// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/alarmingest.h"

#include "alarms/alarmengine.h"

namespace cp::feeds {

AlarmIngest::AlarmIngest(alarms::AlarmEngine &engine, FeedBatchSink &sink, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_sink(sink)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { m_engine.tick(); });
}

FeedClient *AlarmIngest::addFeed(const FeedSettings &settings)
{
    auto *client = new FeedClient(settings, &m_sink, this);
    const QString id = settings.id;
    connect(client, &FeedClient::batchCommitted, this, [this, id](const FeedBatch &batch) {
        for (const alarms::AlarmEvent &e : batch.events)
            m_engine.apply(e);
        emit eventsApplied(id, static_cast<int>(batch.events.size()));
    });
    connect(client, &FeedClient::healthChanged, this,
            [this, id](FeedHealth::State state, const QString &error) { emit feedHealthChanged(id, state, error); });
    m_clients.append(client);
    return client;
}

void AlarmIngest::start()
{
    for (FeedClient *c : std::as_const(m_clients))
        c->start();
    m_tick.start();
}

void AlarmIngest::stop()
{
    m_tick.stop();
    for (FeedClient *c : std::as_const(m_clients))
        c->stop();
}

} // namespace cp::feeds
