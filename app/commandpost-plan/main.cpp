// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-plan: places facilities without the GUI.
//  - on layers: --model M --p N [--limit L] --demand FILE[:LAYER] --candidates FILE[:LAYER] … [--out OUT.gpkg], or --demo;
//    prints a summary and writes the chosen sites, the assignments and a summary table (docs/planning.md);
//  - --orlib FILE [--seed S] [--iterations N] [--exact] [--time-limit S] [--verbose]: solves an OR-Library
//    p-median instance and prints "objective: N" and "sites: …" (1-based, as in the file).
// Exit codes (DESIGN.md): 0 done, 2 bad arguments or input (an infeasible problem included), 1 anything else.
#include "planformat.h"
#include "planrequest.h"
#include "plansummary.h"
#include "planwriter.h"
#include "tr.h"

#include "core/translations.h"
#include "planning/exactsolver.h"
#include "planning/orlibraryreader.h"
#include "planning/pmedianheuristic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <cmath>

namespace {

using cp::plantool::Tr;

//! The demo GeoPackage: installed beside the program, else in the source tree; empty when neither has it.
QString demoPath()
{
    const QString relative = QStringLiteral("maps/liangshan/demo.gpkg");
    for (const QString &path : {QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/commandpost/") + relative),
                                QDir(QStringLiteral(COMMANDPOST_SOURCE_DIR)).filePath(relative)}) {
        if (QFileInfo(path).isFile())
            return QDir::cleanPath(path);
    }
    return {};
}

int solveOrLibrary(const QCommandLineParser &parser, quint64 seed, double timeLimit, int iterations, QTextStream &out,
                   QTextStream &err)
{
    const QString file = parser.value(QStringLiteral("orlib"));
    QString error;
    const auto problem = cp::planning::OrLibraryReader::read(file, &error);
    if (!problem) {
        err << "commandpost-plan: " << error << '\n';
        return 2;
    }
    cp::planning::SolveControl control;
    control.timeLimitSeconds = timeLimit;
    cp::planning::PlacementResult result;
    if (parser.isSet(QStringLiteral("exact"))) {
        result = cp::planning::ExactSolver(parser.isSet(QStringLiteral("verbose"))).solve(*problem, &control);
    } else {
        cp::planning::PMedianHeuristicSettings settings;
        settings.seed = seed;
        settings.maxIterations = iterations;
        result = cp::planning::PMedianHeuristic(settings).solve(*problem, &control);
    }
    if (!result.hasSolution()) {
        err << "commandpost-plan: " << file << ": " << result.message << '\n';
        return result.status == cp::planning::SolveStatus::Infeasible ? 2 : 1;
    }
    QStringList sites;
    for (int site : std::as_const(result.openSites))
        sites.append(QString::number(site + 1));
    out << "objective: " << cp::plantool::formatNumber(result.objective) << '\n'
        << "sites: " << sites.join(QLatin1Char(' ')) << '\n'
        << "status: " << cp::plantool::statusKey(result.status) << '\n'
        << "bound: " << cp::plantool::formatNumber(result.bound) << '\n'
        << "time_ms: " << QString::number(result.milliseconds, 'f', 1) << '\n';
    return 0;
}

int planOnLayers(const QCommandLineParser &parser, quint64 seed, double timeLimit, QTextStream &out, QTextStream &err)
{
    QString error;
    std::optional<cp::plantool::PlanRequest> request = cp::plantool::PlanRequest::fromParser(parser, demoPath(), &error);
    if (!request) {
        err << "commandpost-plan: " << error << '\n';
        return 2;
    }
    // Before the plan runs: a refused --out should not cost the officer a solve.
    if (const QString refusal = cp::plantool::PlanWriter::refusal(*request); !refusal.isEmpty()) {
        err << "commandpost-plan: " << refusal << '\n';
        return 2;
    }
    request->seed = seed;
    request->timeLimitSeconds = timeLimit;
    request->verbose = parser.isSet(QStringLiteral("verbose"));
    std::optional<cp::planning::LayerPlan> plan = cp::planning::LayerPlan::prepare(*request, &error);
    if (!plan) {
        err << "commandpost-plan: " << error << '\n';
        return 2;
    }
    for (const QString &warning : std::as_const(plan->warnings))
        err << "commandpost-plan: " << Tr::tr("warning: %1").arg(warning) << '\n';
    plan->solve(*request);
    if (!plan->result.hasSolution()) {
        err << "commandpost-plan: " << plan->result.message << '\n';
        return plan->result.status == cp::planning::SolveStatus::Infeasible ? 2 : 1;
    }
    cp::plantool::printSummary(out, *request, *plan);
    if (!request->out.isEmpty()) {
        if (!cp::plantool::PlanWriter::write(request->out, *request, *plan, &error)) {
            err << "commandpost-plan: " << error << '\n';
            return 1;
        }
        out << "written: " << request->out << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commandpost-plan"));
    cp::core::installTranslations(app, QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Places facilities without the GUI."));
    parser.addHelpOption();
    const QCommandLineOption orlib(QStringLiteral("orlib"), Tr::tr("Solve the OR-Library p-median instance FILE."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of the heuristic (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption iterations(QStringLiteral("iterations"),
                                        Tr::tr("At most N VNS iterations of the heuristic (default %1).")
                                            .arg(cp::planning::PMedianHeuristicSettings().maxIterations),
                                        QStringLiteral("N"),
                                        QString::number(cp::planning::PMedianHeuristicSettings().maxIterations));
    const QCommandLineOption exact(QStringLiteral("exact"), Tr::tr("Solve exactly with CBC instead of the heuristic."));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit"), Tr::tr("Stop after S seconds (default: no limit)."),
                                       QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), Tr::tr("Show the CBC log."));
    parser.addOptions({orlib, seed, iterations, exact, timeLimit, verbose});
    cp::plantool::PlanRequest::addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "commandpost-plan: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "commandpost-plan: " << Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    const bool onLayers = parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("db")) || parser.isSet(QStringLiteral("demand"));
    if (!parser.isSet(orlib) && !onLayers) {
        err << "commandpost-plan: " << Tr::tr("nothing to do: give --orlib FILE, --demand FILE or --demo (see --help)")
            << '\n';
        return 2;
    }
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    bool limitOk = false;
    const double limitValue = parser.value(timeLimit).toDouble(&limitOk);
    bool iterationsOk = false;
    const int iterationsValue = parser.value(iterations).toInt(&iterationsOk);
    if (!iterationsOk || iterationsValue < 0) {
        err << "commandpost-plan: "
            << Tr::tr("--iterations \"%1\" is not a whole number 0 or above").arg(parser.value(iterations)) << '\n';
        return 2;
    }
    if (!seedOk) {
        err << "commandpost-plan: " << Tr::tr("--seed \"%1\" is not a whole number 0 or above").arg(parser.value(seed))
            << '\n';
        return 2;
    }
    if (!limitOk || !(limitValue >= 0.0) || std::isinf(limitValue)) {
        err << "commandpost-plan: "
            << Tr::tr("--time-limit \"%1\" is not a number of seconds 0 or above").arg(parser.value(timeLimit)) << '\n';
        return 2;
    }
    if (parser.isSet(orlib))
        return solveOrLibrary(parser, seedValue, limitValue, iterationsValue, out, err);
    return planOnLayers(parser, seedValue, limitValue, out, err);
}
