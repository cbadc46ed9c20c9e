// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/sectormetadata.h"

#include "sectors/sectorplugin.h"
#include "sectors/tr.h"

#include <QRegularExpression>

namespace cp::sectors {

std::optional<SectorMetadata> SectorMetadata::fromPluginMetaData(const QJsonObject &pluginMetaData, QString *error)
{
    const QString hostIid = QStringLiteral(CommandPostSectorPlugin_iid);
    const QString family = hostIid.left(hostIid.lastIndexOf(QLatin1Char('/')) + 1);
    const QString iid = pluginMetaData.value(QStringLiteral("IID")).toString();
    if (!iid.startsWith(family)) {
        *error = Tr::tr("not a CommandPost sector plugin (its interface is '%1')").arg(iid);
        return std::nullopt;
    }
    if (iid != hostIid) {
        *error = Tr::tr("built for sector plugin interface '%1', this CommandPost needs '%2'").arg(iid, hostIid);
        return std::nullopt;
    }

    const QJsonObject json = pluginMetaData.value(QStringLiteral("MetaData")).toObject();
    SectorMetadata m;
    const QJsonValue version = json.value(QStringLiteral("interfaceVersion"));
    if (!version.isDouble()) {
        *error = Tr::tr("metadata field 'interfaceVersion' is missing or not a number");
        return std::nullopt;
    }
    m.interfaceVersion = version.toInt();
    if (m.interfaceVersion != SectorPlugin::interfaceVersion) {
        *error = Tr::tr("interface version %1 in its metadata, this CommandPost needs %2")
                     .arg(m.interfaceVersion).arg(SectorPlugin::interfaceVersion);
        return std::nullopt;
    }

    const char *fields[] = {"id", "nameZh", "nameEn", "version", "icon"};
    QString values[5];
    for (int i = 0; i < 5; ++i) {
        const QJsonValue v = json.value(QLatin1String(fields[i]));
        values[i] = v.toString();
        if (!v.isString() || values[i].isEmpty()) {
            *error = Tr::tr("metadata field '%1' is missing or not a string").arg(QLatin1String(fields[i]));
            return std::nullopt;
        }
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!idPattern.match(values[0]).hasMatch()) {
        *error = Tr::tr("metadata id '%1' is not a lower-case identifier").arg(values[0]);
        return std::nullopt;
    }
    m.id = values[0];
    m.name = {values[1], values[2]};
    m.version = values[3];
    m.icon = values[4];
    return m;
}

} // namespace cp::sectors
