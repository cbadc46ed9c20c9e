// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cp::core {

//! Names of one industry sector; the id is stable (e.g. "hazchem", "coalmine").
struct SectorInfo
{
    QString id;
    QString nameZh;
    QString nameEn;
};

/*!
 * \brief The industry sectors known to this process, keyed by id.
 *
 * Filled by whoever knows the sectors (the sector plugin registry at run time, the demo generator
 * from the county plan) and passed explicitly to what validates or displays sector ids.
 */
class SectorCatalog
{
public:
    /*!
     * Adds \a sector. Returns false and leaves the catalog unchanged when the id is empty or
     * already present: the first registration of an id wins.
     */
    bool add(const SectorInfo &sector);

    bool contains(const QString &id) const;
    //! The sector with \a id, or nullptr when it is unknown. The pointer lives as long as the catalog.
    const SectorInfo *find(const QString &id) const;
    QList<SectorInfo> sectors() const { return m_sectors; }
    QStringList ids() const;
    int size() const { return static_cast<int>(m_sectors.size()); }

private:
    QList<SectorInfo> m_sectors;
};

} // namespace cp::core
