// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"
#include "core/feedstatus.h"

#include <QByteArray>
#include <QList>
#include <QVector>
#include <QString>

namespace cp::feeds {

//! A response body of feed protocol v1, parsed (docs/feed-api.md).
struct ParsedBody
{
    bool ok = false;              //!< false: the whole body is refused (error says why), nothing taken
    QString error;                //!< translated, set when !ok
    QString cursor;               //!< the cursor that covers these events
    QVector<core::AlarmEvent> events; //!< a vector: one allocation per batch, not per event
    //! Items refused on their own, with their raw bytes (index, event id, field, reason, raw);
    //! the client adds the feed, the cursor and the time received.
    QList<core::QuarantinedItem> quarantined;
};

//! The most raw bytes of one quarantined item that are kept.
constexpr int maxQuarantinedBytes = 4096;

//! "alarms[3] (id e17) value: must be a JSON number", the form the log shows.
QString describeQuarantined(const core::QuarantinedItem &item);

/*!
 * \brief Parses one response body of GET /api/v1/alarms.
 *
 * Strict about types: id, enterprise_id, sensor_id, kind and unit are non-empty strings, value a
 * JSON number, state "active" or "cleared", time ISO 8601 with a UTC offset; message, when
 * present, a string. Unknown fields are ignored. An item that breaks a rule is quarantined on its
 * own and the rest is taken. A body JSON refuses as a whole because of one item (a number such as
 * 1e400, invalid UTF-8 in a string) is read item by item (scanPage()), so only that item is
 * quarantined. A body that is not JSON at all, not an object, or lacks a string "cursor" or an
 * array "alarms" is refused as a whole. Content rules shared with the rest of the application go
 * through core::Validator.
 */
ParsedBody parseAlarmsBody(const QByteArray &body);

} // namespace cp::feeds
