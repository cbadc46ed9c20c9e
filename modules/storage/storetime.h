// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace cp::storage {

//! Length of a GeoPackage DATETIME text, "YYYY-MM-DDTHH:MM:SS.SSSZ".
constexpr int storeTimeLength = 24;

/*!
 * Writes \a time as GeoPackage DATETIME text: ISO 8601 UTC with milliseconds (OGC 12-128r18
 * §1.1.1.1.1) into \a text, NUL-terminated. Returns false, leaving \a text alone, for an invalid
 * time or a year outside 0–9999.
 *
 * Formatted by hand: QDateTime::toString goes through the calendar and locale machinery, a visible
 * share of the feed hot path (every event carries a time).
 */
bool formatStoreTime(const QDateTime &time, char (&text)[storeTimeLength + 1]);

//! \a time as the store keeps it: formatStoreTime()'s text, QDateTime's ISO text (UTC, milliseconds)
//! for a year outside 0–9999, a null string for an invalid time.
QString storeTimeText(const QDateTime &time);
//! storeTimeText() as a bound value: null for an invalid time.
QVariant storeTimeValue(const QDateTime &time);
//! A stored time back (GeoPackage text or a PostgreSQL timestamp), UTC; invalid for NULL.
QDateTime storeTimeFrom(const QVariant &value);

} // namespace cp::storage
