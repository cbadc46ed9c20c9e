// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace cp::core {

/*!
 * \brief One reading of one sensor as its source reported it: the event as it arrived.
 *
 * The feed parser (and every later adapter) makes it, the store keeps every accepted one, the
 * sector plugins judge it and the alarm engine applies it. Its identity is (feedId, id): the same
 * event id from two feeds is two events, and a resent event of one feed is recognised and ignored.
 */
struct AlarmEvent
{
    QString id;           //!< the source's event id, unique within its feed
    QString feedId;       //!< the feed (or adapter) it came from
    QString enterpriseId;
    QString sensorId;
    QString kind;         //!< a kind of the catalogue (core/alarmkinds.h), e.g. "combustible_gas"
    double value = 0;
    QString unit;         //!< as the source wrote it, e.g. "%LEL", "%" for methane
    bool active = false;  //!< "active" or "cleared" on the wire
    QDateTime time;       //!< when the source measured it, in UTC
    QString message;      //!< optional free text of the source

    friend bool operator==(const AlarmEvent &a, const AlarmEvent &b)
    {
        return a.id == b.id && a.feedId == b.feedId && a.enterpriseId == b.enterpriseId && a.sensorId == b.sensorId
            && a.kind == b.kind && a.value == b.value && a.unit == b.unit && a.active == b.active && a.time == b.time
            && a.message == b.message;
    }
    friend bool operator!=(const AlarmEvent &a, const AlarmEvent &b) { return !(a == b); }
};

} // namespace cp::core
