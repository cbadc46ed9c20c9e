// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/sectorplugin.h"

namespace cp::sectors {

SectorPlugin::~SectorPlugin() = default;

QVariantMap SectorPlugin::derivedAttributes(const core::Enterprise &, QString *error) const
{
    error->clear();
    return {};
}

} // namespace cp::sectors
