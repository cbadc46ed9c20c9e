// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "live/livesessionconfig.h"

#include <QString>

namespace cp::live {

/*!
 * What the officer is told when \a action was refused because another seat changed the alarm
 * first, \a stored being the alarm as that seat left it: who did what and when, e.g. "already
 * acknowledged by 王 at 03:12:05" (issue 14).
 */
QString conflictText(const AlarmAction &action, const core::Alarm &stored);

} // namespace cp::live
