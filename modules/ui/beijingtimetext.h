// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace cp::ui {

//! \a time in Beijing time as "yyyy-MM-dd HH:mm:ss", the console's and dialogs' form; empty when invalid.
QString beijingText(const QDateTime &time);
//! \a time in Beijing time as "HH:mm", for times within the day (a shelve's end); empty when invalid.
QString beijingClockText(const QDateTime &time);

} // namespace cp::ui
