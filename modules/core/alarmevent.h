// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace cp::core {

/*!
 * \brief One reading a feed reported, as accepted after parsing (DESIGN.md "Data flow").
 *
 * The feed parser makes it, the alarm engine classifies it, the store keeps every accepted one.
 * \a id is unique across all feeds (a feed client prefixes its source's own ids when they are not),
 * so a resent event is recognised and ignored.
 */
struct AlarmEvent
{
    QString id;
    QString feedId;
    QString enterpriseId;
    QString sensorId;
    QString kind;         //!< e.g. "combustible_gas", "methane", "tank_level"
    double value = 0;
    QString unit;
    QDateTime occurredAt; //!< time at the source

    friend bool operator==(const AlarmEvent &a, const AlarmEvent &b)
    {
        return a.id == b.id && a.feedId == b.feedId && a.enterpriseId == b.enterpriseId && a.sensorId == b.sensorId
            && a.kind == b.kind && a.value == b.value && a.unit == b.unit && a.occurredAt == b.occurredAt;
    }
};

} // namespace cp::core
