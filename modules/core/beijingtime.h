// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace cp::core {

//! China Standard Time, the county's clock: what the officer reads and what "today" means.
QTimeZone beijingZone();

inline QDateTime beijingNow() { return QDateTime::currentDateTimeUtc().toTimeZone(beijingZone()); }

//! \a time in Beijing time as "yyyy-MM-dd HH:mm:ss", the console's, dialogs' and admin's form; empty when invalid.
QString beijingText(const QDateTime &time);
//! \a time in Beijing time as "HH:mm", for times within the day (a shelve's end); empty when invalid.
QString beijingClockText(const QDateTime &time);

} // namespace cp::core
