// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost: the duty desk or the wall display. Exit codes: 0 done, 2 bad arguments or input,
// 1 anything else.
#include "commandline.h"
#include "countydata.h"
#include "deskalarms.h"
#include "democopy.h"
#include "headlessingest.h"
#include "liveconfig.h"
#include "mainwindow.h"
#include "planningview.h"
#include "wallwindow.h"

#include "feeds/localsimulator.h"
#include "live/livesession.h"
#include "map/countymap.h"
#include "ui/alarmtablemodel.h"
#include "sectors/sectorregistry.h"

#include "core/translations.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QScreen>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

//! Prints a command-line error in the user's language; needs only a core application.
int reportBadArguments(int argc, char **argv, const cp::app::CommandLine &options, const QString &error)
{
    QCoreApplication app(argc, argv);
    cp::core::installTranslations(app, options.language.isEmpty() ? QLocale::system() : QLocale(options.language));
    // Parse again under the translators (and with an application, which the help text needs for its
    // usage line) so the message is in the user's language.
    const QStringList args = QCoreApplication::arguments();
    cp::app::CommandLine again;
    QString translated;
    again.parse(args, &translated);
    const QString message = translated.isEmpty() ? error : translated;
    const QStringList answers = {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--version"), QStringLiteral("-v")};
    if (std::any_of(answers.cbegin(), answers.cend(), [&args](const QString &a) { return args.contains(a); })) {
        std::printf("%s\n", qPrintable(message));
        return 0;
    }
    std::fprintf(stderr, "commandpost: %s\n", qPrintable(message));
    return 2;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/*!
 * Saves \a window to \a path once \a canvas has finished its first render (plus a moment for the
 * widgets around it), then quits; a render that never finishes ends the run after 60 s.
 */
void screenshotWhenDrawn(QWidget &window, QgsMapCanvas &canvas, const QString &path, int delaySeconds, int &rc)
{
    QObject::connect(&canvas, &QgsMapCanvas::mapCanvasRefreshed, &window, [&window, path, delaySeconds, &rc]() {
        QTimer::singleShot(500 + 1000 * delaySeconds, &window, [&window, path, &rc]() {
            if (!window.grab().save(path)) {
                std::fprintf(stderr, "commandpost: cannot write %s\n", qPrintable(path));
                rc = 1;
            }
            QCoreApplication::quit();
        });
    });
    QTimer::singleShot(60000 + 1000 * delaySeconds, &window, [&rc]() {
        std::fprintf(stderr, "commandpost: the map did not finish drawing within 60 s\n");
        rc = 1;
        QCoreApplication::quit();
    });
}

/*!
 * The seat's live session settings: its --feeds and --feed, and with --demo the feed simulator
 * started on a free loopback port over the shipped demo (\a simulator runs it while the seat runs).
 * Problems with single feeds are printed; false when the session cannot be set up at all.
 */
bool seatSession(const cp::app::CommandLine &options, cp::feeds::LocalSimulator &simulator,
                 cp::live::LiveSessionConfig *config, QString *error)
{
    QUrl demoFeed;
    if (options.demo) {
        // The simulator reads the shipped file (immutable), never the seat's live copy (docs/data-model.md).
        simulator.start(cp::feeds::LocalSimulator::defaultProgram(),
                        {QStringLiteral("--data"), cp::app::shippedDemoPath(), QStringLiteral("--scenario"), options.demoScenario});
        if (simulator.waitForListening(15000))
            demoFeed = simulator.baseUrl();
        else
            std::fprintf(stderr, "commandpost: the demo feed simulator did not start: %s\n", qPrintable(simulator.errorText()));
    }
    QStringList problems;
    const bool ok = cp::app::liveSessionConfig(options, demoFeed, config, &problems, error);
    for (const QString &p : std::as_const(problems))
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(p));
    return ok;
}

//! On the shared database every seat follows the alarms, with feeds of its own or not.
bool wantsSession(const cp::app::CommandLine &options)
{
    return options.demo || !options.feedsPath.isEmpty() || !options.feedUrl.isEmpty() || !options.databaseAddress.isEmpty();
}

int runWall(const cp::app::CommandLine &options, const cp::sectors::SectorRegistry &sectors)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (options.screen >= screens.size()) {
        std::fprintf(stderr, "commandpost: --screen %d: this display has %lld screen(s), numbered from 0\n", options.screen,
                     static_cast<long long>(screens.size()));
        return 2;
    }
    // On the desk's data the wall only reads: it never upgrades the file or takes the desk's WAL away
    // when it closes. With feeds of its own (or the demo, a private copy) it runs its own session and writes.
    const bool ownSession = wantsSession(options);
    const cp::app::CountyData data = cp::app::openCountyData(
        cp::app::DataSetAddress::of(options), ownSession ? cp::app::StoreAccess::ReadWrite : cp::app::StoreAccess::ReadOnly, sectors);
    for (const QString &p : data.layerErrors)
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(p));
    int rc = 0;
    cp::app::WallWindow wall;
    QScreen *screen = options.screen >= 0 ? screens.at(options.screen) : QGuiApplication::primaryScreen();
    wall.setGeometry(screen->geometry());
    wall.showLayers(data.layers);
    cp::feeds::LocalSimulator simulator;
    cp::live::LiveSession session;
    if (ownSession) {
        // The wall shows its session like the desk: its ticker, chart and overlay follow the engine.
        auto *model = new cp::ui::AlarmTableModel(&wall);
        auto *alarms = new cp::app::DeskAlarms(sectors, session, *model, *wall.alarmOverlay(), &wall);
        cp::live::LiveSessionConfig config;
        QString error;
        if (!seatSession(options, simulator, &config, &error)) {
            std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
            return 2;
        }
        config.sectors = &sectors;
        if (QgsVectorLayer *enterprises = cp::map::CountyMap::find(data.layers, QStringLiteral("enterprises")))
            config.enterprises = alarms->setEnterprises(*enterprises);
        QObject::connect(alarms, &cp::app::DeskAlarms::refreshed, &wall, [&wall, model] { wall.showAlarms(*model); });
        if (!session.start(config, &error)) {
            std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
            return 2;
        }
    }
    // Incidents are opened at the desk, another process on the same data: follow them from the store.
    QString followError = data.storeError;
    if (!data.store || !wall.followIncidents(*data.store, &followError))
        std::fprintf(stderr, "commandpost: the wall cannot follow incidents: %s\n", qPrintable(followError));
    wall.showFullScreen();
    if (!options.screenshotPath.isEmpty())
        screenshotWhenDrawn(wall, *wall.canvas(), options.screenshotPath, options.screenshotDelaySeconds, rc);
    const int loopRc = QgsApplication::exec();
    return rc ? rc : loopRc;
}

