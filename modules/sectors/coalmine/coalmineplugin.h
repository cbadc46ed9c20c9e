// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/sectorplugin.h"

#include <QObject>

namespace cp::sectors {

/*!
 * \brief Coal mines (煤矿): methane by sensor location and mine-air limits per 《煤矿安全规程》.
 *
 * A methane reading must name its sensor location (upper_corner, face, return_roadway …); each
 * location has its own alarm and power-off concentrations and its power-off scope.
 */
class CoalminePlugin : public QObject, public SectorPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommandPostSectorPlugin_iid FILE "coalmine.json")
    Q_INTERFACES(cp::sectors::SectorPlugin)

public:
    QList<AttributeSpec> attributes() const override;
    QList<AlarmKind> alarmKinds() const override;
    QList<IncidentType> incidentTypes() const override;
    QList<Indicator> indicators() const override;
};

} // namespace cp::sectors
