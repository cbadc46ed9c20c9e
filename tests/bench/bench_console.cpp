// SPDX-License-Identifier: GPL-2.0-or-later
// Feed → console latency and the GUI thread's longest block: the live session against the real
// simulator on loopback, the console on the GUI thread.
#include "benchmarks.h"

#include "feeds/localsimulator.h"
#include "live/livesession.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"
#include "ui/alarmconsole.h"
#include "ui/alarmtablemodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace cp::bench {

namespace {

struct Outcome
{
    QVector<double> latenciesMs; //!< per event served: served → shown in the console model
    double longestBlockMs = 0;   //!< the 10 ms watchdog's worst lateness
    QVector<double> latenessMs;  //!< every watchdog tick's lateness
    int blocksOver16Ms = 0;
    int served = 0;
    QString error;
};

/*!
 * Runs the desk's pipeline for \a seconds against commandpost-feedsim with \a simArguments: the live
 * session (feed client, store, engine on the session's thread) and, on this (the GUI) thread, the
 * console model and the console shown, refreshed from each delta as the desk does.
 */
Outcome runConsole(const QStringList &simArguments, int enterprises, int seconds)
{
    Outcome out;
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("served.jsonl"));
    const QString storePath = dir.filePath(QStringLiteral("desk.gpkg"));
    if (!storage::GeoPackageStore::create(storePath, &out.error))
        return out;
    sectors::SectorRegistry registry;
    registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
    ui::AlarmTableModel model;
    ui::AlarmConsole console(model);
    console.resize(1600, 500);
    console.show();
    live::LiveSession session;

    // The events the GUI has applied, in arrival (cursor) order: the n-th event served is shown when
    // the running count of the session's deltas first reaches n.
    QVector<qint64> shownAtCount; // shownAtCount[i]: when the i-th event was shown (ms since the epoch)
    QObject::connect(&session, &live::LiveSession::eventsArrived, &console, [&](int count) {
        console.recordArrivals(count);
        model.setSnapshot(session.alarms().values(), QDateTime::currentDateTimeUtc());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < count; ++i)
            shownAtCount.append(now);
    });

    QElapsedTimer clock;
    qint64 last = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(10);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const double lateness = static_cast<double>(now - last - 10);
        out.longestBlockMs = std::max(out.longestBlockMs, lateness);
        out.latenessMs.append(lateness);
        if (lateness > 16)
            ++out.blocksOver16Ms;
        last = now;
    });

    feeds::LocalSimulator simulator;
    simulator.start(QStringLiteral(COMMANDPOST_FEEDSIM), simArguments + QStringList{QStringLiteral("--log"), logPath});
    if (!simulator.waitForListening(15000)) {
        out.error = simulator.errorText();
        return out;
    }
    live::LiveSessionConfig config;
    config.storePath = storePath;
    config.sectors = &registry;
    config.enterprises = simulatorEnterprises(enterprises);
    config.user = QStringLiteral("bench");
    feeds::FeedSettings feed;
    feed.id = QStringLiteral("bench");
    feed.baseUrl = simulator.baseUrl();
    config.feeds = {feed};
    if (!session.start(config, &out.error))
        return out;
    // The watchdog starts after a second, so the console's first layout and paint are not counted.
    QEventLoop loop;
    QTimer::singleShot(1000, &watchdog, [&] {
        clock.start();
        watchdog.start();
    });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    session.stop();

    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("%1: %2").arg(logPath, log.errorString());
        return out;
    }
    QSet<QString> seen;
    while (!log.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
        const QString id = line.value(QStringLiteral("event")).toObject().value(QStringLiteral("id")).toString();
        if (seen.contains(id))
            continue; // latency from the first serving
        seen.insert(id);
        if (out.served < shownAtCount.size())
            out.latenciesMs.append(static_cast<double>(shownAtCount.at(out.served)
                                                       - line.value(QStringLiteral("served_ms")).toVariant().toLongLong()));
        ++out.served;
    }
    return out;
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<int>(values.size() - 1, static_cast<int>(p * values.size())));
}

} // namespace

QList<core::Enterprise> simulatorEnterprises(int count)
{
    // As commandpost-feedsim --enterprises N makes them: E0001… with these sectors in turn.
    static const char *const sectors[] = {"hazchem", "coalmine", "gas", "fireworks"};
    QList<core::Enterprise> out;
    for (int i = 0; i < count; ++i) {
        core::Enterprise e;
        e.id = QStringLiteral("E%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        e.sectorId = QString::fromLatin1(sectors[i % 4]);
        out.append(e);
    }
    return out;
}

int runConsoleBench(BenchReport &report, const QStringList &arguments)
{
    const bool brief = arguments.contains(QStringLiteral("--short"));
    constexpr int enterprises = 300;
    const QStringList synthetic{QStringLiteral("--enterprises"), QString::number(enterprises)};

    const Outcome steady = runConsole(synthetic + QStringList{QStringLiteral("--scenario"), QStringLiteral("quiet-shift"),
                                                              QStringLiteral("--rate"), QStringLiteral("1000")},
                                      enterprises, brief ? 10 : 30);
    if (!steady.error.isEmpty()) {
        qCritical("console bench: %s", qPrintable(steady.error));
        return 1;
    }
    const QString steadyNote = QStringLiteral("quiet-shift at 1000 events/s, %1 served, %2 shown")
                                   .arg(steady.served)
                                   .arg(steady.latenciesMs.size());
    report.figure(QStringLiteral("latency_p50_ms"), percentile(steady.latenciesMs, 0.50), QStringLiteral("ms"), steadyNote);
    report.figure(QStringLiteral("latency_p99_ms"), percentile(steady.latenciesMs, 0.99), QStringLiteral("ms"), steadyNote);
    report.figure(QStringLiteral("steady_longest_gui_block_ms"), steady.longestBlockMs, QStringLiteral("ms"), steadyNote);
    report.figure(QStringLiteral("steady_gui_blocks_over_16ms"), steady.blocksOver16Ms, QStringLiteral("count"),
                  QStringLiteral("of %1 watchdog ticks").arg(steady.latenessMs.size()));

    // The flood scenario serves 10,000 events in the minute after its first ten seconds.
    const int seconds = brief ? 25 : 75;
    const Outcome flood = runConsole(synthetic + QStringList{QStringLiteral("--scenario"), QStringLiteral("flood")}, enterprises,
                                     seconds);
    if (!flood.error.isEmpty()) {
        qCritical("console bench: %s", qPrintable(flood.error));
        return 1;
    }
    const QString floodNote = QStringLiteral("flood scenario, %1 s, %2 served").arg(seconds).arg(flood.served);
    report.figure(QStringLiteral("flood_longest_gui_block_ms"), flood.longestBlockMs, QStringLiteral("ms"), floodNote);
    report.figure(QStringLiteral("flood_gui_lateness_p99_ms"), percentile(flood.latenessMs, 0.99), QStringLiteral("ms"), floodNote);
    report.figure(QStringLiteral("flood_gui_blocks_over_16ms"), flood.blocksOver16Ms, QStringLiteral("count"),
                  QStringLiteral("of %1 watchdog ticks").arg(flood.latenessMs.size()));
    report.figure(QStringLiteral("flood_latency_p99_ms"), percentile(flood.latenciesMs, 0.99), QStringLiteral("ms"), floodNote);
    return 0;
}

} // namespace cp::bench
