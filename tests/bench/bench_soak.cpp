// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 17, bounded memory: the desk's pipeline (the live session with its feed client, store and
// engine, and the console's model) against the real simulator's flood scenario for hours, with an
// officer who acknowledges every alarm as it comes; the process's resident memory is sampled and
// plotted (docs/reliability.md "Bounded memory").
#include "benchmarks.h"

#include "feeds/localsimulator.h"
#include "live/livesession.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"
#include "ui/alarmtablemodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace cp::bench {

namespace {

struct Sample
{
    double minutes = 0;
    double rssMb = 0;
    int alarms = 0; //!< what the session tracks (the engine's alarms, mirrored on this thread)
};

struct Series
{
    QString label;
    QList<Sample> samples;
};

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return NAN;
    // A /proc file has no size, so QFile::atEnd() is true at once: read it whole.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return NAN;
}

//! Least-squares slope of RSS over time, in MB per hour, of the samples from \a fromMinutes on.
double growthPerHour(const QList<Sample> &samples, double fromMinutes)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const Sample &s : samples) {
        if (s.minutes < fromMinutes)
            continue;
        n += 1;
        sx += s.minutes;
        sy += s.rssMb;
        sxx += s.minutes * s.minutes;
        sxy += s.minutes * s.rssMb;
    }
    const double d = n * sxx - sx * sx;
    return n < 2 || d == 0 ? NAN : (n * sxy - sx * sy) / d * 60.0;
}

bool writeCsv(const QString &path, const Series &series, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    out << "# " << series.label << '\n' << "minutes,rss_mb,alarms\n";
    for (const Sample &s : series.samples)
        out << QString::number(s.minutes, 'f', 2) << ',' << QString::number(s.rssMb, 'f', 1) << ',' << s.alarms << '\n';
    return true;
}

std::optional<Series> readCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Series series;
    series.label = QFileInfo(path).completeBaseName();
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("# "))) {
            series.label = line.mid(2);
            continue;
        }
        const QStringList fields = line.split(QLatin1Char(','));
        bool okMinutes = false, okRss = false;
        Sample s;
        s.minutes = fields.value(0).toDouble(&okMinutes);
        s.rssMb = fields.value(1).toDouble(&okRss);
        s.alarms = fields.value(2).toInt();
        if (okMinutes && okRss)
            series.samples.append(s);
    }
    return series;
}

