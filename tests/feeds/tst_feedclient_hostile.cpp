// SPDX-License-Identifier: GPL-2.0-or-later
// The feed client against a scripted real HTTP server on loopback, one hostile answer at a time:
// redirects elsewhere, a token over plain http, a gzip bomb, a cursor full of delimiters, one bad
// item in a page, a page that cannot be read at all.
#include "scriptedhttpserver.h"

#include "feeds/feedclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <zlib.h>

using namespace cp;
using cp::test::ScriptedHttpServer;

namespace {

//! Keeps every committed batch whole, quarantined items included.
class RecordingSink : public feeds::FeedBatchSink
{
public:
    bool commit(const feeds::FeedBatch &batch, QString *) override
    {
        batches.append(batch);
        return true;
    }
    QString cursor(const QString &) const override { return QString(); }
    QList<feeds::FeedBatch> batches;
};

feeds::FeedSettings settingsFor(const ScriptedHttpServer &server)
{
    feeds::FeedSettings s;
    s.id = QStringLiteral("hostile");
    s.baseUrl = QUrl(server.baseUrl());
    s.intervalMs = 50;
    s.timeoutMs = 5000;
    s.backoffInitialMs = 100;
    s.backoffMaxMs = 2000;
    s.jitter = 0;
    return s;
}

QByteArray item(const QString &id)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("enterprise_id"), QStringLiteral("E0001")},
                                     {QStringLiteral("sensor_id"), QStringLiteral("GT-01")},
                                     {QStringLiteral("kind"), QStringLiteral("combustible_gas")},
                                     {QStringLiteral("value"), 30},
                                     {QStringLiteral("unit"), QStringLiteral("%LEL")},
                                     {QStringLiteral("state"), QStringLiteral("active")},
                                     {QStringLiteral("time"), QStringLiteral("2026-12-06T03:00:00+08:00")}})
        .toJson(QJsonDocument::Compact);
}

QByteArray page(const QByteArray &cursor, const QList<QByteArray> &items)
{
    QByteArray text = "{\"cursor\":" + cursor + ",\"alarms\":[";
    for (int i = 0; i < items.size(); ++i)
        text += (i ? "," : "") + items.at(i);
    return text + "]}";
}

