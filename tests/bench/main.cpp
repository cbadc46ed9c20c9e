// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench NAME [ARGS…]: runs one benchmark, prints one JSON line per figure and a table.
#include "benchmarks.h"

#include <qgsapplication.h>

#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    // QGIS is initialised for the benchmarks that measure against it; offscreen needs no display.
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    // The test helpers some benchmarks share (the demo county in PostgreSQL) find the source tree as under CTest.
    if (qEnvironmentVariableIsEmpty("COMMANDPOST_SOURCE_DIR"))
        qputenv("COMMANDPOST_SOURCE_DIR", COMMANDPOST_SOURCE_DIR);
    QgsApplication app(argc, argv, true); // with widgets: the render benchmark measures a real canvas
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();

    QStringList args = QCoreApplication::arguments().mid(1);
    const QList<cp::bench::Benchmark> all = cp::bench::benchmarks();
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--list") || args.first() == QLatin1String("--help")) {
        QTextStream out(stdout);
        out << "usage: commandpost-bench NAME [ARGS...]\n\nbenchmarks:\n";
        for (const auto &b : all)
            out << "  " << b.name << "\t" << QString::fromUtf8(b.summary) << "\n"; // QTextStream reads char * as Latin-1
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    int rc = 2;
    bool found = false;
    for (const auto &b : all) {
        if (name == QLatin1String(b.name)) {
            found = true;
            cp::bench::BenchReport report(name);
            rc = b.run(report, args);
            report.printTable();
        }
    }
    if (!found)
        err << "commandpost-bench: unknown benchmark '" << name << "'; --list shows them\n";
    QgsApplication::exitQgis();
    return rc;
}
