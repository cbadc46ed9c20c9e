// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/beijingtime.h"

namespace cp::core {

namespace {
QString inBeijing(const QDateTime &time, const QString &format)
{
    return time.isValid() ? time.toTimeZone(beijingZone()).toString(format) : QString();
}
} // namespace

QTimeZone beijingZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}

QString beijingText(const QDateTime &time) { return inBeijing(time, QStringLiteral("yyyy-MM-dd HH:mm:ss")); }
QString beijingClockText(const QDateTime &time) { return inBeijing(time, QStringLiteral("HH:mm")); }

} // namespace cp::core
