// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/beijingtimetext.h"

#include <QTimeZone>

namespace cp::ui {

namespace {
QString inBeijing(const QDateTime &time, const QString &format)
{
    static const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai")); // the zone of core::beijingNow()
    return time.isValid() ? time.toTimeZone(beijing).toString(format) : QString();
}
} // namespace

QString beijingText(const QDateTime &time) { return inBeijing(time, QStringLiteral("yyyy-MM-dd HH:mm:ss")); }
QString beijingClockText(const QDateTime &time) { return inBeijing(time, QStringLiteral("HH:mm")); }

} // namespace cp::ui
