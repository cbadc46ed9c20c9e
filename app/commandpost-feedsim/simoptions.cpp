// SPDX-License-Identifier: GPL-2.0-or-later
#include "simoptions.h"

#include "scenario.h"
#include "tr.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace cp::feedsim {

namespace {
// Default period of each fault when --faults gives none (see docs/feed-api.md).
const struct { const char *name; int Faults::*field; int period; } faultKinds[] = {
    {"5xx", &Faults::serverError, 4},
    {"slow", &Faults::slow, 5},
    {"truncated", &Faults::truncated, 3},
    {"duplicates", &Faults::duplicates, 2},
    {"out-of-order", &Faults::outOfOrder, 5},
    {"oversize", &Faults::oversize, 4},
};

QString parseFaults(const QString &text, Faults &faults)
{
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString periodText = item.section(QLatin1Char(':'), 1);
        bool known = false;
        for (const auto &kind : faultKinds) {
            if (name != QLatin1String(kind.name))
                continue;
            known = true;
            int period = kind.period;
            if (!periodText.isEmpty()) {
                bool ok = false;
                period = periodText.toInt(&ok);
                if (!ok || period < 1)
                    return Tr::tr("--faults: \"%1\": the period must be a whole number ≥ 1").arg(item);
            }
            faults.*kind.field = period;
        }
        if (!known) {
            return Tr::tr("--faults: unknown fault \"%1\"; known: 5xx, slow, truncated, duplicates, out-of-order, oversize")
                .arg(name);
        }
    }
    return {};
}
} // namespace

QString parseOptions(const QStringList &arguments, SimOptions &o, bool *helpShown)
{
    *helpShown = false;
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Alarm feed simulator: serves feed protocol v1 over HTTP (docs/feed-api.md)."));
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("TCP port on 127.0.0.1; 0 picks a free one."), QStringLiteral("P"), QStringLiteral("8765"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), Tr::tr("quiet-shift, gas-leak or flood."), QStringLiteral("NAME"), o.scenario);
    const QCommandLineOption rate(QStringLiteral("rate"), Tr::tr("Background events per scenario second."), QStringLiteral("R"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("speed"), Tr::tr("Scenario seconds per wall-clock second."), QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of the event generator."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption events(QStringLiteral("events"), Tr::tr("Stop generating after N events."), QStringLiteral("N"));
    const QCommandLineOption token(QStringLiteral("token"), Tr::tr("Require this Bearer token."), QStringLiteral("T"));
    const QCommandLineOption log(QStringLiteral("log"), Tr::tr("Write every served event as a JSON line to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption data(QStringLiteral("data"), Tr::tr("GeoPackage with layer \"enterprises\"."), QStringLiteral("FILE"));
    const QCommandLineOption synthetic(QStringLiteral("enterprises"), Tr::tr("Synthesise N enterprises E0001… instead of --data."), QStringLiteral("N"));
    const QCommandLineOption faults(QStringLiteral("faults"), Tr::tr("Comma list of faults, each optionally KIND:PERIOD."), QStringLiteral("LIST"));
    const QCommandLineOption slowMs(QStringLiteral("slow-ms"), Tr::tr("Delay of a slow answer in ms."), QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption oversize(QStringLiteral("oversize-bytes"), Tr::tr("Size of an oversize body."), QStringLiteral("BYTES"), QString::number(o.oversizeBytes));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), Tr::tr("Serve HTTPS with this PEM certificate."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), Tr::tr("PEM RSA private key of --tls-cert."), QStringLiteral("FILE"));
    p.addOptions({port, scenario, rate, speed, seed, events, token, log, data, synthetic, faults, slowMs, oversize, tlsCert, tlsKey});
    if (!p.parse(arguments))
        return p.errorText();
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        *helpShown = true;
        return {};
    }
    if (!p.positionalArguments().isEmpty())
        return Tr::tr("unexpected argument \"%1\"").arg(p.positionalArguments().first());

    bool ok = false;
    const uint portValue = p.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return Tr::tr("--port: \"%1\" is not a port number (0–65535)").arg(p.value(port));
    o.port = static_cast<quint16>(portValue);
    o.scenario = p.value(scenario);
    if (!Scenario::names().contains(o.scenario))
        return Tr::tr("--scenario: unknown scenario \"%1\"; known: %2").arg(o.scenario, Scenario::names().join(QStringLiteral(", ")));
    o.rate = p.value(rate).toDouble(&ok);
    if (!ok || !(o.rate > 0))
        return Tr::tr("--rate: \"%1\" must be a number of events per second above 0").arg(p.value(rate));
    o.speed = p.value(speed).toDouble(&ok);
    if (!ok || !(o.speed > 0))
        return Tr::tr("--speed: \"%1\" must be a number above 0").arg(p.value(speed));
    o.seed = p.value(seed).toUInt(&ok);
    if (!ok)
        return Tr::tr("--seed: \"%1\" is not a whole number ≥ 0").arg(p.value(seed));
    if (p.isSet(events)) {
        o.maxEvents = p.value(events).toLongLong(&ok);
        if (!ok || o.maxEvents < 0)
            return Tr::tr("--events: \"%1\" is not a whole number ≥ 0").arg(p.value(events));
    }
    o.token = p.value(token);
    o.logFile = p.value(log);
    o.tlsCertFile = p.value(tlsCert);
    o.tlsKeyFile = p.value(tlsKey);
    if (o.tlsCertFile.isEmpty() != o.tlsKeyFile.isEmpty())
        return Tr::tr("--tls-cert and --tls-key go together");
    o.dataFile = p.value(data);
    if (p.isSet(synthetic)) {
        o.enterprises = p.value(synthetic).toInt(&ok);
        if (!ok || o.enterprises < 1)
            return Tr::tr("--enterprises: \"%1\" is not a whole number ≥ 1").arg(p.value(synthetic));
    }
    if (o.dataFile.isEmpty() && o.enterprises == 0)
        return Tr::tr("give --data FILE or --enterprises N");
    if (!o.dataFile.isEmpty() && o.enterprises > 0)
        return Tr::tr("--data and --enterprises exclude each other");
    if (const QString error = parseFaults(p.value(faults), o.faults); !error.isEmpty())
        return error;
    o.slowMs = p.value(slowMs).toInt(&ok);
    if (!ok || o.slowMs < 0)
        return Tr::tr("--slow-ms: \"%1\" is not a whole number ≥ 0").arg(p.value(slowMs));
    o.oversizeBytes = p.value(oversize).toLongLong(&ok);
    if (!ok || o.oversizeBytes < 1024)
        return Tr::tr("--oversize-bytes: \"%1\" must be at least 1024").arg(p.value(oversize));
    return {};
}

} // namespace cp::feedsim
