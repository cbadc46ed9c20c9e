// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/sectorplugin.h"

#include <QObject>

namespace cp::sectors {

//! \brief Fire safety (消防) of crowded places and high-rise buildings: fire alarm signals and fire-water pressure.
class FiresafetyPlugin : public QObject, public SectorPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommandPostSectorPlugin_iid FILE "firesafety.json")
    Q_INTERFACES(cp::sectors::SectorPlugin)

public:
    QList<AttributeSpec> attributes() const override;
    QList<AlarmKind> alarmKinds() const override;
    QList<IncidentType> incidentTypes() const override;
    QList<Indicator> indicators() const override;
};

} // namespace cp::sectors