QStringList pluginDirs(const cp::app::CommandLine &options)
{
    QStringList dirs = cp::sectors::SectorRegistry::defaultPluginDirs();
    if (!options.pluginsDir.isEmpty())
        dirs << options.pluginsDir;
    return dirs;
}

//! --list-plugins: what loaded and what was refused, with the reason; no window needed.
int listPlugins(int argc, char **argv, const cp::app::CommandLine &options)
{
    QCoreApplication app(argc, argv);
    const QLocale locale = options.language.isEmpty() ? QLocale::system() : QLocale(options.language);
    QLocale::setDefault(locale);
    cp::core::installTranslations(app, locale);
    cp::sectors::SectorRegistry registry;
    registry.loadFrom(pluginDirs(options));
    std::fputs(qPrintable(registry.formatListing()), stdout);
    return 0;
}

//! --plan MODEL[:P]: opens the planning view and runs the plan; prints its outcome, then takes the --screenshot or,
//! with --plan-report, writes the report and exits.
void runPlanAtStart(cp::app::MainWindow &window, const cp::app::CommandLine &options, int &rc)
{
    using cp::planning::PlacementModel;
    cp::app::PlanningView *view = window.showPlanning();
    for (PlacementModel model : {PlacementModel::SetCovering, PlacementModel::MaximalCovering, PlacementModel::PMedian,
                                 PlacementModel::PCenter, PlacementModel::CapacitatedPMedian})
        if (cp::planning::modelKey(model) == options.planModel)
            view->setModel(model, options.planSites);
    const QString report = options.planReportPath;
    QObject::connect(view, &cp::app::PlanningView::finished, view, [&window, &options, &rc, view, report](bool ok, const QString &message) {
        if (!options.screenshotPath.isEmpty()) {
            // The plan is on the map once the canvas has drawn it.
            screenshotWhenDrawn(window, *window.canvas(), options.screenshotPath, options.screenshotDelaySeconds, rc);
            window.canvas()->refresh();
        }
        if (!ok) {
            std::fprintf(stderr, "commandpost: plan: %s\n", qPrintable(message));
            if (!report.isEmpty())
                QCoreApplication::exit(1);
            return;
        }
        const cp::app::PlanFigures &f = view->history().first();
        std::printf("commandpost: plan %s: %d sites, objective %.1f, %.0f of %.0f people served\n", qPrintable(f.model),
                    f.sites, f.objective, f.weightAssigned, f.weightTotal);
        std::fflush(stdout);
        if (report.isEmpty())
            return;
        QString error;
        const bool written = view->exportReport(report, &error);
        if (written)
            std::printf("commandpost: wrote %s\n", qPrintable(report));
        else
            std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
        QCoreApplication::exit(written ? 0 : 1);
    });
    view->run();
}

