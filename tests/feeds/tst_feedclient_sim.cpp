// SPDX-License-Identifier: GPL-2.0-or-later
// The feed client against the real simulator on loopback, one fault at a time. Every check ends
// with the exactly-once check: each event the simulator served in a complete response reached
// the sink exactly as many times as it was served, and every generated event reached it.
#include "simprocess.h"

#include "feeds/feedclient.h"
#include "feeds/memoryfeedsink.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cp::feeds;
using cp::test::SimProcess;

namespace {
constexpr int eventCount = 1000;

struct Run
{
    QStringList failures;           // error texts
    QList<int> retryDelays;
    QStringList cursorsAtFailure;   // the client's cursor when a poll failed
    QStringList retriedFrom;        // previousCursor of the first batch after each failure
    QList<cp::core::FeedHealthState> health;
    QList<QString> committedOrder;  // event ids in arrival order, duplicates included
};

FeedSettings settingsFor(const SimProcess &sim)
{
    FeedSettings s;
    s.id = QStringLiteral("sim");
    s.baseUrl = QUrl(sim.baseUrl());
    s.intervalMs = 20;
    s.timeoutMs = 800;
    s.pageLimit = 200;
    s.backoffInitialMs = 50;
    s.backoffMaxMs = 400;
    s.maxBodyBytes = 1024 * 1024;
    return s;
}
} // namespace

class TestFeedClientSim : public QObject
{
    Q_OBJECT

private:
    // Polls until the sink holds every generated event (or the timeout), recording what happened.
    void runAgainst(const QStringList &simArguments, Run &run, MemoryFeedSink &sink, const QString &token = QString())
    {
        SimProcess sim;
        QVERIFY2(sim.start(QStringList{QStringLiteral("--enterprises"), QStringLiteral("12"), QStringLiteral("--rate"),
                                       QStringLiteral("20000"), QStringLiteral("--events"), QString::number(eventCount),
                                       QStringLiteral("--seed"), QStringLiteral("7")}
                           + simArguments),
                 qPrintable(sim.errorText()));
        FeedSettings settings = settingsFor(sim);
        settings.token = token;
        FeedClient client(settings, &sink);
        client.setRandomSeed(1);
        bool failedSinceLastCommit = false;
        connect(&client, &FeedClient::failed, this, [&](const QString &error, int retryInMs) {
            run.failures.append(error);
            run.retryDelays.append(retryInMs);
            run.cursorsAtFailure.append(client.cursor());
            QCOMPARE(client.cursor(), sink.cursor(settings.id));
            failedSinceLastCommit = true;
        });
        connect(&client, &FeedClient::batchCommitted, this, [&](const FeedBatch &batch) {
            if (failedSinceLastCommit)
                run.retriedFrom.append(batch.previousCursor);
            failedSinceLastCommit = false;
            for (const auto &e : batch.events)
                run.committedOrder.append(e.id);
            // Stop at once: later polls would meet more injected faults.
            if (sink.events().size() == eventCount)
                client.stop();
        });
        connect(&client, &FeedClient::healthChanged, this, [&](cp::core::FeedHealthState s, const QString &) { run.health.append(s); });
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(sink.events().size() == eventCount, 30000);
        QCOMPARE(client.healthState(), cp::core::FeedHealthState::Up);

        // Exactly once: what the simulator served completely reached the sink as often as it was served.
        QHash<QString, int> servedComplete;
        QSet<QString> servedAny;
        for (const SimProcess::Served &s : sim.served()) {
            servedAny.insert(s.id);
            if (s.delivery == QLatin1String("complete"))
                ++servedComplete[s.id];
        }
        QCOMPARE(servedAny.size(), eventCount);
        for (const auto &e : sink.events())
            QVERIFY2(servedAny.contains(e.id), qPrintable(e.id));
        for (auto it = servedComplete.constBegin(); it != servedComplete.constEnd(); ++it)
            QCOMPARE(sink.deliveries(it.key()), it.value());
        // Each retry asked again from the cursor it had when the poll failed.
        for (int i = 0; i < run.retriedFrom.size(); ++i)
            QVERIFY(run.cursorsAtFailure.contains(run.retriedFrom.at(i)));
    }

private slots:
    void aHealthyFeedDeliversEveryEventOnce()
    {
        Run run;
        MemoryFeedSink sink;
        runAgainst({}, run, sink);
        QVERIFY(run.failures.isEmpty());
        QCOMPARE(sink.redelivered(), 0);
    }

