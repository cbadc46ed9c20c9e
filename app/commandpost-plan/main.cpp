// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-plan --orlib FILE [--seed S] [--iterations N] [--exact] [--time-limit S] [--verbose]: solves an OR-Library
// p-median instance and prints "objective: N" and "sites: …" (1-based, as in the file).
// Exit codes (DESIGN.md): 0 done, 2 bad arguments or input, 1 anything else.
#include "core/translations.h"
#include "planning/exactsolver.h"
#include "planning/orlibraryreader.h"
#include "planning/pmedianheuristic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commandpost_plan)
};

QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("none");
    return value == std::floor(value) && std::abs(value) < 1e15 ? QString::number(value, 'f', 0)
                                                                : QString::number(value, 'g', 12);
}

QString statusKey(cp::planning::SolveStatus status)
{
    using cp::planning::SolveStatus;
    switch (status) {
    case SolveStatus::Optimal:
        return QStringLiteral("optimal");
    case SolveStatus::Feasible:
        return QStringLiteral("feasible");
    case SolveStatus::Infeasible:
        return QStringLiteral("infeasible");
    case SolveStatus::Cancelled:
        return QStringLiteral("cancelled");
    case SolveStatus::Failed:
        break;
    }
    return QStringLiteral("failed");
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
    if (!parser.isSet(orlib)) {
        err << "commandpost-plan: " << Tr::tr("nothing to do: give --orlib FILE (see --help)") << '\n';
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

    QString error;
    const auto problem = cp::planning::OrLibraryReader::read(parser.value(orlib), &error);
    if (!problem) {
        err << "commandpost-plan: " << error << '\n';
        return 2;
    }
    cp::planning::SolveControl control;
    control.timeLimitSeconds = limitValue;
    cp::planning::PlacementResult result;
    if (parser.isSet(exact)) {
        result = cp::planning::ExactSolver(parser.isSet(verbose)).solve(*problem, &control);
    } else {
        cp::planning::PMedianHeuristicSettings settings;
        settings.seed = seedValue;
        settings.maxIterations = iterationsValue;
        result = cp::planning::PMedianHeuristic(settings).solve(*problem, &control);
    }
    if (!result.hasSolution()) {
        err << "commandpost-plan: " << parser.value(orlib) << ": " << result.message << '\n';
        return result.status == cp::planning::SolveStatus::Infeasible ? 2 : 1;
    }
    QStringList sites;
    for (int site : std::as_const(result.openSites))
        sites.append(QString::number(site + 1));
    out << "objective: " << number(result.objective) << '\n'
        << "sites: " << sites.join(QLatin1Char(' ')) << '\n'
        << "status: " << statusKey(result.status) << '\n'
        << "bound: " << number(result.bound) << '\n'
        << "time_ms: " << QString::number(result.milliseconds, 'f', 1) << '\n';
    return 0;
}
