// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/alarmkind.h"
#include "sectors/classification.h"
#include "core/alarmevent.h"

#include <QVariantMap>

namespace cp::sectors {

/*!
 * \brief Judges readings against an alarm kind's rules; the one rule engine every sector shares.
 *
 * Enterprise setpoints win over the standard's defaults (DOMAIN.md: "Enterprise-specific setpoints
 * always win"). They come from Enterprise::sectorAttributes["setpoints"], a map keyed first by
 * sensor id, then by alarm kind id, each holding {rule id: limit}, e.g.
 * `{"T-101.level": {"high": 85, "high_high": 92}, "tank_pressure": {"high": 1.6}}`.
 */
class ThresholdEngine
{
public:
    //! The key of the setpoint map in Enterprise::sectorAttributes.
    static QString setpointsKey() { return QStringLiteral("setpoints"); }

    /*!
     * Classifies \a reading by \a kind. \a location is the sensor's location id when the kind has
     * per-location rules (a coal mine's "face"), else empty. The reading's unit may be any spelling
     * core::canonicalUnit() knows for the kind's unit. \a setpoints is the enterprise's setpoint map
     * (may be empty). Never throws; every refusal comes back as a Status with an explanation.
     */
    static Classification classify(const AlarmKind &kind, const core::AlarmEvent &reading, const QString &location,
                                   const QVariantMap &setpoints = QVariantMap());
};

} // namespace cp::sectors
