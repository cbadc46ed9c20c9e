// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench restore [--events N] [--alarms A] [--open O] [--keep FILE]: how long a seat takes
// to open a store that has been ingesting for months and show its open alarms: the store holds N
// feed events (default 10 million) and A alarms of which O are open; measured is live::LiveSession::
// start() until the GUI thread holds every open alarm. Target < 2 s (the live-desk issue). With
// --keep FILE the generated store is kept (or reused when FILE exists), since writing 10 million
// events takes a minute or two.
#include "benchmarks.h"

#include "live/livesession.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace cp::bench {

namespace {

//! Writes \a events events in batches of 100,000 and \a alarms alarms, \a open of them not Normal.
bool generate(const QString &path, int events, int alarms, int open, QString *error)
{
    auto store = storage::GeoPackageStore::create(path, error);
    if (!store)
        return false;
    const QDateTime t0(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    constexpr int batch = 100000;
    QTextStream err(stderr);
    for (int at = 0; at < events; at += batch) {
        QList<core::AlarmEvent> list;
        list.reserve(batch);
        for (int i = at; i < std::min(events, at + batch); ++i)
            list.append({QString::number(i), QStringLiteral("county"), QStringLiteral("E%1").arg(i % 3000),
                         QStringLiteral("GT-%1").arg(i % 7), QStringLiteral("combustible_gas"), double(10 + i % 50),
                         QStringLiteral("%LEL"), i % 2 == 0, t0.addMSecs(qint64(i) * 500), QString()});
        if (!store->commitFeedBatch(QStringLiteral("county"), list, {}, QString::number(at + batch), {}, error))
            return false;
        if (at % 1000000 == 0)
            err << "restore: " << at << " events written\n" << Qt::flush;
    }
    QList<core::Alarm> rows;
    for (int i = 0; i < alarms; ++i) {
        core::Alarm a;
        a.key = {QStringLiteral("E%1").arg(i / 7), QStringLiteral("GT-%1").arg(i % 7), QStringLiteral("combustible_gas")};
        a.feedId = QStringLiteral("county");
        a.eventId = QString::number(i);
        a.value = 30;
        a.unit = QStringLiteral("%LEL");
        a.threshold = 25;
        a.priority = core::AlarmPriority::Medium;
        a.raisedAt = t0;
        a.updatedAt = t0;
        a.conditionActive = i < open;
        a.state = i >= open ? core::AlarmState::Normal
                 : i % 3 == 0 ? core::AlarmState::AcknowledgedActive
                 : i % 3 == 1 ? core::AlarmState::UnacknowledgedActive
                              : core::AlarmState::Shelved;
        a.activationCount = 1;
        rows.append(a);
    }
    return store->saveAlarms(rows, {}, error);
}

} // namespace

int runRestoreBench(BenchReport &report, const QStringList &arguments)
{
    const int events = intArgument(arguments, QStringLiteral("--events"), 10000000);
    const int alarms = intArgument(arguments, QStringLiteral("--alarms"), 20000);
    const int open = intArgument(arguments, QStringLiteral("--open"), 2000);
    QTextStream err(stderr);
    if (events < 0 || alarms < open || open < 0) {
        err << "commandpost-bench restore: give --events N >= 0 and --alarms A >= --open O >= 0\n";
        return 2;
    }
    QTemporaryDir dir;
    const int keepAt = static_cast<int>(arguments.indexOf(QStringLiteral("--keep")));
    const QString path = keepAt >= 0 ? arguments.value(keepAt + 1) : dir.filePath(QStringLiteral("months.gpkg"));
    QString error;
    if (!QFileInfo::exists(path)) {
        QElapsedTimer writing;
        writing.start();
        if (!generate(path, events, alarms, open, &error)) {
            err << "commandpost-bench restore: " << error << "\n";
            return 1;
        }
        report.figure(QStringLiteral("generate_s"), static_cast<double>(writing.elapsed()) / 1000, QStringLiteral("s"),
                      QStringLiteral("writing the store (not the figure measured)"));
    }
    report.figure(QStringLiteral("store_mb"), static_cast<double>(QFileInfo(path).size()) / 1e6, QStringLiteral("MB"),
                  QStringLiteral("%1 events, %2 alarms").arg(events).arg(alarms));

    sectors::SectorRegistry registry;
    registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
    live::LiveSessionConfig config;
    config.storePath = path;
    config.sectors = &registry;
    config.enterprises = QList<core::Enterprise>(); // the registry's enterprises are the desk's, read once elsewhere
    config.user = QStringLiteral("bench");
    int shown = 0;
    const double ms = medianMilliseconds(5, [&] {
        live::LiveSession session;
        QEventLoop loop;
        QObject::connect(&session, &live::LiveSession::alarmsChanged, &loop, [&] {
            shown = static_cast<int>(session.alarms().size());
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!session.start(config, &error))
            return;
        loop.exec();
        session.stop();
    });
    if (!error.isEmpty() || shown != open) {
        err << "commandpost-bench restore: " << (error.isEmpty() ? QStringLiteral("%1 of %2 open alarms shown").arg(shown).arg(open) : error)
            << "\n";
        return 1;
    }
    report.figure(QStringLiteral("open_and_show_ms"), ms, QStringLiteral("ms"),
                  QStringLiteral("LiveSession::start() until %1 open alarms are on the GUI thread, median of 5 (file in the page "
                                 "cache); target < 2000")
                      .arg(open));
    return 0;
}

} // namespace cp::bench
