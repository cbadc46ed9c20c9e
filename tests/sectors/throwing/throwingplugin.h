// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/sectorplugin.h"

#include <QObject>

namespace cp::sectors {

/*!
 * A test plugin with one alarm kind (combustible_gas at 25 %LEL) whose code throws: sensorLocation()
 * for sensor "LOC" (a std::runtime_error) and proposeResponseLevel() for every alarm (an int, which
 * is no std::exception).
 */
class ThrowingPlugin : public QObject, public SectorPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommandPostSectorPlugin_iid FILE "throwing.json")
    Q_INTERFACES(cp::sectors::SectorPlugin)

public:
    QList<AttributeSpec> attributes() const override { return {}; }
    QList<AlarmKind> alarmKinds() const override;
    QList<IncidentType> incidentTypes() const override { return {}; }
    QList<Indicator> indicators() const override { return {}; }
    QString sensorLocation(const core::AlarmEvent &event) const override;
    core::ResponseLevel proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                             const Classification &classification) const override;
};

} // namespace cp::sectors
