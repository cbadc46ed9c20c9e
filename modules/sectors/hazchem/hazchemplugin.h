// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/sectorplugin.h"

#include <QObject>

namespace cp::sectors {

/*!
 * \brief Hazardous chemicals (危险化学品): production, storage and use sites, filling stations.
 *
 * Gas detection per GB/T 50493-2019, tank limits from the enterprise's own setpoints, and major
 * hazard grading per GB 18218-2018 computed from the inventory (derivedAttributes).
 */
class HazchemPlugin : public QObject, public SectorPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CommandPostSectorPlugin_iid FILE "hazchem.json")
    Q_INTERFACES(cp::sectors::SectorPlugin)

public:
    QList<AttributeSpec> attributes() const override;
    QList<AlarmKind> alarmKinds() const override;
    QList<IncidentType> incidentTypes() const override;
    QList<Indicator> indicators() const override;
    //! A gas release at a major hazard installation proposes Ⅳ, a toxic one at grade 1–2 Ⅲ (CommonRules).
    core::ResponseLevel proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                             const Classification &judged) const override;
    QVariantMap derivedAttributes(const core::Enterprise &enterprise, QString *error) const override;
};

} // namespace cp::sectors
