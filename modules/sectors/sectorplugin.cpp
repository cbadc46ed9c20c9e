// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/sectorplugin.h"

namespace cp::sectors {

SectorPlugin::~SectorPlugin() = default;

QVariantMap SectorPlugin::derivedAttributes(const core::Enterprise &, QString *error) const
{
    error->clear();
    return {};
}

QString SectorPlugin::sensorLocation(const core::AlarmEvent &) const { return {}; }

core::ResponseLevel SectorPlugin::proposeResponseLevel(const core::Enterprise &, const core::AlarmEvent &,
                                                       const Classification &judged) const
{
    return judged.responseLevel;
}

} // namespace cp::sectors
