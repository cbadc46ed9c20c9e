// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/sectorregistry.h"

#include "sectors/thresholdengine.h"
#include "sectors/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibrary>
#include <QPluginLoader>

#include <exception>

namespace cp::sectors {

SectorRegistry::SectorRegistry() = default;

// The loaders are not unloaded: plugin-owned data (resource trees, vtables) may still be referenced
// by copies the host holds, and Qt unloads libraries at exit anyway.
SectorRegistry::~SectorRegistry() = default;

QStringList SectorRegistry::defaultPluginDirs(const QString &executableDir)
{
    // Compiled in by modules/sectors/CMakeLists.txt.
    const QString buildDir = QDir::cleanPath(QStringLiteral(COMMANDPOST_BUILD_DIR));
    const QString exe = QDir::cleanPath(executableDir);
    if (exe == buildDir || exe.startsWith(buildDir + QLatin1Char('/')))
        return {QStringLiteral(COMMANDPOST_BUILD_PLUGIN_DIR)};
    QStringList dirs{QDir::cleanPath(exe + QStringLiteral("/../") + QStringLiteral(COMMANDPOST_RELATIVE_PLUGIN_DIR))};
    const QString installed = QDir::cleanPath(QStringLiteral(COMMANDPOST_INSTALL_PLUGIN_DIR));
    if (!dirs.contains(installed))
        dirs.append(installed);
    return dirs;
}

QStringList SectorRegistry::defaultPluginDirs()
{
    QStringList existing;
    for (const QString &dir : defaultPluginDirs(QCoreApplication::applicationDirPath())) {
        if (QFileInfo(dir).isDir())
            existing.append(dir);
    }
    return existing;
}

void SectorRegistry::refuse(const QString &fileName, const QString &reason)
{
    m_refusals.append({fileName, reason});
}

void SectorRegistry::loadFrom(const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        const QDir folder(dir);
        if (!folder.exists()) {
            refuse(dir, Tr::tr("plugin folder does not exist"));
            continue;
        }
        const QFileInfoList files = folder.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (QLibrary::isLibrary(file.fileName()))
                loadFile(file.absoluteFilePath());
        }
    }
}

namespace {

//! What the exception being handled says, for a message naming the plugin that threw it.
QString currentExceptionText()
{
    try {
        throw;
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    } catch (...) {
        return Tr::tr("an exception that is not a std::exception");
    }
}

} // namespace

bool SectorRegistry::loadFile(const QString &fileName)
{
    auto loader = std::make_unique<QPluginLoader>(fileName);
    // metaData() reads the plugin's metadata section without running any of its code.
    const QJsonObject raw = loader->metaData();
    if (raw.isEmpty()) {
        refuse(fileName, Tr::tr("not a Qt plugin"));
        return false;
    }
    QString error;
    const std::optional<SectorMetadata> metadata = SectorMetadata::fromPluginMetaData(raw, &error);
    if (!metadata) {
        refuse(fileName, error);
        return false;
    }
    if (const Sector *existing = sector(metadata->id)) {
        refuse(fileName, Tr::tr("duplicates sector id '%1', already loaded from %2")
                             .arg(metadata->id, existing->fileName));
        return false;
    }
    QObject *instance = loader->instance();
    if (!instance) {
        refuse(fileName, Tr::tr("could not be loaded: %1").arg(loader->errorString()));
        return false;
    }
    const auto *plugin = qobject_cast<SectorPlugin *>(instance);
    if (!plugin) {
        refuse(fileName, Tr::tr("does not implement the sector plugin interface"));
        loader->unload();
        return false;
    }

    auto loaded = std::make_unique<Sector>();
    loaded->metadata = *metadata;
    loaded->fileName = fileName;
    loaded->plugin = plugin;
    try {
        loaded->attributes = plugin->attributes();
        loaded->alarmKinds = plugin->alarmKinds();
        loaded->incidentTypes = plugin->incidentTypes();
        loaded->indicators = plugin->indicators();
    } catch (...) {
        refuse(fileName, Tr::tr("failed while its rule tables were read: %1").arg(currentExceptionText()));
        loader->unload();
        return false;
    }
    if (!QFile::exists(metadata->icon)) {
        refuse(fileName, Tr::tr("its map symbol %1 is missing").arg(metadata->icon));
        return false;
    }
    m_sectors.push_back(std::move(loaded));
    m_loaders.push_back(std::move(loader));
    return true;
}

