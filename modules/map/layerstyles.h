// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QgsVectorLayer;
class QString;

namespace cp::map {

/*!
 * \brief Applies the county map's symbology to a registry layer, chosen by its layer name.
 *
 * Enterprises are filled by risk grade (red/orange/yellow/blue, DOMAIN.md §8) with major-hazard
 * sources outlined; roads are drawn by class; shelters are sized by capacity. A layer of another
 * name keeps QGIS's default style.
 */
void applyRegistryStyle(QgsVectorLayer &layer, const QString &layerName);

} // namespace cp::map
