// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/feedstatus.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace cp::ui {

//! A feed's colour in the status bar and the feeds dialog: green up, amber degraded or stale, red down or blocked.
QColor feedHealthColor(core::FeedHealthState health);
//! The text to write on feedHealthColor(\a health): black on amber, white on the others.
QColor feedHealthTextColor(core::FeedHealthState health);
//! A feed's lag as "850 ms", "2.5 s" or "3 min"; "none yet" before the first event (-1).
QString lagText(qint64 lagMs);
//! A feed's time (last success …) in Beijing time, or "never" when there is none.
QString timeOrNever(const QDateTime &time);
//! The feed's last error with when it happened (Beijing time), or "none" when it never failed.
QString lastErrorText(const core::FeedStatus &feed);
//! Last success, last error, cursor, lag and the health's reason, one a line (Beijing time).
QString feedToolTip(const core::FeedStatus &feed);

} // namespace cp::ui
