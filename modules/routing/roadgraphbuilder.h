// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/roadsegment.h"
#include "routing/roadgraph.h"

namespace cp::routing {

/*!
 * \brief Collects road lines and turns them into a RoadGraph.
 *
 * Line vertices that coincide (to the millimetre, by a quantised coordinate hash rather than a spatial
 * index) are joined; a vertex becomes a graph node when it ends a line or is shared by two or more
 * lines, so long polylines cost one arc, not one per vertex. Travel time along a line is its planar
 * length in the projected CRS divided by its speed.
 */
class RoadGraphBuilder
{
public:
    //! \a crs names the CRS of the coordinates given to addLine() (metres); see CrsTransform.
    explicit RoadGraphBuilder(QString crs = QStringLiteral("EPSG:4548"));

    //! Reserves room for \a lines lines with \a points vertices in all.
    void reserve(int lines, int points);

    /*!
     * \brief Adds one line in the builder's CRS; \a oneWay allows travel from the first to the last vertex only.
     *
     * Returns false and sets \a error (if not nullptr) when the speed is not positive or the line has fewer
     * than two distinct vertices; nothing is added then.
     */
    bool addLine(const ProjectedPoint *points, int count, double speedKmh, bool oneWay, const QString &id,
                 QString *error = nullptr);

    //! Adds a core road segment, projecting its longitude/latitude line into the builder's CRS.
    bool addSegment(const core::RoadSegment &segment, QString *error = nullptr);

    int lineCount() const { return static_cast<int>(m_lineSpeeds.size()); }

    /*!
     * \brief Builds the graph; the builder is empty afterwards.
     *
     * Returns an empty graph and sets \a error when no line was added. An unknown CRS shows when the graph
     * is first asked to project (RoadGraph::project() fails, Snapper says why).
     */
    RoadGraph build(QString *error = nullptr);

private:
    QString m_crs;
    std::shared_ptr<CrsTransform> m_transform; //!< for addSegment(), made on first use
    std::vector<ProjectedPoint> m_points;
    std::vector<std::uint32_t> m_lineStarts;
    std::vector<double> m_lineSpeeds;
    std::vector<bool> m_lineOneWay;
    QStringList m_lineIds;
};

} // namespace cp::routing
