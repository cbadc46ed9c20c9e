// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchreport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace cp::bench {

BenchReport::BenchReport(QString bench) : m_bench(std::move(bench)) {}

void BenchReport::figure(const QString &metric, double value, const QString &unit, const QString &note)
{
    m_figures.append({metric, value, unit, note});
    const QJsonObject line{{QStringLiteral("bench"), m_bench},
                           {QStringLiteral("metric"), metric},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("unit"), unit}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void BenchReport::printTable() const
{
    QTextStream out(stdout);
    out << "\n| bench | metric | value | unit | note |\n|---|---|---|---|---|\n";
    for (const Figure &f : m_figures)
        out << "| " << m_bench << " | " << f.metric << " | " << QString::number(f.value, 'g', 6) << " | " << f.unit
            << " | " << f.note << " |\n";
}

int intArgument(const QStringList &arguments, const QString &name, int fallback)
{
    const int at = static_cast<int>(arguments.indexOf(name));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
}

double medianMilliseconds(int repetitions, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < std::max(1, repetitions); ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace cp::bench
