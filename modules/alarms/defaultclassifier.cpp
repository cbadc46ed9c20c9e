// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/defaultclassifier.h"

#include "alarms/tr.h"

namespace cp::alarms {

namespace {
QString ruleKey(const QString &kind, const QString &unit) { return kind + QLatin1Char('|') + unit; }

QString sensorLocation(const QString &sensorId)
{
    // Coal-mine sensor ids start with their location code (煤矿安全规程 names T0 … T8).
    const int dash = sensorId.indexOf(QLatin1Char('-'));
    return dash > 0 ? sensorId.left(dash) : sensorId;
}
} // namespace

DefaultClassifier::DefaultClassifier()
{
    const QString gbt50493 = QStringLiteral("GB/T 50493-2019 §5.5");
    // Combustible gas, point detectors: level 1 ≤25 %LEL, level 2 ≤50 %LEL (GB/T 50493-2019 §5.5).
    setLevels(QStringLiteral("combustible_gas"), QStringLiteral("%LEL"), {25, 50, gbt50493, true});
    // O2: deficiency 19.5 %VOL (GB/T 50493-2019 §5.5); a low alarm, handled below as inverted.
    setLevels(QStringLiteral("oxygen"), QStringLiteral("%VOL"), {19.5, 19.5, gbt50493, true});
    // Toxic gases in mg/m³: AL = OEL, AH = 2×OEL after GB/T 50493-2019; the per-gas table is a
    // third-party derivation (DOMAIN.md §2.1, marked U), so these are named defaults.
    const struct { const char *kind; double al; } toxic[] = {
        {"h2s", 10}, {"co", 20}, {"no2", 5}, {"so2", 5}, {"nh3", 20}, {"cl2", 1}, {"hcn", 1},
        {"hcl", 7.5}, {"cocl2", 0.5}, {"benzene", 6}, {"methanol", 25}, {"toluene", 50}, {"xylene", 50},
    };
    for (const auto &t : toxic)
        setLevels(QString::fromLatin1(t.kind), QStringLiteral("mg/m3"), {t.al, 2 * t.al, gbt50493, false});
    // Mine air CO ≤24 ppm (煤矿安全规程, DOMAIN.md §2.2): one level.
    const QString coalRules = QStringLiteral("煤矿安全规程");
    setLevels(QStringLiteral("co"), QStringLiteral("ppm"), {24, 24, coalRules, true});

    // Methane %CH4 by sensor location: alarm and power-off concentrations (煤矿安全规程, DOMAIN.md §2.2).
    const struct { const char *location; double alarm; double powerOff; } methane[] = {
        {"T0", 1.0, 1.5}, {"T1", 1.0, 1.5}, {"T2", 1.0, 1.0}, {"T3", 0.5, 0.5},
        {"T4", 0.5, 0.5}, {"T7", 2.5, 2.5}, {"T8", 1.0, 1.0},
    };
    for (const auto &m : methane)
        m_methaneRules.insert(QString::fromLatin1(m.location),
                              makeRule(QStringLiteral("methane"), QStringLiteral("%"), {m.alarm, m.powerOff, coalRules, true}));
    m_noRuleText = Tr::tr("No generic rule for this kind; the enterprise's own setpoint raised it");
}

DefaultClassifier::Rule DefaultClassifier::makeRule(const QString &kind, const QString &unit, const Levels &levels)
{
    Rule r;
    r.levels = levels;
    const QString unconfirmed = levels.confirmed ? QString() : Tr::tr(" [default level, to be confirmed by the bureau]");
    r.level2Text = Tr::tr("%1 reached level 2 (%2 %3, %4)").arg(kind).arg(levels.level2).arg(unit, levels.standard)
                   + unconfirmed;
    r.level1Text = Tr::tr("%1 reached level 1 (%2 %3, %4)").arg(kind).arg(levels.level1).arg(unit, levels.standard)
                   + unconfirmed;
    r.belowText = Tr::tr("%1 is below the generic level 1 (%2 %3); the enterprise's own setpoint raised it")
                      .arg(kind)
                      .arg(levels.level1)
                      .arg(unit)
                  + unconfirmed;
    return r;
}

void DefaultClassifier::setLevels(const QString &kind, const QString &unit, const Levels &levels)
{
    m_rules.insert(ruleKey(kind, unit), makeRule(kind, unit, levels));
}

const DefaultClassifier::Rule *DefaultClassifier::rule(const QString &kind, const QString &unit) const
{
    const auto it = m_rules.constFind(ruleKey(kind, unit));
    return it == m_rules.constEnd() ? nullptr : &it.value();
}

const DefaultClassifier::Rule *DefaultClassifier::methaneRule(const QString &location) const
{
    const auto it = m_methaneRules.constFind(location);
    return it == m_methaneRules.constEnd() ? nullptr : &it.value();
}

const DefaultClassifier::Levels *DefaultClassifier::levels(const QString &kind, const QString &unit) const
{
    const Rule *r = rule(kind, unit);
    return r ? &r->levels : nullptr;
}

const DefaultClassifier::Levels *DefaultClassifier::methaneLevels(const QString &location) const
{
    const Rule *r = methaneRule(location);
    return r ? &r->levels : nullptr;
}

Classification DefaultClassifier::classify(const AlarmEvent &event, const QString &sectorId) const
{
    Q_UNUSED(sectorId) // the generic rules depend on the kind; sector plugins refine per sector
    Classification c;
    const Rule *r = nullptr;
    if (event.kind == QLatin1String("methane") && event.unit == QLatin1String("%")) {
        r = methaneRule(sensorLocation(event.sensorId));
        // An unknown location gets the longwall face's levels, the most common sensor (T1).
        if (!r)
            r = methaneRule(QStringLiteral("T1"));
    } else {
        r = rule(event.kind, event.unit);
    }
    if (!r) {
        c.explanation = m_noRuleText;
        return c;
    }
    const Levels &l = r->levels;
    const bool inverted = event.kind == QLatin1String("oxygen"); // a low alarm: deficiency
    const auto reached = [&](double level) { return inverted ? event.value <= level : event.value >= level; };
    if (l.level2 != l.level1 && reached(l.level2)) {
        c.priority = core::AlarmPriority::High;
        c.threshold = l.level2;
        c.explanation = r->level2Text;
    } else if (reached(l.level1)) {
        // A single-level rule (level1 == level2) that is reached is a power-off or limit value: High.
        c.priority = l.level2 == l.level1 ? core::AlarmPriority::High : core::AlarmPriority::Medium;
        c.threshold = l.level1;
        c.explanation = r->level1Text;
    } else {
        c.threshold = l.level1;
        c.explanation = r->belowText;
    }
    return c;
}

} // namespace cp::alarms
