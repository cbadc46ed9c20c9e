// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandline.h"

#include "feeds/feedsettingsreader.h"
#include "planning/layerplan.h"
#include "storage/postgresaddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cp::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::app)
};
} // namespace

QString shippedDemoPath()
{
    const QString relative = QStringLiteral("maps/liangshan/demo.gpkg");
    const QStringList candidates = {
        // Arguments are parsed before the application object exists, so ask the kernel where we run from.
        QDir(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath()).filePath(QStringLiteral("../share/commandpost/") + relative),
        QDir(QStringLiteral(COMMANDPOST_SOURCE_DIR)).filePath(relative),
    };
    for (const QString &path : candidates) {
        if (QFileInfo(path).isFile())
            return QDir::cleanPath(path);
    }
    return {};
}

bool CommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("CommandPost, the county emergency command center"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), Tr::tr("Open the Liangshan demo data set."));
    const QCommandLineOption dataOption(QStringLiteral("data"), Tr::tr("Open the GeoPackage FILE."), QStringLiteral("FILE"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Tr::tr("Work on the shared PostgreSQL database ADDRESS (postgresql://…, a conninfo "
                                             "or service=NAME; the password comes from ~/.pgpass)."),
                                      QStringLiteral("ADDRESS"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("User interface language: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        Tr::tr("Save the window to the PNG FILE once the map has drawn, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption delayOption(QStringLiteral("screenshot-delay"),
                                         Tr::tr("Wait S more seconds after the map has drawn before the screenshot."), QStringLiteral("S"));
    const QCommandLineOption exportOption(QStringLiteral("export-map"), Tr::tr("Print the county map to the PDF FILE, then exit."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            Tr::tr("With --demo: the simulator's scenario, quiet-shift, gas-leak (default) or flood."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption wallOption(QStringLiteral("wall"), Tr::tr("Run the wall display (full screen, read-only)."));
    const QCommandLineOption screenOption(QStringLiteral("screen"), Tr::tr("Screen number N for the wall display."), QStringLiteral("N"));
    const QCommandLineOption listOption(QStringLiteral("list-plugins"), Tr::tr("List the sector plugins loaded and refused, then exit."));
    const QCommandLineOption pluginsOption(QStringLiteral("plugins"), Tr::tr("Also load sector plugins from DIR."), QStringLiteral("DIR"));
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            Tr::tr("Ingest the alarm feeds into the data file without a window."));
    const QCommandLineOption feedsOption(QStringLiteral("feeds"),
                                         Tr::tr("Ingest the alarm feeds configured in the settings FILE (docs/feed-api.md)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption feedOption(QStringLiteral("feed"),
                                        Tr::tr("Ingest the alarm feed at URL; its token comes from COMMANDPOST_FEED_TOKEN."),
                                        QStringLiteral("URL"));
    const QCommandLineOption runForOption(QStringLiteral("run-for"),
                                          Tr::tr("With --headless: stop after SECONDS (default: until SIGTERM)."),
                                          QStringLiteral("SECONDS"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        Tr::tr("Open the planning view and run MODEL (lscp, mclp, pmedian, pcenter or "
                                               "capacitated) with P sites (default 10), e.g. pmedian:10."),
                                        QStringLiteral("MODEL[:P]"));
    const QCommandLineOption planReportOption(QStringLiteral("plan-report"),
                                              Tr::tr("With --plan: print the plan's report to the PDF FILE, then exit."),
                                              QStringLiteral("FILE"));
    parser.addOptions({demoOption, dataOption, dbOption, langOption, shotOption, delayOption, scenarioOption, exportOption, wallOption, screenOption, listOption,
                       pluginsOption, headlessOption, feedsOption, feedOption, runForOption, planOption, planReportOption});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    language = parser.value(langOption); // before --help, which is answered in this language
    if (parser.isSet(QStringLiteral("version"))) {
        *error = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // The help text's usage line reads the application's arguments: without an application
        // object it would crash, so the caller asks again once it has one.
        *error = QCoreApplication::instance() ? parser.helpText() : QString();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first());
        return false;
    }
    if (!language.isEmpty() && language != QLatin1String("zh_CN") && language != QLatin1String("en")) {
        *error = Tr::tr("--lang %1: the languages are zh_CN and en").arg(language);
        return false;
    }
    pluginsDir = parser.value(pluginsOption);
    if (parser.isSet(pluginsOption) && !QFileInfo(pluginsDir).isDir()) {
        *error = Tr::tr("--plugins %1: no such folder").arg(pluginsDir);
        return false;
    }
    listPlugins = parser.isSet(listOption);
    if (listPlugins)
        return true; // needs no data set
    demo = parser.isSet(demoOption);
    headless = parser.isSet(headlessOption);
    if (int(demo) + int(parser.isSet(dataOption)) + int(parser.isSet(dbOption)) != 1) {
        *error = Tr::tr("give exactly one of --demo, --data FILE or --db ADDRESS");
        return false;
    }
    if (parser.isSet(dbOption)) {
        databaseAddress = parser.value(dbOption);
        QString addressError;
        if (!storage::PostgresAddress::parse(databaseAddress, &addressError)) {
            *error = Tr::tr("--db: %1").arg(addressError);
            return false;
        }
    }
    if (parser.isSet(scenarioOption)) {
        // The scenarios commandpost-feedsim knows (app/commandpost-feedsim/scenario.cpp).
        const QStringList scenarios{QStringLiteral("quiet-shift"), QStringLiteral("gas-leak"), QStringLiteral("flood")};
        demoScenario = parser.value(scenarioOption);
        if (!demo || !scenarios.contains(demoScenario)) {
            *error = Tr::tr("--scenario %1: give one of %2, together with --demo").arg(demoScenario, scenarios.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (demo) {
        dataPath = shippedDemoPath();
        if (dataPath.isEmpty()) {
            *error = Tr::tr("the demo data set (maps/liangshan/demo.gpkg) is not installed");
            return false;
        }
    } else if (parser.isSet(dataOption)) {
        dataPath = parser.value(dataOption);
        if (!QFileInfo(dataPath).isFile()) {
            *error = Tr::tr("--data %1: no such file").arg(dataPath);
            return false;
        }
    }
    wall = parser.isSet(wallOption);
    if (!parseFeeds(parser, error))
        return false;
    screenshotPath = parser.value(shotOption);
    exportMapPath = parser.value(exportOption);
    for (const auto &[option, path] : {std::pair{QStringLiteral("--screenshot"), screenshotPath},
                                       std::pair{QStringLiteral("--export-map"), exportMapPath}}) {
        if (parser.isSet(option.mid(2)) && (path.isEmpty() || !QFileInfo(path).absoluteDir().exists())) {
            *error = Tr::tr("%1 %2: the folder does not exist").arg(option, path);
            return false;
        }
    }
    if (parser.isSet(delayOption)) {
        bool ok = false;
        screenshotDelaySeconds = parser.value(delayOption).toInt(&ok);
        if (!ok || screenshotDelaySeconds < 0 || screenshotDelaySeconds > 600 || !parser.isSet(shotOption)) {
            *error = Tr::tr("--screenshot-delay %1: give 0 to 600 seconds, together with --screenshot").arg(parser.value(delayOption));
            return false;
        }
    }
    if (headless && (wall || !screenshotPath.isEmpty() || !exportMapPath.isEmpty())) {
        *error = Tr::tr("--headless has no window: it cannot be combined with --wall, --screenshot or --export-map");
        return false;
    }
    if (parser.isSet(screenOption)) {
        bool ok = false;
        screen = parser.value(screenOption).toInt(&ok);
        if (!ok || screen < 0 || !wall) {
            *error = Tr::tr("--screen %1: give a screen number of 0 or more, together with --wall").arg(parser.value(screenOption));
            return false;
        }
    }
    planReportPath = parser.value(planReportOption);
    if (parser.isSet(planReportOption)
        && (!parser.isSet(planOption) || planReportPath.isEmpty() || !QFileInfo(planReportPath).absoluteDir().exists())) {
        *error = Tr::tr("--plan-report %1: give a PDF in an existing folder, together with --plan").arg(planReportPath);
        return false;
    }
    return !parser.isSet(planOption) || parsePlan(parser.value(planOption), error);
}

bool CommandLine::parsePlan(const QString &value, QString *error)
{
    if (headless || wall || !exportMapPath.isEmpty()) {
        *error = Tr::tr("--plan runs in the desk's planning view: it cannot be combined with --headless, --wall or --export-map");
        return false;
    }
    const QStringList parts = value.split(QLatin1Char(':'));
    QStringList keys;
    for (planning::PlacementModel model :
         {planning::PlacementModel::SetCovering, planning::PlacementModel::MaximalCovering, planning::PlacementModel::PMedian,
          planning::PlacementModel::PCenter, planning::PlacementModel::CapacitatedPMedian})
        keys << planning::modelKey(model);
    if (parts.size() > 2 || !keys.contains(parts.first())) {
        *error = Tr::tr("--plan %1: give MODEL[:P] with MODEL one of %2").arg(value, keys.join(QStringLiteral(", ")));
        return false;
    }
    if (parts.size() == 2) {
        bool ok = false;
        planSites = parts.at(1).toInt(&ok);
        if (!ok || planSites < 1 || planSites > 500) {
            *error = Tr::tr("--plan %1: P must be a whole number from 1 to 500").arg(value);
            return false;
        }
    }
    planModel = parts.first();
    return true;
}

bool CommandLine::parseFeeds(const QCommandLineParser &parser, QString *error)
{
    const QString runForName = QStringLiteral("run-for");
    feedsPath = parser.value(QStringLiteral("feeds"));
    if (parser.isSet(QStringLiteral("feeds")) && !QFileInfo(feedsPath).isFile()) {
        *error = Tr::tr("--feeds %1: no such file").arg(feedsPath);
        return false;
    }
    feedUrl = parser.value(QStringLiteral("feed"));
    if (!feedUrl.isEmpty()) {
        QString feedError;
        if (feeds::feedSettingsFromUrl(feedUrl, QString(), QString(), &feedError).id.isEmpty()) {
            *error = feedError;
            return false;
        }
        if (wall && !headless) {
            *error = Tr::tr("--feed is for the desk and --headless; give the wall its feeds with --feeds FILE");
            return false;
        }
    }
    if (!headless) {
        if (parser.isSet(runForName)) {
            *error = Tr::tr("--%1 is for --headless ingest only").arg(runForName);
            return false;
        }
        return true;
    }
    if (feedUrl.isEmpty() && feedsPath.isEmpty()) {
        *error = Tr::tr("--headless needs --feed URL or --feeds FILE");
        return false;
    }
    if (parser.isSet(runForName)) {
        bool ok = false;
        runForSeconds = parser.value(runForName).toInt(&ok);
        if (!ok || runForSeconds <= 0) {
            *error = Tr::tr("--run-for %1: give a whole number of seconds, 1 or more").arg(parser.value(runForName));
            return false;
        }
    }
    if (demo) {
        // The ingest writes into the store; the shipped demo file stays as it was installed.
        *error = Tr::tr("--headless writes into the store: give it --data FILE, not --demo");
        return false;
    }
    return true;
}

} // namespace cp::app
