// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/retryafter.h"

#include <QLocale>

#include <algorithm>

namespace cp::feeds {

qint64 parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : seconds * 1000;
    // IMF-fixdate, the form RFC 9110 §5.6.7 requires senders to use; always GMT.
    QString date = QString::fromLatin1(text);
    if (!date.endsWith(QLatin1String(" GMT")))
        return -1;
    date.chop(4);
    const QDateTime local = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!local.isValid())
        return -1;
    const QDateTime utc(local.date(), local.time(), Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(utc));
}

} // namespace cp::feeds