//! A line plot of resident memory over time, one polyline per series, as a self-contained SVG.
bool writeSvg(const QString &path, const QList<Series> &series, QString *error)
{
    double maxMinutes = 1, maxMb = 1;
    for (const Series &s : series) {
        for (const Sample &p : s.samples) {
            maxMinutes = std::max(maxMinutes, p.minutes);
            maxMb = std::max(maxMb, p.rssMb);
        }
    }
    const double mbStep = maxMb > 400 ? 100 : maxMb > 100 ? 50 : 10;
    maxMb = std::ceil(maxMb * 1.1 / mbStep) * mbStep;
    const double minuteStep = maxMinutes > 60 ? 30 : 10;
    maxMinutes = std::ceil(maxMinutes / minuteStep) * minuteStep;
    constexpr double left = 70, top = 20, width = 640, height = 300;
    const auto x = [&](double minutes) { return left + minutes / maxMinutes * width; };
    const auto y = [&](double mb) { return top + height - mb / maxMb * height; };
    static const char *const colours[] = {"#c0392b", "#2471a3", "#1e8449", "#7d3c98"};

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"" << (top + height + 60 + 18 * series.size())
        << "\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    for (double mb = 0; mb <= maxMb + 1e-9; mb += mbStep) {
        out << "<line x1=\"" << left << "\" x2=\"" << left + width << "\" y1=\"" << y(mb) << "\" y2=\"" << y(mb)
            << "\" stroke=\"#ddd\"/><text x=\"" << left - 8 << "\" y=\"" << y(mb) + 4 << "\" text-anchor=\"end\">" << mb
            << "</text>\n";
    }
    for (double m = 0; m <= maxMinutes + 1e-9; m += minuteStep) {
        out << "<line x1=\"" << x(m) << "\" x2=\"" << x(m) << "\" y1=\"" << top << "\" y2=\"" << top + height
            << "\" stroke=\"#eee\"/><text x=\"" << x(m) << "\" y=\"" << top + height + 16 << "\" text-anchor=\"middle\">" << m
            << "</text>\n";
    }
    out << "<text x=\"" << left + width / 2 << "\" y=\"" << top + height + 34 << "\" text-anchor=\"middle\">minutes</text>\n"
        << "<text x=\"16\" y=\"" << top + height / 2 << "\" transform=\"rotate(-90 16 " << top + height / 2
        << ")\" text-anchor=\"middle\">resident memory (MB)</text>\n";
    for (int i = 0; i < series.size(); ++i) {
        const char *colour = colours[i % 4];
        out << "<polyline fill=\"none\" stroke=\"" << colour << "\" stroke-width=\"2\" points=\"";
        for (const Sample &p : series.at(i).samples)
            out << QString::number(x(p.minutes), 'f', 1) << ',' << QString::number(y(p.rssMb), 'f', 1) << ' ';
        const double legendY = top + height + 52 + 18 * i;
        out << "\"/>\n<line x1=\"" << left << "\" x2=\"" << left + 24 << "\" y1=\"" << legendY - 4 << "\" y2=\"" << legendY - 4
            << "\" stroke=\"" << colour << "\" stroke-width=\"2\"/><text x=\"" << left + 32 << "\" y=\"" << legendY << "\">"
            << series.at(i).label.toHtmlEscaped() << "</text>\n";
    }
    out << "</svg>\n";
    return true;
}

QString stringArgument(const QStringList &arguments, const QString &name)
{
    const int i = arguments.indexOf(name);
    return i >= 0 ? arguments.value(i + 1) : QString();
}

//! Runs the soak; the series' label names the configuration.
std::optional<Series> soak(int minutes, int rate, int forgetMinutes, QString *error)
{
    constexpr int enterprises = 300;
    constexpr int sampleSeconds = 30;
    constexpr int acknowledgeSeconds = 10; // the officer clears the board this often
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("desk.gpkg"));
    if (!storage::GeoPackageStore::create(storePath, error))
        return std::nullopt;
    sectors::SectorRegistry registry;
    registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
    ui::AlarmTableModel model;
    live::LiveSession session;
    QObject::connect(&session, &live::LiveSession::alarmsChanged, &model,
                     [&] { model.setSnapshot(session.alarms().values(), QDateTime::currentDateTimeUtc()); });

    feeds::LocalSimulator simulator;
    simulator.start(QStringLiteral(COMMANDPOST_FEEDSIM),
                    {QStringLiteral("--enterprises"), QString::number(enterprises), QStringLiteral("--scenario"),
                     QStringLiteral("flood"), QStringLiteral("--rate"), QString::number(rate)});
    if (!simulator.waitForListening(15000)) {
        *error = simulator.errorText();
        return std::nullopt;
    }
    live::LiveSessionConfig config;
    config.storePath = storePath;
    config.sectors = &registry;
    config.enterprises = simulatorEnterprises(enterprises);
    config.user = QStringLiteral("soak");
    config.engine.forgetAfterMs = static_cast<qint64>(forgetMinutes) * 60 * 1000;
    feeds::FeedSettings feed;
    feed.id = QStringLiteral("soak");
    feed.baseUrl = simulator.baseUrl();
    config.feeds = {feed};
    if (!session.start(config, error))
        return std::nullopt;

    Series series;
    series.label = QStringLiteral("flood at %1 events/s, every alarm acknowledged, horizon %2 min").arg(rate).arg(forgetMinutes);
    QElapsedTimer clock;
    clock.start();
    const auto sample = [&] {
        series.samples.append({static_cast<double>(clock.elapsed()) / 60000.0, residentMegabytes(),
                               static_cast<int>(session.alarms().size())});
    };
    sample();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, sample);
    sampler.start(sampleSeconds * 1000);
    QTimer officer;
    QObject::connect(&officer, &QTimer::timeout, [&] {
        for (const core::Alarm &a : session.alarms()) {
            if (core::isUnacknowledged(a.state))
                session.acknowledge(a.key, QStringLiteral("soak"));
        }
    });
    officer.start(acknowledgeSeconds * 1000);
    QEventLoop loop;
    QTimer::singleShot(static_cast<qint64>(minutes) * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    sample();
    session.stop();
    return series;
}

} // namespace

