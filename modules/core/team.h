// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/capability.h"
#include "core/geopoint.h"

#include <QList>
#include <QString>

namespace cp::core {

//! Readiness of a rescue team; only Available teams are proposed for dispatch.
enum class TeamStatus
{
    Available,
    Dispatched, //!< the order is given; the team has not left yet
    EnRoute,
    OnScene,
    Returning,
    OffDuty,
    Maintenance,
};

QString toKey(TeamStatus status);
template<>
std::optional<TeamStatus> fromKey<TeamStatus>(const QString &key);
QString displayName(TeamStatus status);

struct Team
{
    QString id;
    QString name;
    QString stationId;
    QList<Capability> capabilities;
    int personnel = 0;
    int vehicles = 0;
    TeamStatus status = TeamStatus::Available;
    //! Where the team is now: its station's position when at home.
    GeoPoint position;

    bool hasCapability(Capability c) const { return capabilities.contains(c); }
};

} // namespace cp::core