//! gzip of \a zeros zero bytes, made in a stream so the inflated size is never held.
QByteArray gzipOfZeros(qint64 zeros)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    static const QByteArray chunk(1 << 20, '\0');
    QByteArray out;
    char buffer[1 << 16];
    for (qint64 done = 0; done < zeros; done += chunk.size()) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.constData()));
        z.avail_in = static_cast<uInt>(chunk.size());
        const int flush = done + chunk.size() >= zeros ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, static_cast<int>(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TestFeedClientHostile : public QObject
{
    Q_OBJECT

private slots:
    void aRedirectToAnotherServerIsRefusedAndNeverGetsTheToken()
    {
        ScriptedHttpServer elsewhere;
        elsewhere.respondJson(page("\"x\"", {item(QStringLiteral("stolen"))}));
        ScriptedHttpServer feed;
        feed.respond(302, {"Location: " + elsewhere.baseUrl().toUtf8() + "/api/v1/alarms?cursor="}, QByteArray());
        RecordingSink sink;
        feeds::FeedSettings settings = settingsFor(feed);
        settings.token = QStringLiteral("s3cret");
        feeds::FeedClient client(settings, &sink);
        QSignalSpy failed(&client, &feeds::FeedClient::failed);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        const QString error = failed.first().at(0).toString();
        QVERIFY2(error.contains(QStringLiteral("redirect")) && error.contains(elsewhere.baseUrl()), qPrintable(error));
        QTest::qWait(300);
        QVERIFY(elsewhere.requests().isEmpty());
        QVERIFY(sink.batches.isEmpty());
        QCOMPARE(feed.requests().first().header("authorization"), QByteArray("Bearer s3cret"));
    }

    void aRedirectOnTheSameServerIsFollowedWithTheToken()
    {
        ScriptedHttpServer feed;
        feed.respond(307, {"Location: /v2/api/v1/alarms?cursor=&limit=5000"}, QByteArray());
        feed.respondJson(page("\"c1\"", {item(QStringLiteral("e1"))}));
        RecordingSink sink;
        feeds::FeedSettings settings = settingsFor(feed);
        settings.token = QStringLiteral("s3cret");
        feeds::FeedClient client(settings, &sink);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(sink.batches.size(), 1, 5000);
        QCOMPARE(feed.requests().at(1).target, QByteArray("/v2/api/v1/alarms?cursor=&limit=5000"));
        QCOMPARE(feed.requests().at(1).header("authorization"), QByteArray("Bearer s3cret"));
    }

    void aTokenOverPlainHttpGoesOnlyToThisMachine()
    {
        RecordingSink sink;
        feeds::FeedSettings settings;
        settings.id = QStringLiteral("remote");
        settings.baseUrl = QUrl(QStringLiteral("http://feed.example.cn:8765"));
        settings.token = QStringLiteral("s3cret");
        feeds::FeedClient client(settings, &sink);
        QSignalSpy failed(&client, &feeds::FeedClient::failed);
        client.start(); // refused before any connection
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("https")), qPrintable(failed.first().at(0).toString()));
        QVERIFY(client.healthState() != core::FeedHealthState::Up);
    }

    void aGzipBombStopsAtTheDecodedLimitWithinMemory()
    {
        const QByteArray bomb = gzipOfZeros(qint64(1) << 30); // 1 GiB inflated
        QVERIFY2(bomb.size() < 2 * 1024 * 1024, qPrintable(QString::number(bomb.size())));
        ScriptedHttpServer feed;
        feed.respond(200, {"Content-Type: application/json", "Content-Encoding: gzip"}, bomb);
        RecordingSink sink;
        feeds::FeedSettings settings = settingsFor(feed);
        settings.maxBodyBytes = 8 * 1024 * 1024;
        feeds::FeedClient client(settings, &sink);
        QSignalSpy failed(&client, &feeds::FeedClient::failed);
        const qint64 before = residentKiB();
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        const qint64 growthKiB = residentKiB() - before;
        const QString error = failed.first().at(0).toString();
        QVERIFY2(error.contains(QStringLiteral("decoded body exceeds the limit of 8388608 bytes")), qPrintable(error));
        QVERIFY2(growthKiB < 100 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growthKiB)));
        QCOMPARE(feed.requests().first().header("accept-encoding"), QByteArray("gzip, deflate"));
        QVERIFY(sink.batches.isEmpty());
        qInfo("gzip bomb: %lld bytes sent, RSS grew by %lld KiB", static_cast<long long>(bomb.size()), growthKiB);
    }

    void aCursorGoesBackByteExact()
    {
        const QString cursor = QString::fromUtf8("a+b/c=d&e%f#g h\xe4\xb8\xad~.");
        ScriptedHttpServer feed;
        feed.respondJson(page(QJsonDocument(QJsonArray{cursor}).toJson(QJsonDocument::Compact).mid(1).chopped(1),
                              {item(QStringLiteral("e1"))}));
        feed.respondJson(page("\"next\"", {}));
        RecordingSink sink;
        feeds::FeedClient client(settingsFor(feed), &sink);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(feed.requests().size() >= 2, 5000);
        const QByteArray query = feed.requests().at(1).target.split('?').value(1);
        QByteArray sent;
        for (const QByteArray &pair : query.split('&'))
            if (pair.startsWith("cursor="))
                sent = pair.mid(7);
        QVERIFY2(!sent.contains('+') && !sent.contains('&') && !sent.contains('#') && !sent.contains(' '), sent.constData());
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(sent)), cursor); // '+' stays '+'
    }

    void oneBadItemIsQuarantinedAndTheRestTaken()
    {
        const QByteArray bad = R"({"id":"e2","enterprise_id":"E0001","value":1e400})";
        ScriptedHttpServer feed;
        feed.respondJson(page("\"c1\"", {item(QStringLiteral("e1")), bad, item(QStringLiteral("e3"))}));
        feed.respondJson(page("\"c1\"", {}));
        RecordingSink sink;
        feeds::FeedClient client(settingsFor(feed), &sink);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(sink.batches.size(), 1, 5000);
        const feeds::FeedBatch &batch = sink.batches.first();
        QCOMPARE(batch.cursor, QStringLiteral("c1"));
        QCOMPARE(batch.events.size(), 2);
        QCOMPARE(batch.quarantined.size(), 1);
        const core::QuarantinedItem &q = batch.quarantined.first();
        QCOMPARE(q.feedId, QStringLiteral("hostile"));
        QCOMPARE(q.cursor, QString()); // asked with the start cursor
        QCOMPARE(q.index, 1);
        QCOMPARE(q.eventId, QStringLiteral("e2"));
        QCOMPARE(q.raw, bad);
        QVERIFY(q.receivedAt.isValid());
        QCOMPARE(client.healthState(), core::FeedHealthState::Degraded);
        QCOMPARE(client.cursor(), QStringLiteral("c1")); // the feed went on
    }

    void anUnreadablePageBlocksTheFeedWithBackoffUntilItCanBeRead()
    {
        ScriptedHttpServer feed;
        feed.respondJson(page("\"c1\"", {item(QStringLiteral("e1"))}));
        for (int i = 0; i < 3; ++i)
            feed.respondJson("{\"cursor\":\"c2\",\"alarms\":[{\"id\":"); // cut off inside an item
        feed.respondJson(page("\"c2\"", {item(QStringLiteral("e2"))}));
        RecordingSink sink;
        feeds::FeedClient client(settingsFor(feed), &sink);
        QSignalSpy failed(&client, &feeds::FeedClient::failed);
        QSignalSpy health(&client, &feeds::FeedClient::healthChanged);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(client.healthState(), core::FeedHealthState::Blocked);
        QVERIFY2(client.healthReason().startsWith(QStringLiteral("blocked at cursor c1: ")), qPrintable(client.healthReason()));
        QTRY_COMPARE_WITH_TIMEOUT(sink.batches.size(), 2, 10000);
        QCOMPARE(failed.size(), 3);
        QVERIFY(failed.at(1).at(1).toInt() > failed.at(0).at(1).toInt()); // backoff, no tight loop
        QVERIFY(failed.at(2).at(1).toInt() > failed.at(1).at(1).toInt());
        QCOMPARE(client.healthState(), core::FeedHealthState::Up);
        QCOMPARE(client.cursor(), QStringLiteral("c2"));
    }
};

QTEST_GUILESS_MAIN(TestFeedClientHostile)
#include "tst_feedclient_hostile.moc"
