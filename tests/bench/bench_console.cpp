// SPDX-License-Identifier: GPL-2.0-or-later
// Feed → console latency and the GUI thread's longest block, with the real simulator on loopback.
#include "benchmarks.h"

#include "alarms/alarmengine.h"
#include "alarms/defaultclassifier.h"
#include "feeds/alarmingest.h"
#include "feeds/feedbatchsink.h"
#include "feeds/feedsettingsreader.h"
#include "feeds/localsimulator.h"
#include "ui/alarmconsole.h"
#include "ui/alarmtablemodel.h"
#include "ui/refreshthrottle.h"

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

//! Keeps every batch (as the store would) and the ids committed since the console's last refresh.
class TimingSink : public feeds::FeedBatchSink
{
public:
    bool commit(const feeds::FeedBatch &batch, QString *) override
    {
        m_cursors.insert(batch.feedId, batch.cursor);
        for (const alarms::AlarmEvent &e : batch.events)
            pending.append(e.id);
        return true;
    }
    QString cursor(const QString &feedId) const override { return m_cursors.value(feedId); }
    QStringList pending;

private:
    QHash<QString, QString> m_cursors;
};

struct Outcome
{
    QVector<double> latenciesMs; //!< per event served: served → shown in the console model
    double longestBlockMs = 0;   //!< the 10 ms watchdog's worst lateness
    QVector<double> latenessMs;  //!< every watchdog tick's lateness
    int blocksOver50Ms = 0;
    int served = 0;
    QString error;
};

/*!
 * Runs the desk's pipeline (FeedClient → AlarmIngest → engine → AlarmTableModel refreshed through
 * the desk's RefreshThrottle → AlarmConsole, shown) for \a seconds against commandpost-feedsim with \a simArguments.
 */
Outcome runConsole(const QStringList &simArguments, int seconds)
{
    Outcome out;
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("served.jsonl"));
    alarms::DefaultClassifier classifier;
    alarms::AlarmEngine engine(classifier);
    TimingSink sink;
    feeds::AlarmIngest ingest(engine, sink);
    ui::AlarmTableModel model;
    ui::AlarmConsole console(model);
    console.resize(1600, 500);
    console.show();
    QObject::connect(&ingest, &feeds::AlarmIngest::eventsApplied, &console,
                     [&console](const QString &, int count) { console.recordArrivals(count); });

    // The desk's refresh (DeskAlarms): one snapshot at once after a quiet spell, at most one per
    // 100 ms in a flood; what was committed before it is shown.
    QHash<QString, qint64> shownMs;
    ui::RefreshThrottle refresh(std::chrono::milliseconds(100));
    QObject::connect(&refresh, &ui::RefreshThrottle::refresh, [&] {
        if (sink.pending.isEmpty())
            return;
        model.setSnapshot(engine.alarms(), QDateTime::currentDateTimeUtc());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString &id : std::as_const(sink.pending))
            shownMs.insert(id, now);
        sink.pending.clear();
    });
    QObject::connect(&ingest, &feeds::AlarmIngest::eventsApplied, &refresh, [&refresh] { refresh.changed(); });

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
        if (lateness > 50)
            ++out.blocksOver50Ms;
        last = now;
    });

    QEventLoop loop;
    feeds::LocalSimulator simulator;
    QObject::connect(&simulator, &feeds::LocalSimulator::failed, &loop, [&](const QString &error) {
        out.error = error;
        loop.quit();
    });
    QObject::connect(&simulator, &feeds::LocalSimulator::listening, &loop, [&](const QUrl &url) {
        QString error;
        feeds::FeedSettings settings = feeds::feedSettingsFromUrl(url.toString(), QString(), QString(), &error);
        settings.id = QStringLiteral("bench");
        ingest.addFeed(settings);
        ingest.start();
        // The watchdog starts after a second, so the console's first layout and paint are not counted.
        QTimer::singleShot(1000, &watchdog, [&] {
            clock.start();
            watchdog.start();
        });
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    });
    simulator.start(QStringLiteral(COMMANDPOST_FEEDSIM), simArguments + QStringList{QStringLiteral("--log"), logPath});
    loop.exec();
    ingest.stop();
    if (!out.error.isEmpty())
        return out;

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
        ++out.served;
        if (shownMs.contains(id))
            out.latenciesMs.append(static_cast<double>(shownMs.value(id) - line.value(QStringLiteral("served_ms")).toVariant().toLongLong()));
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

int runConsoleBench(BenchReport &report, const QStringList &arguments)
{
    const bool brief = arguments.contains(QStringLiteral("--short"));
    const QStringList synthetic{QStringLiteral("--enterprises"), QStringLiteral("300")};

    const Outcome steady = runConsole(synthetic + QStringList{QStringLiteral("--scenario"), QStringLiteral("quiet-shift"),
                                                              QStringLiteral("--rate"), QStringLiteral("1000")},
                                      brief ? 10 : 30);
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
    report.figure(QStringLiteral("steady_gui_blocks_over_50ms"), steady.blocksOver50Ms, QStringLiteral("count"),
                  QStringLiteral("of %1 watchdog ticks").arg(steady.latenessMs.size()));

    // The flood scenario serves 10,000 events in the minute after its first ten seconds.
    const int seconds = brief ? 25 : 75;
    const Outcome flood = runConsole(synthetic + QStringList{QStringLiteral("--scenario"), QStringLiteral("flood")}, seconds);
    if (!flood.error.isEmpty()) {
        qCritical("console bench: %s", qPrintable(flood.error));
        return 1;
    }
    const QString floodNote = QStringLiteral("flood scenario, %1 s, %2 served").arg(seconds).arg(flood.served);
    report.figure(QStringLiteral("flood_longest_gui_block_ms"), flood.longestBlockMs, QStringLiteral("ms"), floodNote);
    report.figure(QStringLiteral("flood_gui_lateness_p99_ms"), percentile(flood.latenessMs, 0.99), QStringLiteral("ms"), floodNote);
    report.figure(QStringLiteral("flood_gui_blocks_over_50ms"), flood.blocksOver50Ms, QStringLiteral("count"),
                  QStringLiteral("of %1 watchdog ticks").arg(flood.latenessMs.size()));
    report.figure(QStringLiteral("flood_latency_p99_ms"), percentile(flood.latenciesMs, 0.99), QStringLiteral("ms"), floodNote);
    return 0;
}

} // namespace cp::bench
