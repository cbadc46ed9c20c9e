// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"
#include "core/geopoint.h"

#include <QDateTime>
#include <QString>

namespace cp::core {

/*!
 * \brief Emergency response level Ⅰ–Ⅳ (《国家安全生产事故灾难应急预案》, DOMAIN.md §4.3).
 *
 * Ⅰ is the highest; warnings map Ⅰ red, Ⅱ orange, Ⅲ yellow, Ⅳ blue (突发事件应对法 art.42).
 */
enum class ResponseLevel
{
    None,
    I,
    II,
    III,
    IV,
};

/*!
 * \brief Where an incident stands: reported → verified → responding → under control → closed (结案).
 *
 * A closed incident can be reopened with a reason; it then stands where it was before closing
 * (IncidentSession keeps that in the timeline).
 */
enum class IncidentStatus
{
    Reported,
    Verified,
    Responding,
    UnderControl,
    Closed,
};

QString toKey(ResponseLevel level);
template<>
std::optional<ResponseLevel> fromKey<ResponseLevel>(const QString &key);
QString displayName(ResponseLevel level);

QString toKey(IncidentStatus status);
template<>
std::optional<IncidentStatus> fromKey<IncidentStatus>(const QString &key);
QString displayName(IncidentStatus status);

struct Incident
{
    QString id;
    QString title;
    QString sectorId;
    QString incidentType;   //!< a type the sector's plugin defines, e.g. "toxic_leak"
    QString enterpriseId;   //!< empty when opened for a place, not an enterprise
    QString sourceAlarmId;  //!< empty when opened by hand
    GeoPoint position;
    ResponseLevel responseLevel = ResponseLevel::None;
    IncidentStatus status = IncidentStatus::Reported;
    QDateTime openedAt;
    QDateTime closedAt;
    QString openedBy;
    QString closingSummary; //!< what the officer wrote when closing (结案); empty while open

    /*!
     * The version of the stored row this copy was read at (0: not stored yet). A write states it and
     * is refused when another seat has written the row since (optimistic concurrency, issue 14).
     */
    int rowVersion = 0;

    bool isOpen() const { return status != IncidentStatus::Closed; }
};

} // namespace cp::core