int runDesk(const cp::app::CommandLine &options, const cp::sectors::SectorRegistry &sectors)
{
    int rc = 0;
    cp::app::MainWindow window(sectors);
    const QStringList problems = window.openData(cp::app::DataSetAddress::of(options));
    for (const QString &p : problems)
        std::fprintf(stderr, "commandpost: %s\n", qPrintable(p));
    if (!options.exportMapPath.isEmpty()) {
        QString error;
        if (!window.exportMap(options.exportMapPath, &error, true)) {
            std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("commandpost: wrote %s\n", qPrintable(options.exportMapPath));
        return 0;
    }
    cp::feeds::LocalSimulator simulator;
    if (wantsSession(options)) {
        cp::live::LiveSessionConfig config;
        QString error;
        if (!seatSession(options, simulator, &config, &error) || !window.startAlarms(config, &error)) {
            std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
            return 2;
        }
    }
    window.show();
    if (!options.planModel.isEmpty())
        runPlanAtStart(window, options, rc);
    else if (!options.screenshotPath.isEmpty())
        screenshotWhenDrawn(window, *window.canvas(), options.screenshotPath, options.screenshotDelaySeconds, rc);
    const int loopRc = QgsApplication::exec();
    return rc ? rc : loopRc;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommandPost"));
    QCoreApplication::setApplicationName(QStringLiteral("commandpost"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMANDPOST_VERSION));

    // Arguments are checked before any GUI exists, so a wrong one is reported even without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    cp::app::CommandLine options;
    QString error;
    if (!options.parse(arguments, &error))
        return reportBadArguments(argc, argv, options, error);
    if (options.listPlugins)
        return listPlugins(argc, argv, options);
    if (options.headless)
        return cp::app::runHeadlessIngest(argc, argv, options);
    if (!options.exportMapPath.isEmpty() && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen"); // printing needs no screen
    if (!hasDisplay()) {
        std::fprintf(stderr, "commandpost: no display. Run it under Xvfb (xvfb-run -a commandpost ...) "
                             "or set QT_QPA_PLATFORM=offscreen for --screenshot.\n");
        return 1;
    }

    QgsApplication app(argc, argv, true);
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    const QLocale locale = options.language.isEmpty() ? QLocale::system() : QLocale(options.language);
    QLocale::setDefault(locale); // plugins name things in the default locale's language
    cp::core::installTranslations(app, locale);
    if (options.demo) {
        options.dataPath = cp::app::freshDemoCopy(options.dataPath, &error);
        if (options.dataPath.isEmpty()) {
            std::fprintf(stderr, "commandpost: %s\n", qPrintable(error));
            return 1;
        }
    }
    QgsApplication::initQgis();
    int rc = 0;
    {
        cp::sectors::SectorRegistry sectors;
        sectors.loadFrom(pluginDirs(options));
        for (const auto &refusal : sectors.refusals())
            std::fprintf(stderr, "commandpost: %s: %s\n", qPrintable(refusal.fileName), qPrintable(refusal.reason));
        rc = options.wall ? runWall(options, sectors) : runDesk(options, sectors);
        // Layers go before the plugins that hold their symbols, and before exitQgis closes GDAL.
        QgsProject::instance()->removeAllMapLayers();
    }
    QgsApplication::exitQgis();
    return rc;
}
