// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmengine.h"

#include <memory>

namespace cp::test {

/*!
 * The engine's classifier for engine tests: GB/T 50493-2019's two levels for combustible gas
 * (25 and 50 %LEL), every other kind unknown. The sector plugins' own rules are tested in
 * tests/sectors and through alarms::SectorClassifier.
 */
class GasLevels : public alarms::Classifier
{
public:
    sectors::Classification classify(const core::AlarmEvent &event, const QString &) const override
    {
        using Status = sectors::Classification::Status;
        sectors::Classification c;
        if (event.kind != QLatin1String("combustible_gas")) {
            c.status = Status::UnknownKind;
            c.explanation = QStringLiteral("no rule for %1").arg(event.kind);
            return c;
        }
        c.status = event.value >= 25 ? Status::Alarm : Status::Normal;
        c.priority = event.value >= 50 ? core::AlarmPriority::High : core::AlarmPriority::Medium;
        c.threshold = event.value >= 50 ? 50 : 25;
        return c;
    }
};

//! Collects what the engine audits (tests that need other callbacks install their own observer).
struct AuditTrail : alarms::AlarmObserver
{
    void audited(const alarms::AuditRecord &record) override { records.append(record); }
    void alarmRemoved(const core::AlarmKey &key) override { removed.append(key); }
    QList<alarms::AuditRecord> records;
    QList<core::AlarmKey> removed;
};

//! An engine on a hand-driven clock, and helpers to feed it events of one sensor.
struct EngineFixture
{
    explicit EngineFixture(const alarms::AlarmEngineSettings &settings = {})
        : engine(classifier, settings, [this] { return now; })
    {
        engine.setEnterpriseSectors({{QStringLiteral("E0001"), QStringLiteral("hazchem")},
                                     {QStringLiteral("E0002"), QStringLiteral("coalmine")}});
        engine.setObserver(&audit);
    }

    core::AlarmEvent event(bool active, double value = 30, const QString &sensor = QStringLiteral("GT-01"),
                           const QString &enterprise = QStringLiteral("E0001"))
    {
        core::AlarmEvent e;
        e.id = QStringLiteral("ev-%1").arg(++counter);
        e.feedId = QStringLiteral("test");
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

    static core::AlarmKey key(const QString &sensor = QStringLiteral("GT-01"),
                              const QString &enterprise = QStringLiteral("E0001"))
    {
        return {enterprise, sensor, QStringLiteral("combustible_gas")};
    }

    core::AlarmState state(const QString &sensor = QStringLiteral("GT-01")) const
    {
        const core::Alarm *a = engine.find(key(sensor));
        return a ? a->state : core::AlarmState::Normal;
    }

    QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
    int counter = 0;
    GasLevels classifier;
    AuditTrail audit;
    alarms::AlarmEngine engine;
};

} // namespace cp::test
