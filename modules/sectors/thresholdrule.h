// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/incident.h"
#include "sectors/localizedname.h"

#include <optional>

namespace cp::sectors {

/*!
 * \brief One limit of an alarm kind: where it lies, which way it trips, and what it means.
 *
 * Limits are inclusive by default: a rising rule trips at value ≥ limit, a falling rule at value ≤
 * limit (the standards write "报警浓度 ≥" and "O2 ≤ 19.5 %"). A maximum allowed value ("CO ≤ 24 ppm")
 * is an exclusive rule: it trips only beyond the limit. The id doubles as the key under which an
 * enterprise's own setpoint overrides the default (see ThresholdEngine).
 */
struct ThresholdRule
{
    enum class Direction
    {
        Rising,  //!< trips at value ≥ limit (> when exclusive)
        Falling, //!< trips at value ≤ limit (< when exclusive)
    };

    QString id; //!< stable, e.g. "level1", "power_off", "high_high"
    LocalizedName name;
    Direction direction = Direction::Rising;
    bool inclusive = true;
    //! The default limit; nullopt when only the enterprise's own setpoint can give it.
    std::optional<double> limit;
    core::AlarmPriority priority = core::AlarmPriority::Low;
    core::ResponseLevel responseLevel = core::ResponseLevel::None;
    //! Where the standard gives one, the value the reading must fall back past before the
    //! condition may be reset (coal-mine 复电浓度); the alarm engine latches on it.
    std::optional<double> reset;
    //! The standard (and clause) the default limit comes from.
    QString source;
    //! True for a value DOMAIN.md marks U: a named default the bureau may change, never settled.
    bool unconfirmed = false;

    //! A rule tripping at value ≥ \a limit.
    static ThresholdRule rising(const char *id, LocalizedName name, std::optional<double> limit,
                                core::AlarmPriority priority, QString source)
    {
        return make(id, std::move(name), Direction::Rising, limit, priority, std::move(source));
    }
    //! A rule tripping at value ≤ \a limit.
    static ThresholdRule falling(const char *id, LocalizedName name, std::optional<double> limit,
                                 core::AlarmPriority priority, QString source)
    {
        return make(id, std::move(name), Direction::Falling, limit, priority, std::move(source));
    }
    ThresholdRule withReset(double value) const
    {
        ThresholdRule r = *this;
        r.reset = value;
        return r;
    }
    ThresholdRule withResponse(core::ResponseLevel level) const
    {
        ThresholdRule r = *this;
        r.responseLevel = level;
        return r;
    }
    //! The same rule tripping only beyond the limit: for a maximum (or minimum) allowed value.
    ThresholdRule exclusive() const
    {
        ThresholdRule r = *this;
        r.inclusive = false;
        return r;
    }
    ThresholdRule asUnconfirmed() const
    {
        ThresholdRule r = *this;
        r.unconfirmed = true;
        return r;
    }

private:
    static ThresholdRule make(const char *id, LocalizedName name, Direction direction, std::optional<double> limit,
                              core::AlarmPriority priority, QString source)
    {
        ThresholdRule r;
        r.id = QString::fromLatin1(id);
        r.name = std::move(name);
        r.direction = direction;
        r.limit = limit;
        r.priority = priority;
        r.source = std::move(source);
        return r;
    }
};

} // namespace cp::sectors
