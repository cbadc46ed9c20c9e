// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QString>

#include <algorithm>
#include <functional>

namespace cp::bench {

/*!
 * \brief Collects the figures of one benchmark run.
 *
 * Each figure is printed at once as one JSON line
 * ({"bench": "route", "metric": "one_to_all_ms", "value": 4.2, "unit": "ms"}) so scripts can
 * follow a long run; printTable() prints the human-readable table at the end.
 */
class BenchReport
{
public:
    explicit BenchReport(QString bench);

    //! Records and prints one figure; \a note is free text for the table (e.g. the reference used).
    void figure(const QString &metric, double value, const QString &unit, const QString &note = QString());
    void printTable() const;

private:
    struct Figure
    {
        QString metric;
        double value;
        QString unit;
        QString note;
    };
    QString m_bench;
    QList<Figure> m_figures;
};

//! The integer after \a name in \a arguments ("--events 1000"), or \a fallback when \a name or its value is absent.
int intArgument(const QStringList &arguments, const QString &name, int fallback);

//! Runs \a work \a repetitions times and returns the median wall time in milliseconds.
double medianMilliseconds(int repetitions, const std::function<void()> &work);

//! One benchmark: a name for the command line, a line of help, and the function that runs it.
struct Benchmark
{
    const char *name;
    const char *summary;
    std::function<int(BenchReport &, const QStringList &arguments)> run; //!< returns a process exit code
};

} // namespace cp::bench
