// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench store [--events N] [--batch B]: feed events committed per second through
// GeoPackageStore::commitFeedBatch, one transaction per batch with its cursor (the alarm issue's
// path parse → engine → store targets 100,000 events/s).
#include "benchmarks.h"

#include "storage/geopackagestore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace cp::bench {

QList<core::AlarmEvent> benchFeedEvents(int count)
{
    const QDateTime t0(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
    QList<core::AlarmEvent> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        events.append({QStringLiteral("bench:%1").arg(i), QStringLiteral("bench"), QStringLiteral("E%1").arg(i % 400, 3, 10, QLatin1Char('0')),
                       QStringLiteral("GT-%1").arg(i % 5000), QStringLiteral("combustible_gas"), 10.0 + (i % 90) * 0.5,
                       QStringLiteral("%LEL"), i % 2 == 0, t0.addMSecs(i), QString()});
    }
    return events;
}

int runStoreBench(BenchReport &report, const QStringList &args)
{
    const int total = std::max(1, intArgument(args, QStringLiteral("--events"), 200000));
    const int batchSize = std::max(1, intArgument(args, QStringLiteral("--batch"), 1000));
    QTextStream err(stderr);
    QTemporaryDir dir;
    QString error;
    auto store = storage::GeoPackageStore::create(dir.filePath(QStringLiteral("bench.gpkg")), &error);
    if (!store) {
        err << error << "\n";
        return 1;
    }
    const QList<core::AlarmEvent> events = benchFeedEvents(total);

    QList<double> batchMs;
    QElapsedTimer all;
    // CPU time as well as wall time: on a machine shared with builds the wall figure mostly measures the queue.
    const std::clock_t cpuStart = std::clock();
    all.start();
    for (int at = 0; at < total; at += batchSize) {
        QElapsedTimer one;
        one.start();
        const auto fresh = store->commitFeedBatch(QStringLiteral("bench"), events.mid(at, batchSize), {},
                                                  QString::number(at + batchSize), {}, &error);
        batchMs.append(static_cast<double>(one.nsecsElapsed()) / 1e6);
        if (!fresh || fresh->count(true) != std::min(batchSize, total - at)) {
            err << "batch at " << at << " failed: " << error << "\n";
            return 1;
        }
    }
    const double seconds = static_cast<double>(all.nsecsElapsed()) / 1e9;
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::sort(batchMs.begin(), batchMs.end());
    report.figure(QStringLiteral("events_per_second"), total / seconds, QStringLiteral("events/s"),
                  QStringLiteral("%1 new events, batches of %2, WAL, synchronous=NORMAL").arg(total).arg(batchSize));
    report.figure(QStringLiteral("events_per_cpu_second"), total / cpuSeconds, QStringLiteral("events/s"),
                  QStringLiteral("the same, per second of process CPU time"));
    report.figure(QStringLiteral("batch_median_ms"), batchMs.at(batchMs.size() / 2), QStringLiteral("ms"),
                  QStringLiteral("one batch + its cursor in one transaction"));
    report.figure(QStringLiteral("batch_p99_ms"), batchMs.at(std::min<qsizetype>(batchMs.size() - 1, batchMs.size() * 99 / 100)),
                  QStringLiteral("ms"));

    // A feed that resends everything after a reconnect: every event is recognised and ignored.
    all.restart();
    for (int at = 0; at < total; at += batchSize) {
        const auto fresh = store->commitFeedBatch(QStringLiteral("bench"), events.mid(at, batchSize), {},
                                                  QString::number(at + batchSize), {}, &error);
        if (!fresh || fresh->count(true) != 0) {
            err << "resent batch at " << at << " was not ignored: " << error << "\n";
            return 1;
        }
    }
    report.figure(QStringLiteral("resent_events_per_second"), total / (static_cast<double>(all.nsecsElapsed()) / 1e9),
                  QStringLiteral("events/s"), QStringLiteral("duplicates ignored on the unique event id"));
    return 0;
}

} // namespace cp::bench
