// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench alarms [--bodies N]: events per second through parse → classify → engine on
// one core, with 10,000-event JSON bodies of protocol v1 (docs/feed-api.md). The store's share
// (one transaction per body) is not in these figures.
#include "benchmarks.h"

#include "alarms/alarmengine.h"
#include "alarms/defaultclassifier.h"
#include "feeds/feedparser.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTextStream>

namespace cp::bench {

namespace {
constexpr int eventsPerBody = 10000;
constexpr int enterprises = 300;

// Bodies as a busy feed sends them: sensors of many enterprises going active and clearing, with a
// mix of kinds so the classifier's rules are all exercised.
QList<QByteArray> makeBodies(int count)
{
    static const struct { const char *sensor; const char *kind; const char *unit; double low; double high; } sensors[] = {
        {"GT-01", "combustible_gas", "%LEL", 20, 60}, {"GT-02", "combustible_gas", "%LEL", 20, 60},
        {"TX-01", "h2s", "mg/m3", 8, 25},            {"T1-01", "methane", "%", 0.8, 1.8},
        {"LT-01", "tank_level", "%", 85, 98},        {"PT-01", "tank_pressure", "MPa", 1.5, 2.0},
    };
    QRandomGenerator random(42);
    const QDateTime t0 = QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::OffsetFromUTC, 8 * 3600);
    QList<QByteArray> bodies;
    qint64 id = 0;
    QVector<bool> active(enterprises * 6);
    for (int b = 0; b < count; ++b) {
        QByteArray body = "{\"cursor\":\"c" + QByteArray::number(id + eventsPerBody, 36) + "\",\"alarms\":[";
        for (int i = 0; i < eventsPerBody; ++i, ++id) {
            const int e = static_cast<int>(random.bounded(enterprises));
            const int s = static_cast<int>(random.bounded(6));
            bool &on = active[e * 6 + s];
            on = !on;
            const auto &sensor = sensors[s];
            const double value = sensor.low + (sensor.high - sensor.low) * random.generateDouble();
            if (i > 0)
                body += ',';
            body += "{\"id\":\"b-" + QByteArray::number(id) + "\",\"enterprise_id\":\"E" + QByteArray::number(e + 1)
                    + "\",\"sensor_id\":\"" + sensor.sensor + "\",\"kind\":\"" + sensor.kind
                    + "\",\"value\":" + QByteArray::number(value, 'f', 2) + ",\"unit\":\"" + sensor.unit
                    + "\",\"state\":\"" + (on ? "active" : "cleared") + "\",\"time\":\""
                    + t0.addMSecs(id * 6).toString(Qt::ISODate).toLatin1() + "\"}";
        }
        bodies.append(body + "]}");
    }
    return bodies;
}
} // namespace

int runAlarmsBench(BenchReport &report, const QStringList &arguments)
{
    int bodyCount = 10;
    const int at = static_cast<int>(arguments.indexOf(QStringLiteral("--bodies")));
    if (at >= 0) {
        bool ok = false;
        bodyCount = arguments.value(at + 1).toInt(&ok);
        if (!ok || bodyCount < 1) {
            QTextStream(stderr) << "commandpost-bench alarms: --bodies: \"" << arguments.value(at + 1)
                                << "\" is not a whole number >= 1\n";
            return 2;
        }
    }
    const QList<QByteArray> bodies = makeBodies(bodyCount);
    const double events = static_cast<double>(bodyCount) * eventsPerBody;
    alarms::DefaultClassifier classifier;
    QHash<QString, QString> sectors;
    for (int e = 1; e <= enterprises; ++e)
        sectors.insert(QStringLiteral("E%1").arg(e), e % 2 ? QStringLiteral("hazchem") : QStringLiteral("coalmine"));

    QList<feeds::ParsedBody> parsed;
    const double parseMs = medianMilliseconds(3, [&] {
        parsed.clear();
        for (const QByteArray &body : bodies)
            parsed.append(feeds::parseAlarmsBody(body));
    });
    int rejected = 0;
    for (const auto &p : parsed)
        rejected += static_cast<int>(p.rejections.size()) + (p.ok ? 0 : eventsPerBody);
    if (rejected > 0) {
        QTextStream(stderr) << "commandpost-bench alarms: " << rejected << " generated events were refused\n";
        return 1;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    int transitions = 0;
    const double engineMs = medianMilliseconds(3, [&] {
        alarms::AlarmEngine engine(classifier, {}, [now] { return now; });
        engine.setEnterpriseSectors(sectors);
        transitions = 0;
        for (const auto &p : parsed) {
            for (const auto &e : p.events)
                transitions += engine.apply(e) == alarms::ApplyOutcome::Transitioned;
        }
    });

    qint64 parseNs = 0;
    qint64 applyNs = 0;
    const double totalMs = medianMilliseconds(3, [&] {
        alarms::AlarmEngine engine(classifier, {}, [now] { return now; });
        engine.setEnterpriseSectors(sectors);
        parseNs = applyNs = 0;
        QElapsedTimer step;
        for (const QByteArray &body : bodies) {
            step.start();
            const feeds::ParsedBody p = feeds::parseAlarmsBody(body);
            parseNs += step.nsecsElapsed();
            step.start();
            for (const auto &e : p.events)
                engine.apply(e);
            applyNs += step.nsecsElapsed();
        }
    });

    const QString note = QStringLiteral("%1 bodies of %2 events").arg(bodyCount).arg(eventsPerBody);
    report.figure(QStringLiteral("parse_events_per_s"), events / (parseMs / 1000), QStringLiteral("events/s"), note);
    report.figure(QStringLiteral("classify_engine_events_per_s"), events / (engineMs / 1000), QStringLiteral("events/s"),
                  QStringLiteral("%1 state transitions").arg(transitions));
    report.figure(QStringLiteral("parse_classify_engine_events_per_s"), events / (totalMs / 1000), QStringLiteral("events/s"),
                  QStringLiteral("target 100000 on one core"));
    report.figure(QStringLiteral("parse_classify_engine_us_per_event"), totalMs * 1000 / events, QStringLiteral("us"), note);
    report.figure(QStringLiteral("pipeline_parse_us_per_event"), parseNs / events / 1000, QStringLiteral("us"),
                  QStringLiteral("the parse share of the pipeline, last run"));
    report.figure(QStringLiteral("pipeline_classify_engine_us_per_event"), applyNs / events / 1000, QStringLiteral("us"),
                  QStringLiteral("the classify + engine share of the pipeline, last run"));
    return 0;
}

} // namespace cp::bench
