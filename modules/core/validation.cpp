// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/validation.h"

#include "core/alarmkinds.h"

#include "core/tr.h"

#include <cmath>
#include <limits>

namespace cp::core {

namespace {

QString number(double v) { return QString::number(v, 'g', 10); }

//! "0 … 100 %LEL", "at least -273.15 ℃": a kind's physical range as a message shows it.
QString rangeText(const AlarmKindInfo &kind)
{
    const QString unit = kind.units.value(0);
    if (kind.maximum >= std::numeric_limits<double>::max())
        return Tr::tr("at least %1 %2").arg(number(kind.minimum), unit);
    return Tr::tr("%1 … %2 %3").arg(number(kind.minimum), number(kind.maximum), unit);
}

//! Collects errors for one record of one layer; "layer.field" names come from here.
class Checker
{
public:
    explicit Checker(const char *layer) : m_layer(QString::fromLatin1(layer)) {}

    void fail(const char *field, const QString &value, const QString &message)
    {
        m_errors.append({m_layer + QLatin1Char('.') + QString::fromLatin1(field), value, message});
    }

    void requireText(const char *field, const QString &value)
    {
        if (value.trimmed().isEmpty())
            fail(field, value, Tr::tr("must not be empty"));
    }

    void requireNonNegative(const char *field, double value)
    {
        if (!std::isfinite(value) || value < 0)
            fail(field, number(value), Tr::tr("must be a number of zero or more"));
    }

    void requirePosition(const GeoPoint &p)
    {
        if (!std::isfinite(p.lon) || p.lon < -180 || p.lon > 180)
            fail("geom", number(p.lon), Tr::tr("longitude out of range [-180, 180]"));
        if (!std::isfinite(p.lat) || p.lat < -90 || p.lat > 90)
            fail("geom", number(p.lat), Tr::tr("latitude out of range [-90, 90]"));
    }

    ValidationErrors errors() const { return m_errors; }

private:
    QString m_layer;
    ValidationErrors m_errors;
};

} // namespace

QString ValidationError::toString() const
{
    return Tr::tr("%1 = \"%2\": %3").arg(field, value, message);
}

Validator::Validator(const SectorCatalog &sectors) : m_sectors(sectors) {}

ValidationErrors Validator::validate(const Town &town) const
{
    Checker c("towns");
    c.requireText("id", town.id);
    c.requireText("name", town.name);
    c.requireNonNegative("population", static_cast<double>(town.population));
    c.requirePosition(town.seat);
    return c.errors();
}

ValidationErrors Validator::validate(const Enterprise &e) const
{
    Checker c("enterprises");
    c.requireText("id", e.id);
    c.requireText("name", e.name);
    if (!m_sectors.contains(e.sectorId))
        c.fail("sector", e.sectorId, Tr::tr("unknown sector; known: %1").arg(m_sectors.ids().join(QStringLiteral(", "))));
    c.requireNonNegative("employees", e.employees);
    if (e.standardizationLevel < 0 || e.standardizationLevel > 3)
        c.fail("standardization_level", QString::number(e.standardizationLevel),
               Tr::tr("must be 0 (none) or a grade from 1 to 3"));
    c.requirePosition(e.position);
    return c.errors();
}

ValidationErrors Validator::validate(const Shelter &s) const
{
    Checker c("shelters");
    c.requireText("id", s.id);
    c.requireText("name", s.name);
    c.requireNonNegative("capacity", s.capacity);
    c.requireNonNegative("effective_area_m2", s.effectiveAreaM2);
    c.requirePosition(s.position);
    return c.errors();
}

ValidationErrors Validator::validate(const RescueStation &s) const
{
    Checker c("rescue_stations");
    c.requireText("id", s.id);
    c.requireText("name", s.name);
    c.requirePosition(s.position);
    return c.errors();
}

ValidationErrors Validator::validate(const Team &t) const
{
    Checker c("teams");
    c.requireText("id", t.id);
    c.requireText("name", t.name);
    c.requireText("station_id", t.stationId);
    c.requireNonNegative("personnel", t.personnel);
    c.requireNonNegative("vehicles", t.vehicles);
    if (t.capabilities.isEmpty())
        c.fail("capabilities", QString(), Tr::tr("a team needs at least one capability"));
    c.requirePosition(t.position);
    return c.errors();
}

ValidationErrors Validator::validate(const SupplyDepot &d) const
{
    Checker c("supply_depots");
    c.requireText("id", d.id);
    c.requireText("name", d.name);
    c.requireNonNegative("area_m2", d.areaM2);
    c.requirePosition(d.position);
    for (const InventoryLine &line : d.inventory) {
        c.requireText("inventory.item", line.item);
        c.requireText("inventory.unit", line.unit);
        c.requireNonNegative("inventory.quantity", line.quantity);
    }
    return c.errors();
}

ValidationErrors Validator::validate(const RoadSegment &r) const
{
    Checker c("roads");
    c.requireText("id", r.id);
    if (!std::isfinite(r.speedKmh) || r.speedKmh <= 0)
        c.fail("speed_kmh", number(r.speedKmh), Tr::tr("must be a speed above zero"));
    if (r.line.size() < 2)
        c.fail("geom", QString::number(r.line.size()), Tr::tr("a road needs at least two vertices"));
    for (const GeoPoint &p : r.line)
        c.requirePosition(p);
    return c.errors();
}

ValidationErrors Validator::validate(const DemandPoint &d) const
{
    Checker c("demand_points");
    c.requireText("id", d.id);
    c.requireNonNegative("population", static_cast<double>(d.population));
    c.requirePosition(d.position);
    return c.errors();
}

ValidationErrors Validator::validate(const Boundary &b) const
{
    Checker c("county_boundary");
    for (const QList<GeoPoint> &ring : b.rings) {
        if (ring.size() < 4 || ring.first() != ring.last())
            c.fail("geom", QString::number(ring.size()),
                   Tr::tr("a ring needs at least four vertices, the first repeated at the end"));
        for (const GeoPoint &p : ring)
            c.requirePosition(p);
    }
    return c.errors();
}

ValidationErrors Validator::validate(const AlarmEvent &a, const QDateTime &receivedAt) const
{
    Checker c("alarm_events");
    c.requireText("id", a.id);
    c.requireText("enterprise_id", a.enterpriseId);
    c.requireText("sensor_id", a.sensorId);
    c.requireText("kind", a.kind);
    c.requireText("unit", a.unit);
    const AlarmKindInfo *kind = alarmKind(a.kind);
    if (!std::isfinite(a.value))
        c.fail("value", number(a.value), Tr::tr("must be a finite number"));
    else if (kind && !kind->system && (a.value < kind->minimum || a.value > kind->maximum))
        c.fail("value", number(a.value),
               Tr::tr("is outside the physical range of %1 (%2): a faulty sensor or a wrong unit").arg(a.kind, rangeText(*kind)));
    if (!a.time.isValid())
        c.fail("time", a.time.toString(Qt::ISODate), Tr::tr("must be a valid ISO 8601 time"));
    else if (a.time > receivedAt.addSecs(maxClockLeadSeconds))
        c.fail("time", a.time.toString(Qt::ISODate),
               Tr::tr("lies more than a day after its arrival (%1): the source's clock is wrong")
                   .arg(receivedAt.toString(Qt::ISODate)));
    return c.errors();
}

} // namespace cp::core
