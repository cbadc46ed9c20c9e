// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace cp::alarms {

/*!
 * \brief One reading of one sensor as an alarm source reports it (feed protocol v1, docs/feed-api.md).
 *
 * The type every producer (feed parser, simulator, store replay) hands to the engine and the store,
 * so no layer converts it.
 */
struct AlarmEvent
{
    QString id;            //!< unique event id; the same id may arrive more than once
    QString enterpriseId;
    QString sensorId;
    QString kind;          //!< e.g. "combustible_gas", "methane", "tank_level"
    double value = 0;
    QString unit;          //!< e.g. "%LEL", "%", "mg/m3", "MPa"
    bool active = false;   //!< "active" or "cleared" on the wire
    QDateTime time;        //!< when the source measured it, in UTC
    QString message;       //!< optional free text
};

/*!
 * \brief What identifies one alarm condition: the same sensor reporting the same kind at the same
 * enterprise is the same alarm, whatever the event id.
 */
struct AlarmKey
{
    QString enterpriseId;
    QString sensorId;
    QString kind;

    static AlarmKey of(const AlarmEvent &event) { return {event.enterpriseId, event.sensorId, event.kind}; }
    //! "enterprise/sensor/kind", the form the audit log and the UI show.
    QString toString() const { return enterpriseId + QLatin1Char('/') + sensorId + QLatin1Char('/') + kind; }

    friend bool operator==(const AlarmKey &a, const AlarmKey &b)
    {
        return a.enterpriseId == b.enterpriseId && a.sensorId == b.sensorId && a.kind == b.kind;
    }
    friend bool operator!=(const AlarmKey &a, const AlarmKey &b) { return !(a == b); }
};

inline size_t qHash(const AlarmKey &key, size_t seed = 0)
{
    return ::qHash(key.enterpriseId, seed) ^ (::qHash(key.sensorId, seed) * 31u) ^ (::qHash(key.kind, seed) * 131u);
}

} // namespace cp::alarms
