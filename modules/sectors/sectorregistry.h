// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enterprise.h"
#include "core/sectorcatalog.h"
#include "sectors/classification.h"
#include "core/alarmevent.h"
#include "sectors/sector.h"

#include <QStringList>

#include <memory>
#include <vector>

class QPluginLoader;

namespace cp::sectors {

//! A plugin file the registry would not load, and why (translated).
struct PluginRefusal
{
    QString fileName;
    QString reason;
};

/*!
 * \brief The sector plugins of this process, keyed by sector id.
 *
 * Loads every library file of the given folders; metadata is checked before any plugin code
 * runs. A file that is not a Qt plugin, is not a sector plugin, has another interface version,
 * or repeats an id already loaded is refused with a reason and the rest still load (the first
 * file of an id wins: folders in the order given, files by name). Create one registry and pass
 * it to whoever needs sector rules; it keeps the plugin libraries loaded for its lifetime.
 * Once loading is done the const functions only read, so the alarm engine may classify from
 * its own thread.
 */
class SectorRegistry
{
public:
    SectorRegistry();
    ~SectorRegistry();
    SectorRegistry(const SectorRegistry &) = delete;
    SectorRegistry &operator=(const SectorRegistry &) = delete;

    /*!
     * Where plugins are looked for when no folder is given, for an executable in \a executableDir:
     * the build tree's plugin folder when the executable lies in the build tree, else
     * `<executableDir>/../<libdir>/commandpost/sectors` and the compiled-in install folder.
     */
    static QStringList defaultPluginDirs(const QString &executableDir);
    //! defaultPluginDirs() for this process's executable (needs a QCoreApplication).
    static QStringList defaultPluginDirs();

    //! Loads every library file in each of \a dirs, in order. A missing folder is a refusal.
    void loadFrom(const QStringList &dirs);
    //! Loads one file; false (and a refusal recorded) when it is refused.
    bool loadFile(const QString &fileName);

    QList<const Sector *> sectors() const;
    //! The sector with \a id, or nullptr when none is loaded. Lives as long as the registry.
    const Sector *sector(const QString &id) const;
    QList<PluginRefusal> refusals() const { return m_refusals; }
    //! The loaded sectors' names as the catalog core and storage validate against.
    core::SectorCatalog catalog() const;

    /*!
     * Classifies \a reading of \a enterprise by the rules of the enterprise's sector, with the
     * enterprise's own setpoints (sectorAttributes["setpoints"]) over the defaults: the sector's
     * plugin names the sensor's location (SectorPlugin::sensorLocation) and, for an alarm, proposes
     * the response level (SectorPlugin::proposeResponseLevel). UnknownKind when the sector is not
     * loaded or does not know the reading's kind, or when its plugin threw naming the location (the
     * explanation names the plugin and what it threw); a plugin that throws proposing the level
     * leaves the rule's level. No plugin's exception leaves the registry.
     */
    Classification classify(const core::Enterprise &enterprise, const core::AlarmEvent &reading) const;
    //! classify() at the sensor location \a location, as a plugin's rule tables are tested.
    Classification classify(const core::Enterprise &enterprise, const core::AlarmEvent &reading,
                            const QString &location) const;

    /*!
     * The listing `commandpost --list-plugins` prints: a line per loaded plugin (id, Chinese and
     * English name, version, file) and a line per refused file ("file: reason").
     */
    QString formatListing() const;

private:
    void refuse(const QString &fileName, const QString &reason);
    //! The unclassified result of a reading whose plugin threw \a what.
    static Classification pluginFailed(const Sector &sector, const core::AlarmEvent &reading, const QString &what);

    std::vector<std::unique_ptr<QPluginLoader>> m_loaders;
    std::vector<std::unique_ptr<Sector>> m_sectors;
    QList<PluginRefusal> m_refusals;
};

} // namespace cp::sectors