    void serverErrorsBackOffForRetryAfterAndRecover()
    {
        Run run;
        MemoryFeedSink sink;
        runAgainst({QStringLiteral("--faults"), QStringLiteral("5xx:3")}, run, sink);
        QVERIFY(!run.failures.isEmpty());
        QVERIFY2(run.failures.first().contains(QStringLiteral("503")), qPrintable(run.failures.first()));
        for (int delay : run.retryDelays)
            QCOMPARE(delay, 1000); // Retry-After: 1, honoured instead of the 50 ms backoff
        QVERIFY(run.health.contains(cp::core::FeedHealthState::Degraded));
        QCOMPARE(run.health.last(), cp::core::FeedHealthState::Up);
    }

    void aTruncatedBodyIsRefusedWholeAndTheCursorStays()
    {
        Run run;
        MemoryFeedSink sink;
        runAgainst({QStringLiteral("--faults"), QStringLiteral("truncated:3")}, run, sink);
        QVERIFY(!run.failures.isEmpty());
        QVERIFY2(run.failures.first().contains(QStringLiteral("not valid JSON")), qPrintable(run.failures.first()));
        QVERIFY(!run.retriedFrom.isEmpty());
        // A body that cannot be read at all blocks the feed at its cursor until one can.
        QVERIFY(run.health.contains(cp::core::FeedHealthState::Blocked));
        QCOMPARE(run.health.last(), cp::core::FeedHealthState::Up);
        // Backoff with jitter: the first failure waits 50 ms ± 20 %.
        QVERIFY2(run.retryDelays.first() >= 40 && run.retryDelays.first() <= 60, qPrintable(QString::number(run.retryDelays.first())));
    }

    void duplicatesAreDeliveredAgainAndTheSinkKeepsEachOnce()
    {
        Run run;
        MemoryFeedSink sink;
        runAgainst({QStringLiteral("--faults"), QStringLiteral("duplicates:2")}, run, sink);
        QVERIFY(run.failures.isEmpty());
        QVERIFY(sink.redelivered() > 0);
    }

    void anOversizeBodyIsAbortedWithAClearError()
    {
        Run run;
        MemoryFeedSink sink;
        runAgainst({QStringLiteral("--faults"), QStringLiteral("oversize:4"), QStringLiteral("--oversize-bytes"),
                    QString::number(4 * 1024 * 1024)},
                   run, sink);
        QVERIFY(!run.failures.isEmpty());
        QVERIFY2(run.failures.first().contains(QStringLiteral("exceeds the limit of 1048576 bytes")), qPrintable(run.failures.first()));
    }

    void aSlowAnswerTimesOutAndIsRetried()
    {
        Run run;
        MemoryFeedSink sink;
        runAgainst({QStringLiteral("--faults"), QStringLiteral("slow:3"), QStringLiteral("--slow-ms"), QStringLiteral("2000")}, run, sink);
        QVERIFY(!run.failures.isEmpty());
        QVERIFY2(run.failures.first().contains(QStringLiteral("No answer within 800 ms")), qPrintable(run.failures.first()));
        QVERIFY(!run.retriedFrom.isEmpty());
    }

    void outOfOrderTimesAreTakenInArrivalOrder()
    {
        Run run;
        MemoryFeedSink sink;
        runAgainst({QStringLiteral("--faults"), QStringLiteral("out-of-order:5")}, run, sink);
        QVERIFY(run.failures.isEmpty());
        int backwards = 0;
        for (int i = 1; i < sink.events().size(); ++i) {
            if (sink.events().at(i).time < sink.events().at(i - 1).time)
                ++backwards;
            // Arrival order is the feed's order: sim-7-0, sim-7-1, …
            QCOMPARE(sink.events().at(i).id, QStringLiteral("sim-7-%1").arg(i));
        }
        QVERIFY(backwards > 0);
    }

