// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace cp::core {

//! Now in Beijing time (UTC+8): the duty log, clocks and printed sheets use it whatever the machine's zone.
inline QDateTime beijingNow()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

} // namespace cp::core
