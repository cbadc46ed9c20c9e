// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/localizedname.h"

#include <QJsonObject>

#include <optional>

namespace cp::sectors {

/*!
 * \brief A sector plugin's JSON metadata, read without loading the plugin's code.
 *
 * The JSON beside each plugin (FILE "<id>.json" in Q_PLUGIN_METADATA):
 * `{"id": "hazchem", "nameZh": "危险化学品", "nameEn": "Hazardous chemicals", "version": "1.0.0",
 * "interfaceVersion": 2, "icon": ":/sectors/hazchem/symbol.svg"}`.
 */
struct SectorMetadata
{
    QString id;
    LocalizedName name;
    QString version;
    int interfaceVersion = 0;
    QString icon; //!< resource path of the map symbol (SVG), e.g. ":/sectors/hazchem/symbol.svg"

    /*!
     * Reads the metadata from QPluginLoader::metaData() (the object holding "IID" and "MetaData").
     * Returns nullopt and sets \a error to a translated reason when the IID is not a sector
     * plugin's, the interface version differs from the host's, or a field is missing or invalid.
     */
    static std::optional<SectorMetadata> fromPluginMetaData(const QJsonObject &pluginMetaData, QString *error);
};

} // namespace cp::sectors
