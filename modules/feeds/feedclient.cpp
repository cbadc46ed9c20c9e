// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedclient.h"

#include "feeds/feedurl.h"
#include "feeds/retryafter.h"
#include "feeds/tr.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcFeeds, "cp.feeds")

namespace cp::feeds {

FeedClient::FeedClient(const FeedSettings &settings, FeedBatchSink *sink, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_sink(sink)
    , m_network(new QNetworkAccessManager(this))
    , m_decoder(settings.maxBodyBytes)
    , m_health(settings.health, m_clock.now())
    , m_random(QRandomGenerator::global()->generate())
{
    m_cursor = m_sink->cursor(m_settings.id);
    m_pollTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &FeedClient::poll);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_abortReason = Tr::tr("No answer within %1 ms").arg(m_settings.timeoutMs);
            m_reply->abort();
        }
    });
    // Stale depends on time passing without success, so health is re-read while nothing happens.
    m_healthTimer.setInterval(1000);
    connect(&m_healthTimer, &QTimer::timeout, this, &FeedClient::updateHealth);

    const QString urlProblem = feedUrlProblem(m_settings.baseUrl, !m_settings.token.isEmpty());
    if (!urlProblem.isEmpty())
        m_configError = Tr::tr("Feed %1: %2").arg(m_settings.id, urlProblem);
#ifndef QT_NO_SSL
    if (m_configError.isEmpty() && !m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (cas.isEmpty())
            m_configError = Tr::tr("Feed %1: no PEM certificate in the CA file %2").arg(m_settings.id, m_settings.caFile);
    }
#else
    if (m_settings.baseUrl.scheme() == QLatin1String("https"))
        m_configError = Tr::tr("Feed %1: this build has no TLS support for %2").arg(m_settings.id, m_settings.baseUrl.toString());
#endif
}

FeedClient::~FeedClient()
{
    stop();
}

void FeedClient::start()
{
    if (!m_configError.isEmpty()) {
        qCWarning(lcFeeds).noquote() << m_configError;
        m_health.recordFailure(m_clock.now(), m_configError);
        updateHealth();
        emit failed(m_configError, -1);
        return;
    }
    m_running = true;
    m_healthTimer.start();
    schedule(0);
}

void FeedClient::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_timeoutTimer.stop();
    m_healthTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void FeedClient::poll()
{
    if (!m_running || m_reply)
        return;
    QUrl url = m_settings.baseUrl;
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + QStringLiteral("/api/v1/alarms"));
    // Every byte of the cursor percent-encoded but the unreserved ones, so '+', '&', '=', '#', '%'
    // and spaces reach the server as they were given (QUrlQuery would leave '+' to mean a space).
    url.setQuery(QStringLiteral("cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(m_cursor))
                     + QStringLiteral("&limit=") + QString::number(m_settings.pageLimit),
                 QUrl::StrictMode);
    m_redirects = 0;
    get(url);
}

void FeedClient::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    // Asked for by the client itself, so Qt leaves the body compressed and the size limit holds
    // after decompression (BodyDecoder).
    request.setRawHeader("Accept-Encoding", "gzip, deflate");
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    // Redirects are followed by hand, only to the configured origin: the token never leaves it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
#ifndef QT_NO_SSL
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // never off: a feed of alarms must be authentic
        if (!m_settings.caFile.isEmpty())
            tls.setCaCertificates(tls.caCertificates() + QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
#endif
    m_abortReason.clear();
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    QString ignored;
    m_decoder.start(QByteArray(), &ignored); // identity until the headers say otherwise
    m_headersSeen = false;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (m_headersSeen)
            return; // the encoding is set once; a second signal must not drop what was decoded
        m_headersSeen = true;
        QString error;
        if (!m_decoder.start(reply->rawHeader("Content-Encoding"), &error) && m_abortReason.isEmpty()) {
            m_abortReason = error;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        QString error;
        if (m_abortReason.isEmpty() && !m_decoder.append(reply->readAll(), &error)) {
            m_abortReason = error;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    m_timeoutTimer.start(m_settings.timeoutMs);
}

void FeedClient::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    if (!m_abortReason.isEmpty())
        return fail(m_abortReason);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return fail(Tr::tr("Network error: %1").arg(reply->errorString()));
    if (followRedirect(reply))
        return;
    if (status.toInt() != 200) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return fail(Tr::tr("HTTP %1 %2").arg(status.toInt()).arg(reason), retryAfterMs(reply));
    }
    // A 200 whose body was cut off by the connection (fewer bytes than Content-Length).
    if (reply->error() != QNetworkReply::NoError)
        return fail(Tr::tr("Network error: %1").arg(reply->errorString()));
    QString error;
    if (!m_decoder.append(reply->readAll(), &error) || !m_decoder.finish(&error))
        return fail(error);
    take(m_decoder.body());
}

