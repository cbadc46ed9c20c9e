// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"

#include <QDateTime>
#include <QString>

namespace cp::core {

/*!
 * \brief ISA-18.2 / IEC 62682 alarm states, by name (DOMAIN.md §1.1).
 *
 * Names, not letters: vendors letter the shelved / suppressed states differently.
 */
enum class AlarmState
{
    Normal,                //!< A: inactive, acknowledged
    UnacknowledgedActive,  //!< B
    AcknowledgedActive,    //!< C
    UnacknowledgedCleared, //!< D: returned to normal, not yet acknowledged
    Shelved,               //!< E: operator, temporary
    SuppressedByDesign,    //!< F: logic or plant state
    OutOfService,          //!< G: maintenance
};

//! Alarm priority; the annunciated mix should be ~80/15/5 % low/medium/high (DOMAIN.md §1.3).
enum class AlarmPriority
{
    Low,
    Medium,
    High,
    Emergency,
};

QString toKey(AlarmState state);
template<>
std::optional<AlarmState> fromKey<AlarmState>(const QString &key);
QString displayName(AlarmState state);

QString toKey(AlarmPriority priority);
template<>
std::optional<AlarmPriority> fromKey<AlarmPriority>(const QString &key);
QString displayName(AlarmPriority priority);

//! One alarm condition of one sensor, as the engine tracks it.
struct Alarm
{
    QString id;            //!< id of the event that raised it (feed events are deduplicated on it)
    QString enterpriseId;
    QString sensorId;
    QString kind;          //!< e.g. "combustible_gas", "methane", "tank_level"
    double value = 0;
    QString unit;
    double threshold = 0;  //!< the limit the value is compared against
    AlarmState state = AlarmState::Normal;
    AlarmPriority priority = AlarmPriority::Low;
    QDateTime raisedAt;
    QDateTime updatedAt;
    QString message;
};

} // namespace cp::core
