// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

class QgsVectorLayer;

namespace cp::map {

/*!
 * \brief The enterprises generalised for the whole-county view.
 *
 * At county scale a 2.6 mm risk disc covers some 400 m of ground, so enterprises a few hundred
 * metres apart are drawn on top of each other and only the last one shows. The overview keeps, of
 * every square cell of the grid, the one enterprise of the worst risk grade (then the highest
 * major-hazard grade) at its own position, and orders the features so the worst risk draws last, on
 * top. The map draws it beyond switchScale and the full enterprises layer inside it, so with 100,000
 * enterprises the county view draws a fraction of the markers and looks the same, with the worst
 * risk never hidden under a lesser one in the same cell.
 */
class EnterpriseOverview
{
public:
    //! Side of a grid cell. At the switch scale it is 2 mm on the map, less than the disc.
    static constexpr double cellMetres = 200;
    //! Scale denominator from which (zooming out) the overview replaces the full layer.
    static constexpr double switchScale = 100000;

    /*!
     * Builds the overview of \a enterprises (fields risk_level and major_hazard) as a memory layer
     * in the same CRS, styled like it, with the scale ranges of both layers set. The caller owns it.
     * Each feature carries the feature id of its enterprise ("source_fid") and the number of
     * enterprises of its cell ("enterprises").
     */
    static QgsVectorLayer *build(QgsVectorLayer &enterprises);

    //! The enterprises layer's feature id behind feature \a featureId of \a overview, if \a overview is one.
    static std::optional<long long> sourceFeatureId(QgsVectorLayer &overview, long long featureId);

    //! The id of the enterprises layer \a layer is the overview of, or an empty string.
    static QString sourceLayerId(const QgsVectorLayer &layer);
};

} // namespace cp::map
