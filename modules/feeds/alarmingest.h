// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feedclient.h"

#include <QObject>
#include <QTimer>

namespace cp::alarms {
class AlarmEngine;
}

namespace cp::feeds {

/*!
 * \brief Feeds → sink → engine: the ingest loop of the desk and of `commandpost --headless`.
 *
 * Owns one FeedClient per feed; every batch the sink committed is applied to the engine, and the
 * engine's timers (shelve expiry, escalation, stale, flood end) run every tickIntervalMs. Lives
 * on the thread that owns the engine.
 */
class AlarmIngest : public QObject
{
    Q_OBJECT

public:
    //! \a engine and \a sink are not owned and must outlive the ingest.
    AlarmIngest(alarms::AlarmEngine &engine, FeedBatchSink &sink, QObject *parent = nullptr);

    //! Adds a feed; the client is owned by the ingest. Call before start().
    FeedClient *addFeed(const FeedSettings &settings);
    QList<FeedClient *> feeds() const { return m_clients; }
    void setTickInterval(int msecs) { m_tick.setInterval(msecs); }

    void start();
    void stop();

signals:
    //! Emitted after the events of a committed batch of feed \a feedId were applied to the engine.
    void eventsApplied(const QString &feedId, int count);
    //! Emitted when the health of feed \a feedId changes.
    void feedHealthChanged(const QString &feedId, cp::feeds::FeedHealth::State state, const QString &lastError);

private:
    alarms::AlarmEngine &m_engine;
    FeedBatchSink &m_sink;
    QList<FeedClient *> m_clients;
    QTimer m_tick;
};

} // namespace cp::feeds
