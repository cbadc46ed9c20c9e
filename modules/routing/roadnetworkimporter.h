// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/roadgraph.h"
#include "routing/speedtable.h"

#include <QStringList>

namespace cp::routing {

/*!
 * \brief Reads a road network from any line layer GDAL can open into a RoadGraph.
 *
 * Understands three attribute schemas, checked in this order per feature:
 * - the project's road layer: `speed_kmh` (km/h), else `road_class` (core::RoadClass key) through the
 *   SpeedTable, and `oneway` or `one_way` (1 or true = digitised direction only, -1 = against it);
 * - OpenStreetMap through GDAL's OSM driver (.osm, .osm.pbf; layer `lines`): `highway` through the SpeedTable
 *   (other ways are skipped), `oneway=yes/1/true/-1/reverse` and `junction=roundabout` from `other_tags`,
 *   motorways one-way as OSM implies;
 * - any other line layer: every line at defaultSpeedKmh(), both directions.
 *
 * Coordinates stay in the layer's CRS when it is projected in metres (unless setAlwaysTarget()); otherwise
 * they are transformed to targetCrs(). A layer without a CRS is taken to be in targetCrs() already.
 */
class RoadNetworkImporter
{
public:
    RoadNetworkImporter();

    void setSpeedTable(const SpeedTable &table) { m_speeds = table; }
    const SpeedTable &speedTable() const { return m_speeds; }
    //! Speed of lines in layers with neither speeds nor classes (default 30 km/h).
    void setDefaultSpeedKmh(double kmh) { m_defaultSpeed = kmh; }
    double defaultSpeedKmh() const { return m_defaultSpeed; }
    //! CRS that geographic layers are projected to (default EPSG:4548, the county's working CRS).
    void setTargetCrs(const QString &crs) { m_targetCrs = crs; }
    QString targetCrs() const { return m_targetCrs; }
    //! Transforms a layer projected in metres too when its CRS is not targetCrs(): for callers whose other layers are there (the planner's sites).
    void setAlwaysTarget(bool always) { m_alwaysTarget = always; }

    /*!
     * \brief Imports \a source: a file name or a shared database (`PG:` and its conninfo), optionally
     * followed by `|layername=NAME`.
     *
     * Without a layer name the layer `roads`, else `lines` (OSM), else the first line layer is used.
     * Returns an empty graph and sets \a error when the file cannot be opened, the layer is missing, not
     * made of lines or holds no usable road. Features that cannot be used are skipped and listed in
     * warnings().
     */
    RoadGraph import(const QString &source, QString *error = nullptr);

    //! Features read, and features turned into roads, by the last import().
    int featuresRead() const { return m_featuresRead; }
    int roadsImported() const { return m_roadsImported; }
    //! Why features were skipped (at most 20 lines, then a count); ways that are not roads are not listed.
    QStringList warnings() const { return m_warnings; }

private:
    void warn(const QString &message);

    SpeedTable m_speeds;
    double m_defaultSpeed = 30.0;
    QString m_targetCrs = QStringLiteral("EPSG:4548");
    bool m_alwaysTarget = false;
    int m_featuresRead = 0;
    int m_roadsImported = 0;
    int m_skipped = 0;
    QStringList m_warnings;
};

} // namespace cp::routing