bool FeedClient::followRedirect(QNetworkReply *reply)
{
    constexpr int maxRedirects = 5;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    if (originOf(target) != originOf(m_settings.baseUrl))
        fail(Tr::tr("HTTP %1: a redirect to %2 is refused; the feed is only asked at %3")
                 .arg(status)
                 .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), originOf(m_settings.baseUrl)));
    else if (++m_redirects > maxRedirects)
        fail(Tr::tr("More than %1 redirects").arg(maxRedirects));
    else
        get(target);
    return true;
}

void FeedClient::take(const QByteArray &body)
{
    const ParsedBody parsed = parseAlarmsBody(body);
    if (!parsed.ok)
        return block(parsed.error);

    FeedBatch batch{m_settings.id, m_cursor, parsed.cursor, parsed.events, parsed.quarantined};
    const QDateTime received = m_clock.now();
    for (core::QuarantinedItem &q : batch.quarantined) {
        q.feedId = m_settings.id;
        q.cursor = m_cursor;
        q.receivedAt = received;
        qCWarning(lcFeeds).noquote() << Tr::tr("Feed %1: item quarantined: %2").arg(m_settings.id, describeQuarantined(q));
    }
    if (!batch.events.isEmpty() || !batch.quarantined.isEmpty() || batch.cursor != m_cursor) {
        QString error;
        if (!m_sink->commit(batch, &error))
            return fail(Tr::tr("The store refused the batch: %1").arg(error));
    }
    m_cursor = parsed.cursor;
    m_health.recordSuccess(received, static_cast<int>(batch.quarantined.size()),
                           batch.quarantined.isEmpty() ? QString() : describeQuarantined(batch.quarantined.first()));
    updateHealth();
    if (!batch.events.isEmpty())
        emit batchCommitted(batch);
    // A full page means more is waiting: fetch it at once to catch up.
    schedule(batch.events.size() + batch.quarantined.size() >= m_settings.pageLimit ? 0 : m_settings.intervalMs);
}

void FeedClient::block(const QString &error)
{
    const QString cursor = m_cursor.isEmpty() ? Tr::tr("(start)") : m_cursor;
    m_health.recordBlocked(m_clock.now(), Tr::tr("blocked at cursor %1: %2").arg(cursor, error));
    retryLater(backoffMs());
}

QString FeedClient::healthReason() const
{
    return m_healthState == core::FeedHealthState::Up ? QString() : m_health.lastError();
}

void FeedClient::fail(const QString &error, int retryAfter)
{
    m_health.recordFailure(m_clock.now(), error);
    retryLater(retryAfter >= 0 ? std::min(retryAfter, m_settings.retryAfterMaxMs) : backoffMs());
}

void FeedClient::retryLater(int delayMs)
{
    const QString error = m_health.lastError();
    qCWarning(lcFeeds).noquote() << Tr::tr("Feed %1: %2; retrying in %3 ms").arg(m_settings.id, error).arg(delayMs);
    updateHealth();
    emit failed(error, delayMs);
    schedule(delayMs);
}

int FeedClient::backoffMs()
{
    const int failures = std::max(1, m_health.consecutiveFailures());
    const double base = std::min<double>(m_settings.backoffMaxMs,
                                         m_settings.backoffInitialMs * std::pow(2.0, std::min(failures - 1, 30)));
    const double spread = 1.0 + m_settings.jitter * (2.0 * m_random.generateDouble() - 1.0);
    return static_cast<int>(std::max(0.0, base * spread));
}

int FeedClient::retryAfterMs(QNetworkReply *reply) const
{
    const qint64 ms = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    return ms < 0 ? -1 : static_cast<int>(std::min<qint64>(ms, m_settings.retryAfterMaxMs));
}

void FeedClient::schedule(int delayMs)
{
    m_nextDelayMs = delayMs;
    if (m_running)
        m_pollTimer.start(delayMs);
}

void FeedClient::updateHealth()
{
    const core::FeedHealthState state = m_health.state(m_clock.now());
    if (state == m_healthState)
        return;
    m_healthState = state;
    qCInfo(lcFeeds).noquote() << Tr::tr("Feed %1 is now %2%3")
                                     .arg(m_settings.id, core::displayName(state),
                                          healthReason().isEmpty() ? QString() : QStringLiteral(" (") + healthReason() + QLatin1Char(')'));
    emit healthChanged(state, healthReason());
}

} // namespace cp::feeds
