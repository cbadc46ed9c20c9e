// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench shared [--events N] [--changes C]: the shared PostgreSQL store on a private
// server the benchmark starts (as the multi-seat tests do). Feed events committed per second into
// PostgreSQL against the GeoPackage in the same run, change → other seat latency, and a seat
// catching up C missed changes (the multi-seat issue: ≥ 20k events/s, p99 < 500 ms, 100k < 5 s).
#include "benchmarks.h"

#include "pgcluster.h"
#include "storage/changefollower.h"
#include "storage/geopackagestore.h"
#include "storage/postgresstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace cp::bench {

namespace {

//! Events per second committing \a events in batches of 1000 through \a store; negative on failure.
double ingest(storage::Store &store, const QList<core::AlarmEvent> &events, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    for (int at = 0; at < events.size(); at += 1000)
        if (!store.commitFeedBatch(QStringLiteral("bench"), events.mid(at, 1000), {}, QString::number(at), {}, error))
            return -1;
    return events.size() / (static_cast<double>(clock.nsecsElapsed()) / 1e9);
}

double percentile(QList<double> values, int p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, values.size() * p / 100));
}

} // namespace

int runSharedBench(BenchReport &report, const QStringList &args)
{
    const int eventCount = std::max(1000, intArgument(args, QStringLiteral("--events"), 100000));
    const int changeCount = std::max(1, intArgument(args, QStringLiteral("--changes"), 100000));
    QTextStream err(stderr);
    QString error;
    test::PgCluster cluster;
    if (!cluster.start(&error) || !cluster.createDatabase(QStringLiteral("bench"), &error)) {
        err << error << '\n';
        return 1;
    }
    const storage::PostgresAddress address = *storage::PostgresAddress::parse(cluster.conninfo(QStringLiteral("bench")), &error);
    std::unique_ptr<storage::PostgresStore> seatA;
    if (storage::PostgresStore::initialize(address, &error))
        seatA = storage::PostgresStore::connect(address, &error);
    QTemporaryDir dir;
    auto local = seatA ? storage::GeoPackageStore::create(dir.filePath(QStringLiteral("reference.gpkg")), &error) : nullptr;
    if (!local) {
        err << error << '\n';
        return 1;
    }

    const QList<core::AlarmEvent> events = benchFeedEvents(eventCount);
    const double shared = ingest(*seatA, events, &error);
    const double embedded = shared < 0 ? -1 : ingest(*local, events, &error);
    if (embedded < 0) {
        err << error << '\n';
        return 1;
    }
    report.figure(QStringLiteral("postgres_events_per_second"), shared, QStringLiteral("events/s"),
                  QStringLiteral("%1 new events, batches of 1000 with their cursor, one transaction each").arg(eventCount));
    report.figure(QStringLiteral("geopackage_events_per_second"), embedded, QStringLiteral("events/s"),
                  QStringLiteral("reference: the same batches into the one-seat GeoPackage"));

    // Change → other seat: seat A saves an incident, seat B's follower delivers it.
    storage::ChangeFollower seatB(address, *seatA->latestChange(&error), {});
    seatB.start();
    QList<double> latencies;
    QElapsedTimer clock;
    QEventLoop loop;
    QObject::connect(&seatB, &storage::ChangeFollower::changed, &loop, [&] {
        latencies.append(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        loop.quit();
    });
    for (int i = 0; i < 200; ++i) {
        core::Incident incident{QStringLiteral("B%1").arg(i), QStringLiteral("bench"), QStringLiteral("gas"), QStringLiteral("leak"),
                                QStringLiteral("E001"), QString(), {116.1, 35.8}, core::ResponseLevel::IV,
                                core::IncidentStatus::Reported, QDateTime::currentDateTimeUtc(), QDateTime(), QStringLiteral("bench"),
                                QString()};
        clock.start();
        if (!seatA->saveIncident(incident, &error)) {
            err << error << '\n';
            return 1;
        }
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    report.figure(QStringLiteral("change_to_seat_p50_ms"), percentile(latencies, 50), QStringLiteral("ms"),
                  QStringLiteral("200 incident saves at seat A until seat B's follower delivers them (LISTEN/NOTIFY)"));
    report.figure(QStringLiteral("change_to_seat_p99_ms"), percentile(latencies, 99), QStringLiteral("ms"));

    // A seat that was away: C changes made while it was down, caught up when it comes back.
    const qint64 before = *seatA->latestChange(&error);
    const QString fill = QStringLiteral("INSERT INTO incident_events (incident_id, at, user_name, action, detail) "
                                        "SELECT 'B0', now(), 'bench', 'note', 'missed ' || n FROM generate_series(1, %1) n")
                             .arg(changeCount);
    QString fillError; // psql's stderr, set only when it fails
    cluster.psql(QStringLiteral("bench"), fill, &fillError);
    if (!fillError.isEmpty()) {
        err << fillError << '\n';
        return 1;
    }
    storage::ChangeFollower returning(address, before, {});
    qint64 caughtUp = 0;
    QObject::connect(&returning, &storage::ChangeFollower::changed, [&](const QList<storage::ChangeRecord> &c) { caughtUp += c.size(); });
    clock.start();
    returning.start(); // connects and reads every page of the log before it returns
    const double catchUpMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    if (caughtUp != changeCount) {
        err << "caught up " << caughtUp << " of " << changeCount << " changes\n";
        return 1;
    }
    report.figure(QStringLiteral("catch_up_ms"), catchUpMs, QStringLiteral("ms"),
                  QStringLiteral("a seat reconnecting reads %1 missed changes").arg(changeCount));
    return 0;
}

} // namespace cp::bench
