// SPDX-License-Identifier: GPL-2.0-or-later
#include "headlessingest.h"

#include "commandline.h"
#include "liveconfig.h"

#include "core/translations.h"
#include "live/livesession.h"
#include "sectors/sectorregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace cp::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::app)
};

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void requestStop(int)
{
    stopRequested = 1;
}
} // namespace

int runHeadlessIngest(int argc, char **argv, const CommandLine &options)
{
    QCoreApplication app(argc, argv);
    const QLocale locale = options.language.isEmpty() ? QLocale::system() : QLocale(options.language);
    QLocale::setDefault(locale);
    core::installTranslations(app, locale);
    // A handler only sets a flag; the event loop looks at it, so nothing unsafe runs in the handler.
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);

    live::LiveSessionConfig config;
    QStringList problems;
    QString error;
    if (!liveSessionConfig(options, QUrl(), &config, &problems, &error)) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
        return 2;
    }
    for (const QString &p : std::as_const(problems))
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(p));
    if (config.feeds.isEmpty()) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(Tr::tr("no feed to ingest: every configured feed was refused")));
        return 2;
    }

    sectors::SectorRegistry sectorRegistry;
    QStringList dirs = sectors::SectorRegistry::defaultPluginDirs();
    if (!options.pluginsDir.isEmpty())
        dirs << options.pluginsDir;
    sectorRegistry.loadFrom(dirs);
    config.sectors = &sectorRegistry;

    // The very session the desk runs: what headless stores, the desk shows.
    live::LiveSession session;
    qint64 applied = 0;
    QObject::connect(&session, &live::LiveSession::eventsArrived, &app, [&applied](int count) { applied += count; });
    QObject::connect(&session, &live::LiveSession::storeProblem, &app,
                     [](const QString &text) { std::fprintf(stderr, "commandpost: %s\n", qPrintable(text)); });
    // Every change of a feed's health, with its reason: a store that refuses batches (a full disk)
    // shows here as the feed going down, and back up when the batches are taken again.
    QHash<QString, core::FeedHealthState> healthShown;
    QObject::connect(&session, &live::LiveSession::feedsChanged, &app, [&session, &healthShown] {
        for (const core::FeedStatus &f : session.feeds()) {
            const auto shown = healthShown.constFind(f.feedId);
            if (shown != healthShown.constEnd() ? shown.value() == f.health : f.health == core::FeedHealthState::Up)
                continue;
            healthShown.insert(f.feedId, f.health);
            const QString text = f.healthReason.isEmpty()
                                     ? Tr::tr("feed %1: %2").arg(f.feedId, core::displayName(f.health))
                                     : Tr::tr("feed %1: %2: %3").arg(f.feedId, core::displayName(f.health), f.healthReason);
            std::fprintf(stderr, "commandpost: %s\n", qPrintable(text));
        }
    });
    // The IT staff (and the take-over test) read which seat ingests which feed.
    QObject::connect(&session, &live::LiveSession::feedRoleChanged, &app, [](const QString &feedId, const QString &holder) {
        const QString text = holder.isEmpty() ? Tr::tr("feed %1: ingested by this seat").arg(feedId)
                                              : Tr::tr("feed %1: standing by, %2").arg(feedId, holder);
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(text));
    });
    if (!session.start(config, &error)) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
        return 2;
    }

    QTimer signalWatch;
    QObject::connect(&signalWatch, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    signalWatch.start(50);
    if (options.runForSeconds > 0)
        QTimer::singleShot(options.runForSeconds * 1000, &app, &QCoreApplication::quit);

    const int rc = QCoreApplication::exec();
    session.stop();
    QStringList names;
    for (const feeds::FeedSettings &f : std::as_const(config.feeds))
        names << f.id;
    std::fprintf(stderr, "commandpost: %s\n",
                 qPrintable(Tr::tr("%1 new events from %2, stored in %3")
                                .arg(applied)
                                .arg(names.join(QStringLiteral(", ")),
                                     options.databaseAddress.isEmpty() ? options.dataPath : options.databaseAddress)));
    return rc;
}

} // namespace cp::app
