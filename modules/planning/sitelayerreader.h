// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace cp::planning {

//! A point feature of a demand or candidate layer, in the working CRS (EPSG:4548, metres).
struct PlanSite
{
    QString id;     //!< the layer's `id` field, else the feature id
    QString name;   //!< the layer's `name` field; empty when it has none
    QString layer;  //!< the layer it came from
    double x = 0.0; //!< easting
    double y = 0.0; //!< northing
    double weight = 1.0;                                          //!< people (demand) or 1
    double capacity = std::numeric_limits<double>::quiet_NaN();  //!< NaN when not read
    bool fixed = false;                                           //!< an existing site kept open
};

//! Where a layer is: FILE, optionally followed by ":LAYER".
struct LayerSpec
{
    QString path;
    QString layer; //!< empty: the first point layer of the file

    //! Splits "FILE:LAYER" at its last colon; "FILE" alone leaves the layer empty.
    static LayerSpec parse(const QString &text);
    QString toString() const;
};

//! Which fields SiteLayerReader reads, besides `id` and `name`.
struct SiteLayerOptions
{
    QString weightField;   //!< empty: every weight is 1; else required, a number ≥ 0 on every feature
    QString capacityField; //!< empty: not read; else required, a number ≥ 0 on every feature
    bool allFixed = false; //!< every feature is a fixed site
    QString fixedField;    //!< with fixedValue: features whose field equals it are fixed sites; a layer without the field has none
    QString fixedValue;
};

/*!
 * \brief Reads the point features of one layer GDAL can open (GeoPackage, Shapefile, GeoJSON …) as PlanSites.
 *
 * Coordinates are transformed to EPSG:4548, the county's working CRS, unless the layer is in it already
 * (a layer without a CRS is taken to be). Features that are not points count by their centroid.
 */
class SiteLayerReader
{
public:
    //! The features of \a spec; nullopt with a translated \a error naming the file, layer, field or feature.
    static std::optional<QList<PlanSite>> read(const LayerSpec &spec, const SiteLayerOptions &options,
                                               QString *error = nullptr);
};

} // namespace cp::planning
