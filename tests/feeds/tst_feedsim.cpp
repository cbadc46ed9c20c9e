// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-feedsim on its own: arguments, HTTP answers, enterprises from a GeoPackage, and the
// gas-leak and flood scenarios driven through the client into the engine.
#include "simprocess.h"
#include "testpaths.h"

#include "feeds/feedclient.h"
#include "feeds/localsimulator.h"
#include "feeds/memoryfeedsink.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp::feeds;
using cp::test::SimProcess;

namespace {
QString simProgram() { return cp::test::binaryPath(QStringLiteral("app/commandpost-feedsim/commandpost-feedsim")); }

QPair<int, QByteArray> get(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return {status, body};
}

// Fetches from \a sim into \a sink until \a done says so.
void drain(const SimProcess &sim, MemoryFeedSink &sink, const std::function<bool()> &done)
{
    FeedSettings s;
    s.id = QStringLiteral("sim");
    s.baseUrl = QUrl(sim.baseUrl());
    s.intervalMs = 50;
    s.pageLimit = 2000;
    FeedClient client(s, &sink);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(done(), 30000);
}
} // namespace

class TestFeedSim : public QObject
{
    Q_OBJECT

private slots:
    void badArgumentsExitWithTwoAndNameTheArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("a port that is not a number") << QStringList{"--port", "x", "--enterprises", "2"} << "--port";
        QTest::newRow("an unknown scenario") << QStringList{"--scenario", "storm", "--enterprises", "2"} << "--scenario";
        QTest::newRow("a zero rate") << QStringList{"--rate", "0", "--enterprises", "2"} << "--rate";
        QTest::newRow("an unknown fault") << QStringList{"--faults", "5xx,meteor", "--enterprises", "2"} << "meteor";
        QTest::newRow("a fault period of zero") << QStringList{"--faults", "slow:0", "--enterprises", "2"} << "slow:0";
        QTest::newRow("no enterprises at all") << QStringList{"--port", "0"} << "--enterprises";
        QTest::newRow("a missing GeoPackage") << QStringList{"--data", "/nonexistent/demo.gpkg"} << "/nonexistent/demo.gpkg";
        QTest::newRow("an unknown option") << QStringList{"--colour", "red", "--enterprises", "2"} << "colour";
    }

    void badArgumentsExitWithTwoAndNameTheArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QProcess p;
        p.start(simProgram(), arguments);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString error = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void aSimulatorThatCannotStartIsReported()
    {
        LocalSimulator badArguments;
        QSignalSpy failed(&badArguments, &LocalSimulator::failed);
        badArguments.start(simProgram(), {"--scenario", "storm", "--enterprises", "2"});
        QVERIFY(!badArguments.waitForListening(10000));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(badArguments.errorText().contains(QStringLiteral("code 2")) && badArguments.errorText().contains(QStringLiteral("storm")),
                 qPrintable(badArguments.errorText()));

        LocalSimulator missing;
        missing.start(QStringLiteral("/nonexistent/commandpost-feedsim"), {});
        QVERIFY(!missing.waitForListening(5000));
        QVERIFY2(missing.errorText().contains(QStringLiteral("/nonexistent/commandpost-feedsim")), qPrintable(missing.errorText()));
    }

    void httpAnswersFollowTheProtocol_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("the first page") << "/api/v1/alarms?cursor=&limit=5" << 200;
        QTest::newRow("no cursor at all is the first page") << "/api/v1/alarms" << 200;
        QTest::newRow("a cursor the server never gave") << "/api/v1/alarms?cursor=zz" << 400;
        QTest::newRow("a cursor past the end") << "/api/v1/alarms?cursor=c1000" << 400;
        QTest::newRow("a limit of zero") << "/api/v1/alarms?limit=0" << 400;
        QTest::newRow("a limit over 5000") << "/api/v1/alarms?limit=5001" << 400;
        QTest::newRow("another path") << "/api/v2/alarms" << 404;
    }

    void httpAnswersFollowTheProtocol()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        SimProcess sim;
        QVERIFY2(sim.start({"--enterprises", "3", "--rate", "1000", "--events", "20"}), qPrintable(sim.errorText()));
        QTest::qWait(100);
        const auto answer = get(sim.baseUrl() + path);
        QCOMPARE(answer.first, status);
        QVERIFY2(!QJsonDocument::fromJson(answer.second).isNull(), answer.second.constData());
        if (status == 200) {
            const QJsonObject o = QJsonDocument::fromJson(answer.second).object();
            QVERIFY(o.value(QStringLiteral("cursor")).isString());
            QVERIFY(o.value(QStringLiteral("alarms")).isArray());
        }
    }

    void enterprisesComeFromTheGeoPackage()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("e.geojson"));
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"LS-HC-001","sector":"hazchem","category":"plant"},"geometry":{"type":"Point","coordinates":[400100,3950100]}},
{"type":"Feature","properties":{"id":"LS-CM-001","sector":"coalmine","category":"mine"},"geometry":{"type":"Point","coordinates":[410100,3960100]}}]})");
        f.close();
        const QString gpkg = dir.filePath(QStringLiteral("demo.gpkg"));
        QProcess ogr;
        ogr.start(QStringLiteral("ogr2ogr"), {"-f", "GPKG", "-nln", "enterprises", "-a_srs", "EPSG:4548", gpkg, json});
        QVERIFY2(ogr.waitForFinished(30000) && ogr.exitCode() == 0, ogr.readAllStandardError().constData());

        SimProcess sim;
        QVERIFY2(sim.start({"--data", gpkg, "--rate", "1000", "--events", "40"}), qPrintable(sim.errorText()));
        QTest::qWait(200);
        const auto answer = get(sim.baseUrl() + QStringLiteral("/api/v1/alarms?limit=40"));
        QCOMPARE(answer.first, 200);
        QSet<QString> ids;
        QSet<QString> kinds;
        for (const QJsonValue &v : QJsonDocument::fromJson(answer.second).object().value(QStringLiteral("alarms")).toArray()) {
            ids.insert(v.toObject().value(QStringLiteral("enterprise_id")).toString());
            kinds.insert(v.toObject().value(QStringLiteral("kind")).toString());
        }
        QCOMPARE(ids, (QSet<QString>{QStringLiteral("LS-HC-001"), QStringLiteral("LS-CM-001")}));
        QVERIFY(kinds.contains(QStringLiteral("methane")));

        QProcess wrongLayer;
        wrongLayer.start(simProgram(), {"--data", json, "--port", "0"});
        QVERIFY(wrongLayer.waitForFinished(10000));
        QCOMPARE(wrongLayer.exitCode(), 2);
    }

    void aGasLeakRisesThroughBothLevelsAndSpreadsToNeighbours()
    {
        SimProcess sim;
        QVERIFY2(sim.start({"--scenario", "gas-leak", "--enterprises", "12", "--speed", "200", "--rate", "0.01", "--seed", "3"}),
                 qPrintable(sim.errorText()));
        MemoryFeedSink sink;
        const auto leakEvents = [&] {
            int n = 0;
            for (const auto &e : sink.events())
                n += e.message == QLatin1String("leak simulation");
            return n;
        };
        drain(sim, sink, [&] { return leakEvents() == 16; });
        QSet<QString> spreadTo;
        QList<double> sourceValues;
        for (const auto &e : sink.events()) {
            if (e.message != QLatin1String("leak simulation"))
                continue;
            if (e.enterpriseId == QLatin1String("E0001") && e.sensorId == QLatin1String("GT-01"))
                sourceValues.append(e.value);
            else if (e.enterpriseId != QLatin1String("E0001") && e.active)
                spreadTo.insert(e.enterpriseId);
        }
        QCOMPARE(sourceValues, (QList<double>{28, 38, 56, 6}));
        QCOMPARE(spreadTo.size(), 3);
    }

    void aFloodIsTenThousandEventsInAMinute()
    {
        SimProcess sim;
        QVERIFY2(sim.start({"--scenario", "flood", "--enterprises", "50", "--speed", "30", "--rate", "0.01", "--seed", "5"}),
                 qPrintable(sim.errorText()));
        MemoryFeedSink sink;
        drain(sim, sink, [&] { return sink.events().size() >= 10000; });
        // The first 10,000 events (a handful of background ones among them) span about one
        // scenario minute: the flood starts at 10 s and lasts 60 s.
        const QDateTime first = sink.events().first().time;
        const QDateTime last = sink.events().at(9999).time;
        QVERIFY2(first.secsTo(last) <= 72, qPrintable(QString::number(first.secsTo(last))));
    }
};

QTEST_GUILESS_MAIN(TestFeedSim)
#include "tst_feedsim.moc"
