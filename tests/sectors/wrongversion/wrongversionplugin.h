// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/sectorplugin.h"

#include <QObject>

namespace cp::sectors {

//! A test plugin whose metadata states another interface version than the host's.
class WrongVersionPlugin : public QObject, public SectorPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommandPostSectorPlugin_iid FILE "wrongversion.json")
    Q_INTERFACES(cp::sectors::SectorPlugin)

public:
    QList<AttributeSpec> attributes() const override { return {}; }
    QList<AlarmKind> alarmKinds() const override { return {}; }
    QList<IncidentType> incidentTypes() const override { return {}; }
    QList<Indicator> indicators() const override { return {}; }
};

} // namespace cp::sectors
