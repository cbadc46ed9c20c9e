// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storetime.h"

#include <cstdio>

namespace cp::storage {

bool formatStoreTime(const QDateTime &time, char (&text)[storeTimeLength + 1])
{
    if (!time.isValid())
        return false;
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return false;
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                  clock.hour(), clock.minute(), clock.second(), clock.msec());
    return true;
}

QString storeTimeText(const QDateTime &time)
{
    char text[storeTimeLength + 1];
    if (formatStoreTime(time, text))
        return QString::fromLatin1(text, storeTimeLength);
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant storeTimeValue(const QDateTime &time)
{
    const QString text = storeTimeText(time);
    return text.isNull() ? QVariant() : QVariant(text);
}

QDateTime storeTimeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace cp::storage
