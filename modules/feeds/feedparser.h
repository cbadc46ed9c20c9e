// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"

#include <QByteArray>
#include <QList>
#include <QVector>
#include <QString>

namespace cp::feeds {

//! One item of a batch that was refused, and why; the rest of the batch is taken.
struct ItemRejection
{
    int index = -1;   //!< position in "alarms"
    QString id;       //!< the item's id when it had a usable one, else empty
    QString field;    //!< the offending field, e.g. "value"
    QString reason;   //!< translated
    //! "alarms[3] (id e17) value: must be a JSON number", the form the log shows.
    QString toString() const;
};

//! A response body of feed protocol v1, parsed (docs/feed-api.md).
struct ParsedBody
{
    bool ok = false;              //!< false: the whole body is refused (error says why), nothing taken
    QString error;                //!< translated, set when !ok
    QString cursor;               //!< the cursor that covers these events
    QVector<core::AlarmEvent> events; //!< a vector: one allocation per batch, not per event
    QList<ItemRejection> rejections;
};

/*!
 * \brief Parses one response body of GET /api/v1/alarms.
 *
 * Strict about types: id, enterprise_id, sensor_id, kind and unit are non-empty strings, value a
 * JSON number, state "active" or "cleared", time ISO 8601 with a UTC offset; message, when
 * present, a string. Unknown fields are ignored. A body that is not JSON, not an object, or lacks
 * a string "cursor" or an array "alarms" is refused as a whole. Content rules shared with the
 * rest of the application go through core::Validator.
 */
ParsedBody parseAlarmsBody(const QByteArray &body);

} // namespace cp::feeds
