// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench seats [--seconds S]: four seats' live sessions on one private PostgreSQL with the
// demo county, the flood scenario streaming into the one that ingests it; the seats take turns
// acknowledging an alarm twice a second, and each acknowledgement is timed until the three other
// seats show it (the multi-seat issue: change → other seat p99 < 500 ms with 4 seats in a flood).
#include "benchmarks.h"

#include "feeds/localsimulator.h"
#include "live/livesession.h"
#include "pgcluster.h"
#include "pgcounty.h"
#include "sectors/sectorregistry.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <array>
#include <memory>

namespace cp::bench {

namespace {

constexpr int seatCount = 4;
constexpr int acknowledgeEveryMs = 500;
constexpr int floodStartsAfterMs = 12000; // the flood scenario's first ten seconds are quiet

double percentile(QList<double> values, int p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, values.size() * p / 100));
}

QString seatUser(int seat) { return QStringLiteral("seat%1").arg(seat + 1); }

//! An acknowledgement asked for at one seat, and when each other seat showed it.
struct Acknowledgement
{
    int seat = 0;
    QElapsedTimer asked;
    QSet<int> shownAt; //!< the other seats that show it
    bool refused = false;
};

} // namespace

int runSeatsBench(BenchReport &report, const QStringList &args)
{
    const int seconds = std::max(20, intArgument(args, QStringLiteral("--seconds"), 45));
    QTextStream err(stderr);
    QString error;
    test::PgCluster cluster;
    const QString conninfo = cluster.start(&error) ? test::createCountyDatabase(cluster, QStringLiteral("county"), &error) : QString();
    if (conninfo.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    sectors::SectorRegistry registry;
    registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
    feeds::LocalSimulator simulator;
    simulator.start(QStringLiteral(COMMANDPOST_FEEDSIM),
                    {QStringLiteral("--data"), QStringLiteral(COMMANDPOST_SOURCE_DIR "/maps/liangshan/demo.gpkg"), QStringLiteral("--scenario"),
                     QStringLiteral("flood")});
    if (!simulator.waitForListening(15000)) {
        err << simulator.errorText() << '\n';
        return 1;
    }

    std::array<std::unique_ptr<live::LiveSession>, seatCount> seats;
    QHash<core::AlarmKey, Acknowledgement> acks;
    QList<double> latencies;
    for (int s = 0; s < seatCount; ++s) {
        live::LiveSessionConfig config;
        config.databaseAddress = conninfo;
        config.sectors = &registry;
        config.user = seatUser(s);
        feeds::FeedSettings feed;
        feed.id = QStringLiteral("flood");
        feed.baseUrl = simulator.baseUrl();
        config.feeds = {feed}; // one seat gets it, the others stand by
        seats[s] = std::make_unique<live::LiveSession>();
        live::LiveSession *session = seats[s].get();
        QObject::connect(session, &live::LiveSession::alarmsChanged, session, [&, s, session](const QList<core::AlarmKey> &changed) {
            for (const core::AlarmKey &key : changed) {
                auto it = acks.find(key);
                if (it == acks.end() || it->seat == s || it->shownAt.contains(s))
                    continue;
                const core::Alarm *alarm = session->alarm(key);
                if (alarm && alarm->acknowledgedBy == seatUser(it->seat)) {
                    it->shownAt.insert(s);
                    latencies.append(static_cast<double>(it->asked.nsecsElapsed()) / 1e6);
                }
            }
        });
        if (!session->start(config, &error)) {
            err << error << '\n';
            return 1;
        }
    }

    // The seats take turns: each acknowledges an alarm it shows unacknowledged that nobody acted on.
    int turn = 0;
    QTimer acknowledger;
    acknowledger.setInterval(acknowledgeEveryMs);
    QObject::connect(&acknowledger, &QTimer::timeout, [&] {
        const int s = turn++ % seatCount;
        live::LiveSession &session = *seats[s];
        for (const core::Alarm &alarm : session.alarms()) {
            if (alarm.state != core::AlarmState::UnacknowledgedActive || acks.contains(alarm.key))
                continue;
            Acknowledgement &ack = acks[alarm.key];
            ack.seat = s;
            ack.asked.start();
            const core::AlarmKey key = alarm.key;
            const quint64 id = session.acknowledge(key, QStringLiteral("bench"));
            auto *answer = new QObject(&session);
            QObject::connect(&session, &live::LiveSession::actionFinished, answer,
                             [&acks, key, id, answer](quint64 finished, const alarms::ActionResult &result) {
                                 if (finished != id)
                                     return;
                                 acks[key].refused = !result.accepted;
                                 answer->deleteLater();
                             });
            return;
        }
    });
    QElapsedTimer run;
    run.start();
    QTimer::singleShot(floodStartsAfterMs, &acknowledger, [&acknowledger] { acknowledger.start(); });
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &acknowledger, [&] {
        acknowledger.stop();
        QTimer::singleShot(3000, &loop, &QEventLoop::quit); // the last acknowledgements arrive
    });
    loop.exec();
    const double runSeconds = static_cast<double>(run.elapsed()) / 1000.0;

    int accepted = 0;
    int refused = 0;
    int unseen = 0;
    for (const Acknowledgement &ack : std::as_const(acks)) {
        if (ack.refused) {
            ++refused;
            continue;
        }
        ++accepted;
        unseen += seatCount - 1 - ack.shownAt.size();
    }
    const QString stored = cluster.psql(QStringLiteral("county"), QStringLiteral("SELECT count(*) FROM alarm_events"));
    for (auto &seat : seats)
        seat->stop();
    const QString note = QStringLiteral("%1 seats, flood scenario; %2 acknowledgements shown at the 3 other seats (%3 refused as "
                                        "already changed, %4 sightings missing); %5 events stored in %6 s")
                             .arg(seatCount)
                             .arg(accepted)
                             .arg(refused)
                             .arg(unseen)
                             .arg(stored)
                             .arg(runSeconds, 0, 'f', 0);
    report.figure(QStringLiteral("ack_to_other_seats_p50_ms"), percentile(latencies, 50), QStringLiteral("ms"), note);
    report.figure(QStringLiteral("ack_to_other_seats_p99_ms"), percentile(latencies, 99), QStringLiteral("ms"));
    report.figure(QStringLiteral("ack_to_other_seats_max_ms"), percentile(latencies, 100), QStringLiteral("ms"));
    report.figure(QStringLiteral("flood_events_stored"), stored.toDouble(), QStringLiteral("events"));
    if (accepted == 0) {
        err << "seats: " << note << '\n';
        return 1;
    }
    return 0;
}

} // namespace cp::bench
