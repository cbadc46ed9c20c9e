// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/bodydecoder.h"
#include "feeds/feedbatchsink.h"
#include "feeds/feedhealth.h"
#include "feeds/feedparser.h"
#include "feeds/feedsettings.h"

#include "core/steadyclock.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace cp::feeds {

/*!
 * \brief Polls one alarm feed (protocol v1, docs/feed-api.md) and hands each batch to a sink.
 *
 * One client a feed. It asks for events after its cursor, parses the body, and gives the events
 * (and the items quarantined on their own) with the new cursor to the FeedBatchSink; it moves on
 * to the new cursor only when the sink has committed. Failures (network, timeout, HTTP status, a
 * body over the decoded size limit, a refused commit) leave the cursor where it was and retry with
 * exponential backoff and jitter, or after the server's Retry-After; a body that cannot be read at
 * all blocks the feed at its cursor, retried the same way. Outside input is hostile: the token goes
 * only to the configured scheme, host and port (a redirect elsewhere is refused), never over plain
 * http to another machine, and TLS peers are always verified.
 */
class FeedClient : public QObject
{
    Q_OBJECT

public:
    /*!
     * \a sink is not owned and must outlive the client. The start cursor is the sink's committed
     * cursor for settings.id.
     */
    FeedClient(const FeedSettings &settings, FeedBatchSink *sink, QObject *parent = nullptr);
    ~FeedClient() override;

    const FeedSettings &settings() const { return m_settings; }
    //! The cursor of the last committed batch (what the next request sends).
    QString cursor() const { return m_cursor; }
    core::FeedHealthState healthState() const { return m_healthState; }
    //! Why the feed is not up, e.g. "blocked at cursor c9: …"; empty when it is.
    QString healthReason() const;
    QDateTime lastSuccess() const { return m_health.lastSuccess(); }
    QString lastError() const { return m_health.lastError(); }
    QDateTime lastErrorAt() const { return m_health.lastErrorAt(); }
    //! Seeds the jitter so tests are repeatable.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    //! The delay before the next poll, as last scheduled (for tests and the status line).
    int nextDelayMs() const { return m_nextDelayMs; }

    //! Starts polling at once. A bad CA file or URL is reported through failed() and health, and no poll is made.
    void start();
    //! Stops polling and aborts a request in flight.
    void stop();

signals:
    //! Emitted when the sink committed \a batch; the engine applies its events from here.
    void batchCommitted(const cp::feeds::FeedBatch &batch);
    //! Emitted when a poll failed; the cursor did not move. \a retryInMs is the delay before the next try.
    void failed(const QString &error, int retryInMs);
    //! Emitted when the health state changes; \a reason is healthReason().
    void healthChanged(cp::core::FeedHealthState state, const QString &reason);

private:
    void poll();
    void get(const QUrl &url);
    void finish(QNetworkReply *reply);
    bool followRedirect(QNetworkReply *reply);
    void take(const QByteArray &body);
    void fail(const QString &error, int retryAfterMs = -1);
    void block(const QString &error);
    //! Reports the failure m_health holds and polls again after \a delayMs.
    void retryLater(int delayMs);
    void schedule(int delayMs);
    void updateHealth();
    int backoffMs();
    int retryAfterMs(QNetworkReply *reply) const;

    FeedSettings m_settings;
    FeedBatchSink *m_sink;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_pollTimer;
    QTimer m_timeoutTimer;
    QTimer m_healthTimer;
    QString m_cursor;
    QString m_abortReason;  // why we aborted the reply in flight (timeout, size)
    BodyDecoder m_decoder;
    int m_redirects = 0;    // hops followed for the poll in flight
    bool m_headersSeen = false; // of the reply in flight: its Content-Encoding chose the decoding
    //! The health's times: durations (down, stale) must not move when the system clock is set.
    core::SteadyClock m_clock;
    FeedHealth m_health;
    core::FeedHealthState m_healthState = core::FeedHealthState::Up;
    QRandomGenerator m_random;
    int m_nextDelayMs = 0;
    bool m_running = false;
    bool m_tlsReady = true;
    QString m_configError;
};

} // namespace cp::feeds