    void aWrongTokenIsRefusedAndTheRightOneAccepted()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--enterprises"), QStringLiteral("3"), QStringLiteral("--token"), QStringLiteral("s3cret"),
                            QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--events"), QStringLiteral("10")}),
                 qPrintable(sim.errorText()));
        MemoryFeedSink sink;
        FeedSettings settings = settingsFor(sim);
        settings.token = QStringLiteral("wrong");
        FeedClient wrong(settings, &sink);
        QSignalSpy failed(&wrong, &FeedClient::failed);
        wrong.start();
        QTRY_VERIFY(!failed.isEmpty());
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("401")), qPrintable(failed.first().first().toString()));
        wrong.stop();
        QCOMPARE(sink.commits(), 0);
        settings.token = QStringLiteral("s3cret");
        FeedClient right(settings, &sink);
        right.start();
        QTRY_COMPARE(sink.events().size(), 10);
    }

    void aRefusedCommitKeepsTheCursorAndIsRetried()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--enterprises"), QStringLiteral("3"), QStringLiteral("--rate"), QStringLiteral("1000"),
                            QStringLiteral("--events"), QStringLiteral("50")}),
                 qPrintable(sim.errorText()));
        MemoryFeedSink sink;
        sink.setRefusal(QStringLiteral("disk full"));
        FeedClient client(settingsFor(sim), &sink);
        QSignalSpy failed(&client, &FeedClient::failed);
        client.start();
        QTRY_VERIFY(failed.size() >= 2);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("disk full")), qPrintable(failed.first().first().toString()));
        QVERIFY(client.cursor().isEmpty());
        sink.setRefusal(QString());
        QTRY_COMPARE(sink.events().size(), 50);
        QCOMPARE(client.cursor(), sink.cursor(QStringLiteral("sim")));
        QVERIFY(!client.cursor().isEmpty());
    }

    void aClientStartsFromTheCommittedCursor()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--enterprises"), QStringLiteral("3"), QStringLiteral("--rate"), QStringLiteral("1000"),
                            QStringLiteral("--events"), QStringLiteral("30")}),
                 qPrintable(sim.errorText()));
        MemoryFeedSink sink;
        {
            FeedSettings s = settingsFor(sim);
            s.pageLimit = 10;
            FeedClient first(s, &sink);
            QSignalSpy committed(&first, &FeedClient::batchCommitted);
            first.start();
            QTRY_VERIFY(!committed.isEmpty());
            first.stop(); // as if the process died after the first commit
        }
        const int already = static_cast<int>(sink.events().size());
        FeedClient second(settingsFor(sim), &sink);
        QCOMPARE(second.cursor(), sink.cursor(QStringLiteral("sim")));
        second.start();
        QTRY_COMPARE(sink.events().size(), 30);
        QCOMPARE(sink.redelivered(), 0);
        QVERIFY(already > 0);
    }

    void tlsIsVerifiedAgainstTheGivenCaFile()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                                  "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        SimProcess sim;
        QVERIFY2(sim.start({"--enterprises", "3", "--rate", "1000", "--events", "20", "--tls-cert", cert, "--tls-key", key}),
                 qPrintable(sim.errorText()));
        FeedSettings settings = settingsFor(sim);
        settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(sim.port()));

        MemoryFeedSink untrusting;
        FeedClient withoutCa(settings, &untrusting);
        QSignalSpy refused(&withoutCa, &FeedClient::failed);
        withoutCa.start();
        QTRY_VERIFY(!refused.isEmpty());
        withoutCa.stop();
        QCOMPARE(untrusting.commits(), 0); // a self-signed server is not trusted by default
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("SSL")), qPrintable(refused.first().first().toString()));

        settings.caFile = cert;
        MemoryFeedSink trusting;
        FeedClient withCa(settings, &trusting);
        withCa.start();
        QTRY_COMPARE(trusting.events().size(), 20);
    }

    void clientsKilledAtAnyInstantNeitherLoseNorDuplicate()
    {
        SimProcess sim;
        QVERIFY2(sim.start({"--enterprises", "6", "--rate", "20000", "--events", "2000", "--seed", "9"}), qPrintable(sim.errorText()));
        MemoryFeedSink sink;
        FeedSettings settings = settingsFor(sim);
        settings.pageLimit = 50;
        QRandomGenerator random(4);
        // Each client is destroyed after a random moment: between polls, with a request in
        // flight, or just after a commit. The next one starts from the sink's cursor.
        for (int life = 0; life < 40 && sink.events().size() < 2000; ++life) {
            FeedClient client(settings, &sink);
            client.start();
            QTest::qWait(static_cast<int>(random.bounded(60)));
        }
        FeedClient last(settings, &sink);
        last.start();
        QTRY_COMPARE_WITH_TIMEOUT(sink.events().size(), 2000, 30000);
        QCOMPARE(sink.redelivered(), 0);
        for (const auto &e : sink.events())
            QCOMPARE(sink.deliveries(e.id), 1);
    }

    void aBadCaFileIsReportedAndNothingIsPolled()
    {
        MemoryFeedSink sink;
        FeedSettings s;
        s.id = QStringLiteral("tls");
        s.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        s.caFile = QStringLiteral("/nonexistent/ca.pem");
        FeedClient client(s, &sink);
        QSignalSpy failed(&client, &FeedClient::failed);
        client.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("/nonexistent/ca.pem")),
                 qPrintable(failed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestFeedClientSim)
#include "tst_feedclient_sim.moc"
