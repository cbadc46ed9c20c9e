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
    /*!
     * The location of a methane sensor from its 《煤矿安全规程》 location code, the sensor id's prefix
     * ("T1-03" is at the face): T0 upper corner, T1 face, T2 return roadway, T3 intake roadway,
     * T4 series-ventilated intake, T7 drainage roadway, T8 mixed return (DOMAIN.md §2.2). CO2
     * sensors use the same codes: T3 and T4 measure intake air, T0–T2 the working face.
     */
    QString sensorLocation(const core::AlarmEvent &event) const override;
    //! Methane at its power-off concentration proposes Ⅳ, in an outburst mine Ⅲ (U: the bureau's rule).
    core::ResponseLevel proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                             const Classification &judged) const override;
};

} // namespace cp::sectors