QList<const Sector *> SectorRegistry::sectors() const
{
    QList<const Sector *> out;
    for (const auto &s : m_sectors)
        out.append(s.get());
    return out;
}

const Sector *SectorRegistry::sector(const QString &id) const
{
    for (const auto &s : m_sectors) {
        if (s->metadata.id == id)
            return s.get();
    }
    return nullptr;
}

core::SectorCatalog SectorRegistry::catalog() const
{
    core::SectorCatalog catalog;
    for (const auto &s : m_sectors)
        catalog.add({s->metadata.id, s->metadata.name.zh, s->metadata.name.en});
    return catalog;
}

Classification SectorRegistry::classify(const core::Enterprise &enterprise, const core::AlarmEvent &reading) const
{
    const Sector *s = sector(enterprise.sectorId);
    QString location;
    if (s) {
        try {
            location = s->plugin->sensorLocation(reading);
        } catch (...) {
            return pluginFailed(*s, reading, currentExceptionText());
        }
    }
    return classify(enterprise, reading, location);
}

Classification SectorRegistry::pluginFailed(const Sector &sector, const core::AlarmEvent &reading, const QString &what)
{
    // Shown as unclassified, with high visibility: never dropped because a plugin's code failed.
    Classification failed;
    failed.status = Classification::Status::UnknownKind;
    failed.explanation = Tr::tr("Sensor %1: the %2 plugin (%3) failed on this reading: %4")
                             .arg(reading.sensorId, sector.metadata.id, sector.fileName, what);
    return failed;
}

Classification SectorRegistry::classify(const core::Enterprise &enterprise, const core::AlarmEvent &reading,
                                        const QString &location) const
{
    Classification unknown;
    unknown.status = Classification::Status::UnknownKind;
    const Sector *s = sector(enterprise.sectorId);
    if (!s) {
        unknown.explanation = Tr::tr("Enterprise %1: no plugin is loaded for sector '%2'")
                                  .arg(enterprise.id, enterprise.sectorId);
        return unknown;
    }
    const AlarmKind *kind = s->alarmKind(reading.kind);
    if (!kind) {
        unknown.explanation = Tr::tr("Sensor %1: the %2 sector knows no alarm kind '%3'")
                                  .arg(reading.sensorId, s->metadata.id, reading.kind);
        return unknown;
    }
    Classification c = ThresholdEngine::classify(*kind, reading, location,
                                                 enterprise.sectorAttributes.value(ThresholdEngine::setpointsKey()).toMap());
    if (c.isAlarm()) {
        try {
            c.responseLevel = s->plugin->proposeResponseLevel(enterprise, reading, c);
        } catch (...) {
            // The thresholds were judged by the host: keep the alarm and its rule's level, and say what failed.
            c.explanation += QLatin1Char(' ')
                + Tr::tr("(the %1 plugin failed to propose a response level: %2)").arg(s->metadata.id, currentExceptionText());
        }
    }
    return c;
}

QString SectorRegistry::formatListing() const
{
    QString out = Tr::tr("Sector plugins loaded: %1").arg(m_sectors.size()) + QLatin1Char('\n');
    for (const auto &s : m_sectors) {
        out += QStringLiteral("  %1 %2 / %3  %4  (%5)\n")
                   .arg(s->metadata.id.leftJustified(14), s->metadata.name.zh, s->metadata.name.en,
                        s->metadata.version, s->fileName);
    }
    out += Tr::tr("Refused: %1").arg(m_refusals.size()) + QLatin1Char('\n');
    for (const PluginRefusal &r : m_refusals)
        out += QStringLiteral("  %1: %2\n").arg(r.fileName, r.reason);
    return out;
}

} // namespace cp::sectors
