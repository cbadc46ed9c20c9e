// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/sectorplugin.h"

#include <QObject>

namespace cp::sectors {

//! \brief Oil and gas pipelines (油气管道): line pressure from the operator's setpoints and gas detection at stations.
class PipelinePlugin : public QObject, public SectorPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommandPostSectorPlugin_iid FILE "pipeline.json")
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
