// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"
#include "core/enterprise.h"
#include "sectors/alarmkind.h"
#include "sectors/classification.h"

#include <QStringList>

namespace cp::sectors {

/*!
 * \brief Alarm kinds whose rules come from a cross-sector standard, for plugins to reuse.
 *
 * Gas detection follows GB/T 50493-2019 in every sector that stores or handles combustible or
 * toxic gas (hazchem plants, chemical parks, gas supply, pipelines, …), so its table lives here
 * once. Priorities are this product's alarm-management choice (ISA-18.2 ranks by consequence and
 * time to respond): level 1 Medium, level 2 High.
 */
class CommonRules
{
public:
    //! Point combustible-gas detector, %LEL: level 1 at 25, level 2 at 50 (GB/T 50493-2019 §5.5).
    static AlarmKind combustibleGas();
    //! Open-path combustible-gas detector, LEL·m: level 1 at 1, level 2 at 2 (GB/T 50493-2019 §5.5).
    static AlarmKind combustibleGasOpenPath();
    //! Oxygen, %VOL: deficiency at 19.5, enrichment at 23.5 (GB/T 50493-2019 §5.5).
    static AlarmKind oxygen();
    /*!
     * Toxic gas \a gas (e.g. "h2s", "nh3"), mg/m³: level 1 at 100 % OEL, level 2 at 200 % OEL
     * (GB/T 50493-2019 §5.5). Kind id "toxic_<gas>". The per-gas OELs are U (DOMAIN.md §2.1).
     * Returns a kind with an empty id when \a gas is not in the table.
     */
    static AlarmKind toxicGas(const QString &gas);
    //! The gases toxicGas() knows, in table order.
    static QStringList toxicGases();
    /*!
     * A process variable limited only by the enterprise's own setpoints (tank level, pressure,
     * temperature …): rules "high" (Medium), "high_high" (High), "low" (Low) and "low_low"
     * (Medium) with no default limit; ThresholdEngine reports NotConfigured until a setpoint exists.
     */
    static AlarmKind setpointLimits(const QString &id, const LocalizedName &name, const QString &unit);
    /*!
     * A two-state signal from the enterprise's own system (a fire alarm controller's fire signal,
     * a lift's entrapment alarm): 0 normal, 1 active; rule "active" trips at 1 with \a priority.
     */
    static AlarmKind signal(const QString &id, const LocalizedName &name, core::AlarmPriority priority,
                            const QString &source);

    /*!
     * The response level a gas release alarm proposes at \a enterprise: a level-2 (High or worse)
     * combustible or toxic gas alarm at a major hazard installation proposes Ⅳ, at a grade 1 or 2
     * installation Ⅲ when the gas is toxic (people within 500 m are exposed: GB 18218-2018's α
     * weighs them); otherwise the rule's own level. A named default, U: the response levels of
     * DOMAIN.md §4.3 are set by an accident's figures, so this is the bureau's proposal rule for
     * alarms, changed by changing the plugin.
     */
    static core::ResponseLevel gasReleaseResponse(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                                  const Classification &judged);
};

} // namespace cp::sectors
