// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace cp::app {

//! What the command line asked for, already checked (DESIGN.md "The command-line surface").
struct CommandLine
{
    QString dataPath;       //!< the GeoPackage to open; for --demo, the shipped demo file
    QString databaseAddress; //!< --db: the shared PostgreSQL database (URI, conninfo or service); empty: none
    bool demo = false;
    QString demoScenario = QStringLiteral("gas-leak"); //!< the demo simulator's scenario (--scenario)
    QString language;       //!< "zh_CN", "en", or empty for the system locale
    QString screenshotPath; //!< save the window as PNG once the map has drawn, then exit
    int screenshotDelaySeconds = 0; //!< extra wait after the first full render, e.g. for live alarms
    QString exportMapPath;  //!< print the county map to this PDF, then exit (no window)
    bool wall = false;      //!< the wall display instead of the desk
    int screen = -1;        //!< the wall's screen index; -1 = the primary screen
    bool listPlugins = false; //!< print the sector plugins loaded and refused, then exit
    QString pluginsDir;     //!< an extra folder of sector plugins
    bool headless = false;  //!< ingest the feeds into --data without a window
    QString feedsPath;      //!< --feeds: the feeds settings file (docs/feed-api.md); empty: none
    QString feedUrl;        //!< --feed: one more feed's base URL (http or https); empty: none
    int runForSeconds = 0;  //!< with --headless: stop after this many seconds; 0 runs until a signal
    QString planModel;      //!< --plan MODEL[:P]: the model key to run in the planning view at start; empty: none
    int planSites = 10;     //!< --plan's P (default 10; unused by lscp)
    QString planReportPath; //!< --plan-report: print the plan's report to this PDF once it is solved, then exit

    /*!
     * Parses \a arguments (argv as a list, program name first). On a bad argument or path returns
     * false with a message naming it in \a error; the caller exits with code 2.
     */
    bool parse(const QStringList &arguments, QString *error);

private:
    //! Checks --feeds, --feed and --run-for, and that --headless has a feed.
    bool parseFeeds(const QCommandLineParser &parser, QString *error);
    //! Checks --plan MODEL[:P] and that it goes with the desk.
    bool parsePlan(const QString &value, QString *error);
};

//! The shipped demo GeoPackage: installed data dir, then the source tree; empty when neither exists.
QString shippedDemoPath();

} // namespace cp::app
