// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench alarms [--bodies N]: events per second of the alarm ingest, with 10,000-event
// JSON bodies of protocol v1 (docs/feed-api.md) from 300 hazchem plants: first parse alone, then
// the pipeline on one core (parse → sector plugins → engine → committed store, live::StoreFeedSink
// as the session runs it), then the whole live session on its thread (live::LiveSession: HTTP
// client, parse, store and engine) fed over loopback by a server of prepared pages on another.
#include "benchmarks.h"
#include "pageserver.h"

#include "alarms/alarmengine.h"
#include "alarms/sectorclassifier.h"
#include "feeds/feedparser.h"
#include "live/alarmjournal.h"
#include "live/livesession.h"
#include "live/storefeedsink.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <ctime>

namespace cp::bench {

namespace {
constexpr int eventsPerBody = 10000;
constexpr int enterprises = 300;

// Bodies as a busy feed sends them: sensors of many enterprises going active and clearing, with a
// mix of kinds so the classifier's rules are all exercised. Body i carries cursor p<i+1>.
QList<QByteArray> makeBodies(int count)
{
    static const struct { const char *sensor; const char *kind; const char *unit; double low; double high; } sensors[] = {
        {"GT-01", "combustible_gas", "%LEL", 20, 60}, {"GT-02", "combustible_gas", "%LEL", 20, 60},
        {"TX-01", "h2s", "mg/m3", 8, 25},            {"TX-02", "nh3", "mg/m3", 15, 45},
        {"LT-01", "tank_level", "%", 85, 98},        {"PT-01", "tank_pressure", "MPa", 1.5, 2.0},
    };
    QRandomGenerator random(42);
    const QDateTime t0 = QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::OffsetFromUTC, 8 * 3600);
    QList<QByteArray> bodies;
    qint64 id = 0;
    QVector<bool> active(enterprises * 6);
    for (int b = 0; b < count; ++b) {
        QByteArray body = "{\"cursor\":\"" + pageCursor(b + 1) + "\",\"alarms\":[";
        for (int i = 0; i < eventsPerBody; ++i, ++id) {
            const int e = static_cast<int>(random.bounded(enterprises));
            const int s = static_cast<int>(random.bounded(6));
            bool &on = active[e * 6 + s];
            on = !on;
            const auto &sensor = sensors[s];
            const double value = sensor.low + (sensor.high - sensor.low) * random.generateDouble();
            if (i > 0)
                body += ',';
            body += "{\"id\":\"b-" + QByteArray::number(id) + "\",\"enterprise_id\":\"E" + QByteArray::number(e + 1)
                    + "\",\"sensor_id\":\"" + sensor.sensor + "\",\"kind\":\"" + sensor.kind
                    + "\",\"value\":" + QByteArray::number(value, 'f', 2) + ",\"unit\":\"" + sensor.unit
                    + "\",\"state\":\"" + (on ? "active" : "cleared") + "\",\"time\":\""
                    + t0.addMSecs(id * 6).toString(Qt::ISODate).toLatin1() + "\"}";
        }
        bodies.append(body + "]}");
    }
    return bodies;
}

//! Every enterprise a hazchem plant with tank setpoints, so the plugins' rules all apply.
QList<core::Enterprise> plants()
{
    QList<core::Enterprise> out;
    for (int e = 1; e <= enterprises; ++e) {
        core::Enterprise plant;
        plant.id = QStringLiteral("E%1").arg(e);
        plant.sectorId = QStringLiteral("hazchem");
        plant.majorHazard = e % 5 == 0 ? core::MajorHazardGrade::Two : core::MajorHazardGrade::None;
        plant.sectorAttributes.insert(
            QStringLiteral("setpoints"),
            QVariantMap{{QStringLiteral("tank_level"), QVariantMap{{QStringLiteral("high"), 90}, {QStringLiteral("high_high"), 95}}},
                        {QStringLiteral("tank_pressure"), QVariantMap{{QStringLiteral("high"), 1.8}}}});
        out.append(plant);
    }
    return out;
}

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

/*!
 * parse → sector plugins → engine → store on this thread, as the session's thread runs it: one
 * transaction (events, their alarms' states, cursor) per body. Returns the median milliseconds
 * and the CPU time of the last run, or a negative number with \a error set.
 */
double pipelineMilliseconds(const QList<QByteArray> &bodies, const sectors::SectorRegistry &registry, qint64 *cpuNs,
                            QString *error)
{
    alarms::SectorClassifier classifier(registry);
    classifier.setEnterprises(plants());
    QHash<QString, QString> sectorByEnterprise;
    for (const core::Enterprise &e : plants())
        sectorByEnterprise.insert(e.id, e.sectorId);
    // A fresh store per run, made before the clock starts: creating a GeoPackage is not ingest.
    constexpr int runs = 3;
    QTemporaryDir dir;
    std::vector<std::unique_ptr<storage::GeoPackageStore>> stores;
    for (int i = 0; i < runs; ++i) {
        stores.push_back(storage::GeoPackageStore::create(dir.filePath(QStringLiteral("ingest%1.gpkg").arg(i)), error));
        if (!stores.back())
            return -1;
    }
    bool failed = false;
    int run = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double ms = medianMilliseconds(runs, [&] {
        storage::GeoPackageStore &store = *stores.at(static_cast<size_t>(run++));
        alarms::AlarmEngine engine(classifier, {}, [now] { return now; });
        engine.setEnterpriseSectors(sectorByEnterprise);
        live::AlarmJournal journal(store);
        struct : alarms::AlarmObserver
        {
            live::AlarmJournal *journal = nullptr;
            void alarmChanged(const core::Alarm &a) override { journal->alarmChanged(a); }
        } observer;
        observer.journal = &journal;
        engine.setObserver(&observer);
        live::StoreFeedSink sink(store, engine, journal);
        const qint64 cpuStart = threadCpuNs();
        for (int b = 0; b < bodies.size(); ++b) {
            feeds::ParsedBody parsed = feeds::parseAlarmsBody(bodies.at(b));
            const feeds::FeedBatch batch{QStringLiteral("bench"), QString::fromLatin1(pageCursor(b)), parsed.cursor,
                                         std::move(parsed.events), {}};
            if (!sink.commit(batch, error)) {
                failed = true;
                return;
            }
        }
        *cpuNs = threadCpuNs() - cpuStart;
    });
    return failed ? -1 : ms;
}

/*!
 * The whole live session: from start() until every event of \a bodies, served over loopback, is
 * stored and applied. Returns milliseconds, or a negative number with \a error set.
 */
double sessionMilliseconds(const QList<QByteArray> &bodies, const sectors::SectorRegistry &registry, QString *error)
{
    PageServer server(bodies);
    if (!server.start()) {
        *error = QStringLiteral("the page server could not listen on loopback");
        return -1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.gpkg"));
    if (!storage::GeoPackageStore::create(path, error))
        return -1;
    live::LiveSessionConfig config;
    config.storePath = path;
    config.sectors = &registry;
    config.enterprises = plants();
    config.user = QStringLiteral("bench");
    feeds::FeedSettings feed;
    feed.id = QStringLiteral("bench");
    feed.baseUrl = server.baseUrl();
    feed.pageLimit = eventsPerBody;
    feed.maxBodyBytes = 64 * 1024 * 1024;
    config.feeds = {feed};
    const qint64 expected = static_cast<qint64>(bodies.size()) * eventsPerBody;
    qint64 arrived = 0;
    live::LiveSession session;
    QEventLoop loop;
    QObject::connect(&session, &live::LiveSession::eventsArrived, &loop, [&](int count) {
        arrived += count;
        if (arrived >= expected)
            loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    if (!session.start(config, error))
        return -1;
    loop.exec();
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    session.stop();
    if (arrived < expected) {
        *error = QStringLiteral("only %1 of %2 events arrived within 5 minutes").arg(arrived).arg(expected);
        return -1;
    }
    return ms;
}
} // namespace

int runAlarmsBench(BenchReport &report, const QStringList &arguments)
{
    int bodyCount = 10;
    const int at = static_cast<int>(arguments.indexOf(QStringLiteral("--bodies")));
    if (at >= 0) {
        bool ok = false;
        bodyCount = arguments.value(at + 1).toInt(&ok);
        if (!ok || bodyCount < 1) {
            QTextStream(stderr) << "commandpost-bench alarms: --bodies: \"" << arguments.value(at + 1)
                                << "\" is not a whole number >= 1\n";
            return 2;
        }
    }
    sectors::SectorRegistry registry;
    registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
    if (!registry.sector(QStringLiteral("hazchem"))) {
        QTextStream(stderr) << "commandpost-bench alarms: the hazchem plugin is not built (ninja commandpost_sector_hazchem)\n";
        return 1;
    }
    const QList<QByteArray> bodies = makeBodies(bodyCount);
    const double events = static_cast<double>(bodyCount) * eventsPerBody;
    const QString note = QStringLiteral("%1 events, %2 hazchem plants").arg(events).arg(enterprises);

    int refused = 0;
    const double parseMs = medianMilliseconds(3, [&] {
        refused = 0;
        for (const QByteArray &body : bodies) {
            const feeds::ParsedBody p = feeds::parseAlarmsBody(body);
            refused += static_cast<int>(p.quarantined.size()) + (p.ok ? 0 : eventsPerBody);
        }
    });
    if (refused > 0) {
        QTextStream(stderr) << "commandpost-bench alarms: " << refused << " generated events were refused\n";
        return 1;
    }
    report.figure(QStringLiteral("parse_events_per_s"), events / parseMs * 1000, QStringLiteral("events/s"), note);

    QString error;
    qint64 cpuNs = 0;
    const double pipelineMs = pipelineMilliseconds(bodies, registry, &cpuNs, &error);
    if (pipelineMs < 0) {
        QTextStream(stderr) << "commandpost-bench alarms: " << error << "\n";
        return 1;
    }
    report.figure(QStringLiteral("pipeline_events_per_s"), events / pipelineMs * 1000, QStringLiteral("events/s"),
                  note + QStringLiteral("; parse, plugins, engine, committed store on one thread"));
    report.figure(QStringLiteral("pipeline_events_per_cpu_s"), events / (static_cast<double>(cpuNs) / 1e9),
                  QStringLiteral("events/s"), QStringLiteral("the same, per second of the thread's CPU time"));

    const double sessionMs = sessionMilliseconds(bodies, registry, &error);
    if (sessionMs < 0) {
        QTextStream(stderr) << "commandpost-bench alarms: " << error << "\n";
        return 1;
    }
    report.figure(QStringLiteral("session_events_per_s"), events / sessionMs * 1000, QStringLiteral("events/s"),
                  note + QStringLiteral("; live::LiveSession over loopback HTTP, start to last event applied; target >= 100,000"));
    return 0;
}

} // namespace cp::bench
