// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmengine.h"
#include "alarms/defaultclassifier.h"

#include <memory>

namespace cp::test {

//! An engine on a hand-driven clock, and helpers to feed it events of one sensor.
struct EngineFixture
{
    explicit EngineFixture(const alarms::AlarmEngineSettings &settings = {})
        : engine(classifier, settings, [this] { return now; })
    {
        engine.setEnterpriseSectors({{QStringLiteral("E0001"), QStringLiteral("hazchem")},
                                     {QStringLiteral("E0002"), QStringLiteral("coalmine")}});
    }

    alarms::AlarmEvent event(bool active, double value = 30, const QString &sensor = QStringLiteral("GT-01"),
                             const QString &enterprise = QStringLiteral("E0001"))
    {
        alarms::AlarmEvent e;
        e.id = QStringLiteral("ev-%1").arg(++counter);
        e.enterpriseId = enterprise;
        e.sensorId = sensor;
        e.kind = QStringLiteral("combustible_gas");
        e.unit = QStringLiteral("%LEL");
        e.value = value;
        e.active = active;
        e.time = now;
        return e;
    }

    alarms::ApplyOutcome send(bool active, const QString &sensor = QStringLiteral("GT-01"),
                              const QString &enterprise = QStringLiteral("E0001"))
    {
        return engine.apply(event(active, active ? 30 : 2, sensor, enterprise));
    }

    void advance(qint64 ms) { now = now.addMSecs(ms); }

    static alarms::AlarmKey key(const QString &sensor = QStringLiteral("GT-01"),
                                const QString &enterprise = QStringLiteral("E0001"))
    {
        return {enterprise, sensor, QStringLiteral("combustible_gas")};
    }

    core::AlarmState state(const QString &sensor = QStringLiteral("GT-01")) const
    {
        const alarms::TrackedAlarm *a = engine.find(key(sensor));
        return a ? a->alarm.state : core::AlarmState::Normal;
    }

    QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
    int counter = 0;
    alarms::DefaultClassifier classifier;
    alarms::AlarmEngine engine;
};

} // namespace cp::test
