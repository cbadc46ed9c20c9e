// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <algorithm>

namespace cp::ui {

/*!
 * The priority the console ranks and filters \a alarm by: its own, except that an unclassified
 * alarm (no sector rule judged it) counts as at least High, so no priority filter hides it.
 */
inline core::AlarmPriority consolePriority(const core::Alarm &alarm)
{
    return alarm.classified ? alarm.priority : std::max(alarm.priority, core::AlarmPriority::High);
}

} // namespace cp::ui
