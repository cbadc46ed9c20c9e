// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QString>

namespace cp::ui {

/*!
 * The console's State text of \a alarm: the state's name; "until HH:mm" (Beijing time) for a timed
 * shelve; the reason and who set it for a suppressed or out-of-service alarm; then the
 * "chattering" and "stale" markers.
 */
QString stateText(const core::Alarm &alarm);
//! The State tooltip of \a alarm: who shelved, suppressed or took it out of service, when and why; what each marker means.
QString stateToolTip(const core::Alarm &alarm);
//! The Response level text: "I" … "IV", empty for none.
QString responseLevelText(core::ResponseLevel level);

} // namespace cp::ui
