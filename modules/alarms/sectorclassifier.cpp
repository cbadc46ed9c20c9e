// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/sectorclassifier.h"

#include "sectors/sectorregistry.h"

namespace cp::alarms {

namespace {
// 煤矿安全规程 sensor location codes → the coalmine plugin's location ids (DOMAIN.md §2.2).
QString methaneLocation(const QString &code)
{
    static const QHash<QString, QString> locations = {
        {QStringLiteral("T0"), QStringLiteral("upper_corner")},  {QStringLiteral("T1"), QStringLiteral("face")},
        {QStringLiteral("T2"), QStringLiteral("return_roadway")}, {QStringLiteral("T3"), QStringLiteral("intake_roadway")},
        {QStringLiteral("T4"), QStringLiteral("series_intake")},  {QStringLiteral("T7"), QStringLiteral("drainage_roadway")},
        {QStringLiteral("T8"), QStringLiteral("mixed_return")},
    };
    return locations.value(code, code);
}
} // namespace

SectorClassifier::SectorClassifier(const sectors::SectorRegistry &registry) : m_registry(registry) {}

void SectorClassifier::setEnterprises(const QList<core::Enterprise> &enterprises)
{
    m_enterprises.clear();
    for (const core::Enterprise &e : enterprises)
        m_enterprises.insert(e.id, e);
}

sectors::Reading SectorClassifier::readingOf(const AlarmEvent &event)
{
    sectors::Reading r;
    r.enterpriseId = event.enterpriseId;
    r.sensorId = event.sensorId;
    r.kind = event.kind;
    r.value = event.value;
    r.unit = event.unit;
    r.time = event.time;
    if (event.kind == QLatin1String("methane")) {
        const int dash = event.sensorId.indexOf(QLatin1Char('-'));
        r.location = methaneLocation(dash > 0 ? event.sensorId.left(dash) : event.sensorId);
        if (event.unit == QLatin1String("%"))
            r.unit = QStringLiteral("%CH4");
    }
    return r;
}

Classification SectorClassifier::classify(const AlarmEvent &event, const QString &sectorId) const
{
    const auto known = m_enterprises.constFind(event.enterpriseId);
    const QString sector = known != m_enterprises.constEnd() && sectorId.isEmpty() ? known->sectorId : sectorId;
    if (sector.isEmpty() || !m_registry.sector(sector))
        return m_fallback.classify(event, sector);

    core::Enterprise unlisted;
    const core::Enterprise *enterprise = &unlisted;
    if (known != m_enterprises.constEnd()) {
        enterprise = &known.value();
    } else {
        unlisted.id = event.enterpriseId;
        unlisted.sectorId = sector;
    }
    const sectors::Classification judged = m_registry.classify(*enterprise, readingOf(event));
    Classification c;
    // Normal, unknown kind, not configured and bad readings keep Low: the source still said
    // "active", and the explanation tells the operator why the plugin gave no level.
    if (judged.isAlarm()) {
        c.priority = judged.priority;
        c.responseLevel = judged.responseLevel;
    }
    c.threshold = judged.threshold;
    c.explanation = judged.explanation;
    return c;
}

} // namespace cp::alarms
