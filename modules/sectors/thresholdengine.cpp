// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/thresholdengine.h"

#include "sectors/tr.h"

#include "core/alarmkinds.h"

#include <QLocale>

#include <cmath>

namespace cp::sectors {

namespace {

struct ResolvedRule
{
    const ThresholdRule *rule = nullptr;
    double limit = 0;
    bool fromSetpoint = false;
    QString setpointOwner;
};

Classification refused(Classification::Status status, const QString &explanation)
{
    Classification c;
    c.status = status;
    c.explanation = explanation;
    return c;
}

bool trips(const ThresholdRule &rule, double limit, double value)
{
    if (rule.direction == ThresholdRule::Direction::Rising)
        return rule.inclusive ? value >= limit : value > limit;
    return rule.inclusive ? value <= limit : value < limit;
}

QString number(double v) { return QLocale().toString(v, 'g', 6); }

} // namespace

Classification ThresholdEngine::classify(const AlarmKind &kind, const core::AlarmEvent &reading, const QString &location,
                                         const QVariantMap &setpoints)
{
    if (!std::isfinite(reading.value))
        return refused(Classification::Status::BadReading,
                       Tr::tr("Sensor %1: the %2 reading is not a number").arg(reading.sensorId, kind.id));
    if (!reading.unit.isEmpty() && core::canonicalUnit(kind.id, reading.unit) != kind.unit)
        return refused(Classification::Status::BadReading,
                       Tr::tr("Sensor %1: %2 is measured in %3, not in %4")
                           .arg(reading.sensorId, kind.id, kind.unit, reading.unit));

    const QList<ThresholdRule> *rules = &kind.rules;
    if (!kind.locations.isEmpty()) {
        const LocationRules *at = kind.location(location);
        if (!at) {
            QStringList known;
            for (const LocationRules &l : kind.locations)
                known.append(l.id);
            return refused(Classification::Status::BadReading,
                           Tr::tr("Sensor %1: '%2' is not a %3 sensor location (known: %4)")
                               .arg(reading.sensorId, location, kind.id, known.join(QStringLiteral(", "))));
        }
        rules = &at->rules;
    }

    // Setpoints of this sensor first, then of the whole kind.
    const QVariantMap bySensor = setpoints.value(reading.sensorId).toMap();
    const QVariantMap byKind = setpoints.value(kind.id).toMap();

    QList<ResolvedRule> resolved;
    for (const ThresholdRule &rule : *rules) {
        ResolvedRule r;
        r.rule = &rule;
        const QString owner = bySensor.contains(rule.id) ? reading.sensorId
                              : byKind.contains(rule.id) ? kind.id
                                                         : QString();
        if (!owner.isEmpty()) {
            const QVariant raw = (owner == reading.sensorId ? bySensor : byKind).value(rule.id);
            bool ok = false;
            const double limit = raw.toDouble(&ok);
            if (!ok || !std::isfinite(limit))
                return refused(Classification::Status::BadReading,
                               Tr::tr("Setpoint %1 of %2 is not a number: '%3'")
                                   .arg(rule.id, owner, raw.toString()));
            r.limit = limit;
            r.fromSetpoint = true;
            r.setpointOwner = owner;
        } else if (rule.limit) {
            r.limit = *rule.limit;
        } else {
            continue;
        }
        resolved.append(r);
    }
    if (resolved.isEmpty())
        return refused(Classification::Status::NotConfigured,
                       Tr::tr("Sensor %1: %2 has no limits until the enterprise sets its own setpoints")
                           .arg(reading.sensorId, kind.id));

    const ResolvedRule *worst = nullptr;
    const ResolvedRule *nearest = nullptr;
    for (const ResolvedRule &r : resolved) {
        if (trips(*r.rule, r.limit, reading.value)) {
            if (!worst || r.rule->priority >= worst->rule->priority)
                worst = &r;
        } else if (!nearest || std::abs(r.limit - reading.value) < std::abs(nearest->limit - reading.value)) {
            nearest = &r;
        }
    }

    const ResolvedRule *chosen = worst ? worst : nearest;
    Classification c;
    c.status = worst ? Classification::Status::Alarm : Classification::Status::Normal;
    c.ruleId = chosen->rule->id;
    c.threshold = chosen->limit;
    c.fromSetpoint = chosen->fromSetpoint;
    c.source = chosen->fromSetpoint ? Tr::tr("enterprise setpoint %1/%2").arg(chosen->setpointOwner, chosen->rule->id)
                                    : chosen->rule->source;
    if (worst) {
        c.priority = worst->rule->priority;
        c.responseLevel = worst->rule->responseLevel;
        c.reset = worst->fromSetpoint ? std::nullopt : worst->rule->reset;
        c.explanation = Tr::tr("%1 %2 %3 reached %4 (%5 %6, %7)")
                            .arg(kind.name.text(), number(reading.value), kind.unit, worst->rule->name.text(),
                                 number(worst->limit), kind.unit, c.source);
    } else {
        c.explanation = Tr::tr("%1 %2 %3 is within limits").arg(kind.name.text(), number(reading.value), kind.unit);
    }
    return c;
}

} // namespace cp::sectors
