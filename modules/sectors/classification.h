// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/incident.h"

#include <QString>

#include <optional>

namespace cp::sectors {

/*!
 * \brief What a sector's rules make of one reading.
 *
 * For Alarm, ruleId/threshold/priority/responseLevel are those of the most severe rule that
 * tripped; for Normal, threshold is the nearest limit not reached. explanation is translated
 * text for the operator naming the value, the limit and where the limit comes from.
 */
struct Classification
{
    enum class Status
    {
        Normal,        //!< no limit reached
        Alarm,         //!< a limit reached
        UnknownKind,   //!< the sector knows no such alarm kind (or the sector is not loaded)
        NotConfigured, //!< the kind has only setpoint-driven limits and the enterprise gave none
        BadReading,    //!< wrong unit, not a number, unknown location, malformed setpoint
    };

    Status status = Status::Normal;
    core::AlarmPriority priority = core::AlarmPriority::Low;
    core::ResponseLevel responseLevel = core::ResponseLevel::None;
    QString ruleId;
    double threshold = 0;
    std::optional<double> reset;
    bool fromSetpoint = false; //!< the threshold is the enterprise's own setpoint
    QString source;            //!< the standard, or "enterprise setpoint …"
    QString explanation;

    bool isAlarm() const { return status == Status::Alarm; }
};

} // namespace cp::sectors