int runSoakBench(BenchReport &report, const QStringList &arguments)
{
    QString error;
    const QString svg = stringArgument(arguments, QStringLiteral("--svg"));
    if (const int plot = arguments.indexOf(QStringLiteral("--plot")); plot >= 0) {
        // --plot A.csv B.csv … --svg F: draws earlier runs into one picture.
        QList<Series> series;
        for (int i = plot + 1; i < arguments.size() && !arguments.at(i).startsWith(QLatin1String("--")); ++i) {
            const std::optional<Series> s = readCsv(arguments.at(i), &error);
            if (!s) {
                qCritical("soak bench: %s", qPrintable(error));
                return 1;
            }
            series.append(*s);
        }
        if (svg.isEmpty() || series.isEmpty() || !writeSvg(svg, series, &error)) {
            qCritical("soak bench: %s", qPrintable(error.isEmpty() ? QStringLiteral("--plot needs CSV files and --svg FILE") : error));
            return 1;
        }
        return 0;
    }

    const int minutes = intArgument(arguments, QStringLiteral("--minutes"), 120);
    const int rate = intArgument(arguments, QStringLiteral("--rate"), 50);
    const int forgetMinutes = intArgument(arguments, QStringLiteral("--forget-minutes"), 10);
    const std::optional<Series> series = soak(minutes, rate, forgetMinutes, &error);
    if (!series) {
        qCritical("soak bench: %s", qPrintable(error));
        return 1;
    }
    const QString csv = stringArgument(arguments, QStringLiteral("--csv"));
    if ((!csv.isEmpty() && !writeCsv(csv, *series, &error)) || (!svg.isEmpty() && !writeSvg(svg, {*series}, &error))) {
        qCritical("soak bench: %s", qPrintable(error));
        return 1;
    }
    // Warm-up: the horizon and the store's page cache fill during the first horizon and a bit.
    const double warmUp = std::min<double>(forgetMinutes * 1.5, minutes / 2.0);
    const auto at = [&](double m) {
        const auto it = std::find_if(series->samples.cbegin(), series->samples.cend(),
                                     [m](const Sample &s) { return s.minutes >= m; });
        return it == series->samples.cend() ? series->samples.last() : *it;
    };
    const QString note = series->label;
    report.figure(QStringLiteral("rss_after_warmup_mb"), at(warmUp).rssMb, QStringLiteral("MB"),
                  QStringLiteral("at %1 min; %2").arg(warmUp).arg(note));
    report.figure(QStringLiteral("rss_end_mb"), series->samples.last().rssMb, QStringLiteral("MB"),
                  QStringLiteral("at %1 min").arg(series->samples.last().minutes, 0, 'f', 1));
    report.figure(QStringLiteral("rss_growth_after_warmup_mb_per_hour"), growthPerHour(series->samples, warmUp),
                  QStringLiteral("MB/h"), QStringLiteral("least squares over the samples after %1 min").arg(warmUp));
    report.figure(QStringLiteral("alarms_tracked_end"), series->samples.last().alarms, QStringLiteral("count"));
    return 0;
}

} // namespace cp::bench
