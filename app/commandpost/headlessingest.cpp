// SPDX-License-Identifier: GPL-2.0-or-later
#include "headlessingest.h"

#include "commandline.h"
#include "storefeedsink.h"

#include "alarms/alarmengine.h"
#include "alarms/sectorclassifier.h"
#include "core/translations.h"
#include "feeds/alarmingest.h"
#include "feeds/feedsettingsreader.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"

#include <QCoreApplication>
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

    QString error;
    std::unique_ptr<storage::GeoPackageStore> store = storage::GeoPackageStore::open(options.dataPath, &error);
    if (!store) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
        return 2;
    }
    const std::optional<storage::Registry> registry = store->readRegistry(&error);
    if (!registry) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
        return 2;
    }
    const feeds::FeedSettings feed = feeds::feedSettingsFromUrl(options.feedUrl, options.feedToken, QString(), &error);
    if (feed.id.isEmpty()) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
        return 2;
    }

    sectors::SectorRegistry sectorRegistry;
    QStringList dirs = sectors::SectorRegistry::defaultPluginDirs();
    if (!options.pluginsDir.isEmpty())
        dirs << options.pluginsDir;
    sectorRegistry.loadFrom(dirs);
    alarms::SectorClassifier classifier(sectorRegistry);
    classifier.setEnterprises(registry->enterprises);
    alarms::AlarmEngine engine(classifier);
    QHash<QString, QString> sectorByEnterprise;
    for (const core::Enterprise &e : registry->enterprises)
        sectorByEnterprise.insert(e.id, e.sectorId);
    engine.setEnterpriseSectors(sectorByEnterprise);

    const std::optional<QList<core::AlarmEvent>> stored = store->feedEvents(feed.id, &error);
    if (!stored) {
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
        return 1;
    }
    for (const core::AlarmEvent &e : *stored)
        engine.markSeen(e.id);

    StoreFeedSink sink(*store);
    feeds::AlarmIngest ingest(engine, sink);
    ingest.addFeed(feed);
    qint64 applied = 0;
    QObject::connect(&ingest, &feeds::AlarmIngest::eventsApplied, &app,
                     [&applied](const QString &, int count) { applied += count; });

    QTimer signalWatch;
    QObject::connect(&signalWatch, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    signalWatch.start(50);
    if (options.runForSeconds > 0)
        QTimer::singleShot(options.runForSeconds * 1000, &app, &QCoreApplication::quit);

    ingest.start();
    const int rc = QCoreApplication::exec();
    ingest.stop();
    std::fprintf(stderr, "commandpost: %s\n",
                 qPrintable(Tr::tr("%1 events received from %2, stored in %3")
                                .arg(applied)
                                .arg(feed.baseUrl.toDisplayString(), store->location())));
    return rc;
}

} // namespace cp::app
