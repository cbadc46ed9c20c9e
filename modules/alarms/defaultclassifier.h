// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/classifier.h"

#include <QHash>

namespace cp::alarms {

/*!
 * \brief The generic two-level thresholds of DOMAIN.md §2, used until sector plugins classify.
 *
 * A reading at or above level 2 is High priority, at or above level 1 Medium, otherwise Low (the
 * source said "active" below the generic level, so an enterprise setpoint fired: enterprise
 * setpoints win over generic defaults, DOMAIN.md preamble). Rules are keyed by kind and unit so
 * "co" in ppm (mine air) and in mg/m³ (GB/T 50493) keep apart. Coal-mine methane depends on the
 * sensor's location, read from the sensor id prefix ("T0-…", "T1-…", …).
 */
class DefaultClassifier : public Classifier
{
public:
    //! Two alarm levels of one kind in one unit; level2 equal to level1 means a single level.
    struct Levels
    {
        double level1 = 0;
        double level2 = 0;
        QString standard; //!< cited in the explanation, e.g. "GB/T 50493-2019 §5.5"
        bool confirmed = true; //!< false for DOMAIN.md "U" values: a named default the bureau may change
    };

    DefaultClassifier();

    Classification classify(const AlarmEvent &event, const QString &sectorId) const override;

    //! Replaces (or adds) the levels of \a kind in \a unit, e.g. from the bureau's settings.
    void setLevels(const QString &kind, const QString &unit, const Levels &levels);
    //! The levels used for \a kind in \a unit, or nullptr when the kind has no generic rule.
    const Levels *levels(const QString &kind, const QString &unit) const;
    //! The coal-mine methane levels for a sensor at \a location ("T0" … "T8"); nullptr when unknown.
    const Levels *methaneLevels(const QString &location) const;

private:
    // The explanations are built once per rule, not per reading: classify() is on the hot path.
    // They are in the language installed when the levels were set.
    struct Rule
    {
        Levels levels;
        QString level2Text;
        QString level1Text;
        QString belowText;
    };
    static Rule makeRule(const QString &kind, const QString &unit, const Levels &levels);
    const Rule *rule(const QString &kind, const QString &unit) const;
    const Rule *methaneRule(const QString &location) const;

    QHash<QString, Rule> m_rules;        // "kind|unit"
    QHash<QString, Rule> m_methaneRules; // sensor location
    QString m_noRuleText;
};

} // namespace cp::alarms
