// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QgsFeature;
class QgsFields;

namespace cp::sectors {
class SectorRegistry;
}

namespace cp::map {

/*!
 * \brief A registry feature's attributes as translated label/value rows for the facility panel.
 *
 * Known fields of the data model get a translated label, and stored keys (risk_level "major",
 * capabilities "hazmat,fire" …) are shown by their translated names; other fields pass as they are,
 * so GIS staff's own columns still show. With \a sectors, an enterprise's sector is shown by name
 * and its sector attributes one row each, labelled and formatted by the sector's plugin.
 */
QList<QPair<QString, QString>> describeFeature(const QgsFields &fields, const QgsFeature &feature,
                                               const sectors::SectorRegistry *sectors = nullptr);

//! Translated label of a data-model field, or the field name itself when unknown.
QString fieldLabel(const QString &field);

} // namespace cp::map
