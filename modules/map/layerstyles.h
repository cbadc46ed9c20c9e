// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QgsVectorLayer;
class QString;

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

} // namespace cp::map
