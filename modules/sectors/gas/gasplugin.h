// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/sectorplugin.h"

#include <QObject>

namespace cp::sectors {

//! \brief Gas supply (燃气): city gas networks, LPG and LNG stations; gas detection and network pressure.
class GasPlugin : public QObject, public SectorPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommandPostSectorPlugin_iid FILE "gas.json")
    Q_INTERFACES(cp::sectors::SectorPlugin)

public:
    QList<AttributeSpec> attributes() const override;
    QList<AlarmKind> alarmKinds() const override;
    QList<IncidentType> incidentTypes() const override;
    QList<Indicator> indicators() const override;
    //! A gas release at a major hazard installation proposes Ⅳ, a toxic one at grade 1–2 Ⅲ (CommonRules).
    core::ResponseLevel proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                             const Classification &judged) const override;
};

} // namespace cp::sectors
