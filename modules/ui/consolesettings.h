// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QtGlobal>

namespace cp::ui {

/*!
 * \brief The alarm console's own settings (docs/alarms.md, "Alarm console"). All values are U:
 * the bureau's to set, not taken from a standard.
 */
struct ConsoleSettings
{
    //! The flood banner shows when more than this many events arrived within floodBannerWindowMs.
    int floodBannerAbove = 50;
    qint64 floodBannerWindowMs = 10000;
    //! Unacknowledged alarms of this priority or above sound until acknowledged.
    core::AlarmPriority soundPriority = core::AlarmPriority::High;
    //! A silenced sound comes back after this long even without a new alarm ("never for good").
    qint64 maxSilenceMs = 5 * 60000;
};

} // namespace cp::ui
