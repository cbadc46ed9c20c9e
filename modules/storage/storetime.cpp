// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storetime.h"

#include <cstring>


namespace cp::storage {

namespace {
//! Writes \a value as \a width decimal digits at \a out.
void digits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = static_cast<char>('0' + value % 10);
}
} // namespace

bool formatStoreTime(const QDateTime &time, char (&text)[storeTimeLength + 1])
{
    if (!time.isValid())
        return false;
    // From the epoch milliseconds by calendar arithmetic (H. Hinnant's civil_from_days): no UTC
    // conversion of the QDateTime and no printf, which were most of the cost of a stored event.
    constexpr qint64 msPerDay = 86400000;
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / msPerDay;
    qint64 msOfDay = ms % msPerDay;
    if (msOfDay < 0) {
        msOfDay += msPerDay;
        --days;
    }
    days += 719468; // days from 0000-03-01 to 1970-01-01
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153; // March = 0
    const int day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) // Qt has no year 0: astronomical 0 is its year -1
        return false;
    const int msec = static_cast<int>(msOfDay);
    std::memcpy(text, "0000-00-00T00:00:00.000Z", storeTimeLength + 1);
    digits(text, static_cast<int>(year), 4);
    digits(text + 5, month, 2);
    digits(text + 8, day, 2);
    digits(text + 11, msec / 3600000, 2);
    digits(text + 14, msec / 60000 % 60, 2);
    digits(text + 17, msec / 1000 % 60, 2);
    digits(text + 20, msec % 1000, 3);
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
    if (value.isNull())
        return {};
    if (value.userType() == QMetaType::QDateTime) // PostgreSQL's timestamptz
        return value.toDateTime().toUTC();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace cp::storage
