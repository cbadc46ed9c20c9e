// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QgsVectorLayer;

namespace cp::sectors {
class SectorRegistry;
}

namespace cp::map {

/*!
 * \brief Applies the county map's symbology to a registry layer, chosen by its layer name.
 *
 * Enterprises are a disc filled by risk grade (red/orange/yellow/blue, DOMAIN.md §8); their views
 * (CountyMap) add a ring for major hazard sources and, with \a sectors, the sector's symbol from its
 * plugin; roads are drawn by class; shelters are sized by capacity. A layer of
 * another name keeps QGIS's default style.
 */
void applyRegistryStyle(QgsVectorLayer &layer, const QString &layerName, const sectors::SectorRegistry *sectors = nullptr);

//! How labelPoints() labels a point layer; the defaults are the facility names' look.
struct PointLabels
{
    QString field = QStringLiteral("name");
    double distanceMm = 1.0;         //!< from the point
    double sizePt = 8;
    QColor ink = QColor(30, 30, 30);
    bool bold = false;
    double haloMm = 0.8;             //!< white halo, so labels read over roads and fills
    int haloAlpha = 200;
    double maximumScale = 0;         //!< drawn only from this scale inward (e.g. 25000); 0 = at every scale
    int priority = 5;                //!< QGIS's 0–10; higher wins a collision
};

/*!
 * Labels \a layer's points with the county map's label look: placed around the point, with a halo;
 * QGIS's labelling engine drops a label that would collide with another.
 */
void labelPoints(QgsVectorLayer &layer, const PointLabels &labels);

} // namespace cp::map
