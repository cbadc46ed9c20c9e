// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench alarms [--bodies N]: events per second through parse → classify → engine on
// one core, with 10,000-event JSON bodies of protocol v1 (docs/feed-api.md): first with the
// generic classifier, then the whole ingest of `commandpost --headless` — the sector plugins
// classify and every body is committed to a GeoPackage store with its cursor (StoreFeedSink).
#include "benchmarks.h"

#include "alarms/alarmengine.h"
#include "alarms/defaultclassifier.h"
#include "alarms/sectorclassifier.h"
#include "feeds/feedparser.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"
#include "storefeedsink.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

namespace cp::bench {

namespace {
constexpr int eventsPerBody = 10000;
constexpr int enterprises = 300;

// Bodies as a busy feed sends them: sensors of many enterprises going active and clearing, with a
// mix of kinds so the classifier's rules are all exercised.
QList<QByteArray> makeBodies(int count)
{
    static const struct { const char *sensor; const char *kind; const char *unit; double low; double high; } sensors[] = {
        {"GT-01", "combustible_gas", "%LEL", 20, 60}, {"GT-02", "combustible_gas", "%LEL", 20, 60},
        {"TX-01", "h2s", "mg/m3", 8, 25},            {"T1-01", "methane", "%", 0.8, 1.8},
        {"LT-01", "tank_level", "%", 85, 98},        {"PT-01", "tank_pressure", "MPa", 1.5, 2.0},
    };
    QRandomGenerator random(42);
    const QDateTime t0 = QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::OffsetFromUTC, 8 * 3600);
    QList<QByteArray> bodies;
    qint64 id = 0;
    QVector<bool> active(enterprises * 6);
    for (int b = 0; b < count; ++b) {
        QByteArray body = "{\"cursor\":\"c" + QByteArray::number(id + eventsPerBody, 36) + "\",\"alarms\":[";
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

//! Nanoseconds of each stage of the last ingest run.
struct IngestShares
{
    qint64 parseNs = 0;
    qint64 commitNs = 0;
    qint64 applyNs = 0;
    qint64 cpuNs = 0; //!< CPU time of the thread, user and system: "one core" whatever the machine's load
};

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

/*!
 * parse → sector plugins → engine → store, as `commandpost --headless` runs it: every enterprise
 * a hazchem plant with tank setpoints, one transaction (events + cursor) per body. Returns the
 * median milliseconds, or a negative number with \a error set.
 */
double ingestMilliseconds(const QList<QByteArray> &bodies, const QDateTime &now, IngestShares &shares, QString *error)
{
    sectors::SectorRegistry registry;
    registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
    if (!registry.sector(QStringLiteral("hazchem"))) {
        *error = QStringLiteral("the hazchem plugin is not built (ninja commandpost_sector_hazchem)");
        return -1;
    }
    QList<core::Enterprise> plants;
    QHash<QString, QString> sectorByEnterprise;
    for (int e = 1; e <= enterprises; ++e) {
        core::Enterprise plant;
        plant.id = QStringLiteral("E%1").arg(e);
        plant.sectorId = QStringLiteral("hazchem");
        plant.sectorAttributes.insert(
            QStringLiteral("setpoints"),
            QVariantMap{{QStringLiteral("tank_level"), QVariantMap{{QStringLiteral("high"), 90}, {QStringLiteral("high_high"), 95}}}});
        plants.append(plant);
        sectorByEnterprise.insert(plant.id, plant.sectorId);
    }
    alarms::SectorClassifier classifier(registry);
    classifier.setEnterprises(plants);
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
    const double ms = medianMilliseconds(runs, [&] {
        app::StoreFeedSink sink(*stores.at(static_cast<size_t>(run++)));
        alarms::AlarmEngine engine(classifier, {}, [now] { return now; });
        engine.setEnterpriseSectors(sectorByEnterprise);
        shares = {};
        const qint64 cpuStart = threadCpuNs();
        QElapsedTimer step;
        for (const QByteArray &body : bodies) {
            step.start();
            feeds::ParsedBody parsed = feeds::parseAlarmsBody(body);
            shares.parseNs += step.nsecsElapsed();
            step.start();
            feeds::FeedBatch batch{QStringLiteral("bench"), QString(), parsed.cursor, std::move(parsed.events)};
            if (!sink.commit(batch, error)) {
                failed = true;
                return;
            }
            shares.commitNs += step.nsecsElapsed();
            step.start();
            for (const auto &e : std::as_const(batch.events))
                engine.apply(e);
            shares.applyNs += step.nsecsElapsed();
        }
        shares.cpuNs = threadCpuNs() - cpuStart;
    });
    return failed ? -1 : ms;
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
    const QList<QByteArray> bodies = makeBodies(bodyCount);
    const double events = static_cast<double>(bodyCount) * eventsPerBody;
    alarms::DefaultClassifier classifier;
    QHash<QString, QString> sectors;
    for (int e = 1; e <= enterprises; ++e)
        sectors.insert(QStringLiteral("E%1").arg(e), e % 2 ? QStringLiteral("hazchem") : QStringLiteral("coalmine"));

    QList<feeds::ParsedBody> parsed;
    const double parseMs = medianMilliseconds(3, [&] {
        parsed.clear();
        for (const QByteArray &body : bodies)
            parsed.append(feeds::parseAlarmsBody(body));
    });
    int rejected = 0;
    for (const auto &p : parsed)
        rejected += static_cast<int>(p.rejections.size()) + (p.ok ? 0 : eventsPerBody);
    if (rejected > 0) {
        QTextStream(stderr) << "commandpost-bench alarms: " << rejected << " generated events were refused\n";
        return 1;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    int transitions = 0;
    const double engineMs = medianMilliseconds(3, [&] {
        alarms::AlarmEngine engine(classifier, {}, [now] { return now; });
        engine.setEnterpriseSectors(sectors);
        transitions = 0;
        for (const auto &p : parsed) {
            for (const auto &e : p.events)
                transitions += engine.apply(e) == alarms::ApplyOutcome::Transitioned;
        }
    });

    qint64 parseNs = 0;
    qint64 applyNs = 0;
    const double totalMs = medianMilliseconds(3, [&] {
        alarms::AlarmEngine engine(classifier, {}, [now] { return now; });
        engine.setEnterpriseSectors(sectors);
        parseNs = applyNs = 0;
        QElapsedTimer step;
        for (const QByteArray &body : bodies) {
            step.start();
            const feeds::ParsedBody p = feeds::parseAlarmsBody(body);
            parseNs += step.nsecsElapsed();
            step.start();
            for (const auto &e : p.events)
                engine.apply(e);
            applyNs += step.nsecsElapsed();
        }
    });

    const QString note = QStringLiteral("%1 bodies of %2 events").arg(bodyCount).arg(eventsPerBody);
    report.figure(QStringLiteral("parse_events_per_s"), events / (parseMs / 1000), QStringLiteral("events/s"), note);
    report.figure(QStringLiteral("classify_engine_events_per_s"), events / (engineMs / 1000), QStringLiteral("events/s"),
                  QStringLiteral("%1 state transitions").arg(transitions));
    report.figure(QStringLiteral("parse_classify_engine_events_per_s"), events / (totalMs / 1000), QStringLiteral("events/s"),
                  QStringLiteral("target 100000 on one core"));
    report.figure(QStringLiteral("parse_classify_engine_us_per_event"), totalMs * 1000 / events, QStringLiteral("us"), note);
    report.figure(QStringLiteral("pipeline_parse_us_per_event"), parseNs / events / 1000, QStringLiteral("us"),
                  QStringLiteral("the parse share of the pipeline, last run"));
    report.figure(QStringLiteral("pipeline_classify_engine_us_per_event"), applyNs / events / 1000, QStringLiteral("us"),
                  QStringLiteral("the classify + engine share of the pipeline, last run"));

    QString error;
    IngestShares shares;
    const double ingestMs = ingestMilliseconds(bodies, now, shares, &error);
    if (ingestMs < 0) {
        QTextStream(stderr) << "commandpost-bench alarms: " << error << "\n";
        return 1;
    }
    report.figure(QStringLiteral("ingest_plugins_store_events_per_s"), events / (ingestMs / 1000), QStringLiteral("events/s"),
                  QStringLiteral("parse, sector plugins, engine, GeoPackage commit per body; target 100000 on one core"));
    report.figure(QStringLiteral("ingest_plugins_store_us_per_event"), ingestMs * 1000 / events, QStringLiteral("us"), note);
    report.figure(QStringLiteral("ingest_plugins_store_events_per_cpu_s"), events / (static_cast<double>(shares.cpuNs) / 1e9),
                  QStringLiteral("events/s"), QStringLiteral("the same per second of the thread's CPU time (user + system), last run"));
    report.figure(QStringLiteral("ingest_commit_us_per_event"), shares.commitNs / events / 1000, QStringLiteral("us"),
                  QStringLiteral("the store's share: convert + one transaction per body, last run"));
    report.figure(QStringLiteral("ingest_plugins_engine_us_per_event"), shares.applyNs / events / 1000, QStringLiteral("us"),
                  QStringLiteral("the sector plugins + engine share, last run"));
    return 0;
}

} // namespace cp::bench
