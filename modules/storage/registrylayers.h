// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/registry.h"

#include <QString>
#include <QStringList>

#include <optional>

class GDALDataset;

namespace cp::storage {

/*!
 * \brief The registry's layers, read and written through GDAL/OGR (GeoPackage or PostGIS).
 *
 * Layers are stored in EPSG:4548 (CGCS2000 / 3-degree Gauss-Kruger CM 117E, metres); records carry
 * EPSG:4490 longitude/latitude, so every geometry is transformed on the way in and out. GDAL
 * writes the GeoPackage geometry blobs, envelopes and R-tree indexes, which plain SQL cannot
 * (the R-tree triggers call functions only GDAL's connection registers). Internal to the module.
 */
class RegistryLayers
{
public:
    //! Creates a new GeoPackage at \a path holding the empty layers and attribute tables of schema 1.
    static bool createFile(const QString &path, QString *error);
    //! Replaces every layer's content with \a registry in one GDAL transaction; \a registry is valid.
    static bool write(const QString &path, const Registry &registry, QString *error);
    //! Adds \a shelters to the shelters layer of the GeoPackage at \a path, as the overload below.
    static bool appendShelters(const QString &path, const QList<core::Shelter> &shelters, QString *error);
    static std::optional<Registry> read(const QString &path, QString *error);

    //! The layers' names, in the order they are created.
    static QStringList layerNames();

    // The same on a data set GDAL opened (a GeoPackage or a PostGIS database); \a label names it in messages.
    //! Creates the empty layers in \a dataset, in the caller's transaction.
    static bool createLayers(GDALDataset &dataset, const QString &label, QString *error);
    static bool write(GDALDataset &dataset, const QString &label, const Registry &registry, QString *error);
    //! Adds \a shelters to the shelters layer in one GDAL transaction; every other record stays as it is.
    static bool appendShelters(GDALDataset &dataset, const QString &label, const QList<core::Shelter> &shelters, QString *error);
    static std::optional<Registry> read(GDALDataset &dataset, const QString &label, QString *error);
};

} // namespace cp::storage
