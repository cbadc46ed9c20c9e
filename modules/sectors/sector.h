// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/sectormetadata.h"
#include "sectors/sectorplugin.h"

namespace cp::sectors {

/*!
 * \brief A loaded sector: its metadata and the tables its plugin returned, read once at load.
 *
 * Owned by the SectorRegistry; plugin points into the plugin library, which stays loaded as long
 * as the registry lives.
 */
struct Sector
{
    SectorMetadata metadata;
    QString fileName;
    const SectorPlugin *plugin = nullptr;
    QList<AttributeSpec> attributes;
    QList<AlarmKind> alarmKinds;
    QList<IncidentType> incidentTypes;
    QList<Indicator> indicators;

    //! The alarm kind with \a id, or nullptr. The pointer lives as long as this sector.
    const AlarmKind *alarmKind(const QString &id) const;
    //! The incident type with \a id, or nullptr. The pointer lives as long as this sector.
    const IncidentType *incidentType(const QString &id) const;
    //! The map symbol's SVG (from metadata.icon, a resource of the plugin); empty if unreadable.
    QByteArray symbolSvg() const;
};

} // namespace cp::sectors
