// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/sectorcatalog.h"

#include <QStringList>

namespace cp::core {

bool SectorCatalog::add(const SectorInfo &sector)
{
    if (sector.id.isEmpty() || contains(sector.id))
        return false;
    m_sectors.append(sector);
    return true;
}

bool SectorCatalog::contains(const QString &id) const { return find(id) != nullptr; }

const SectorInfo *SectorCatalog::find(const QString &id) const
{
    for (const SectorInfo &s : m_sectors) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QStringList SectorCatalog::ids() const
{
    QStringList out;
    for (const SectorInfo &s : m_sectors)
        out.append(s.id);
    return out;
}

} // namespace cp::core
