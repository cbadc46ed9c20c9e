// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QgsFeature;
class QgsFields;

namespace cp::map {

/*!
 * \brief A registry feature's attributes as translated label/value rows for the facility panel.
 *
 * Known fields of the data model get a translated label, and stored keys (risk_level "major",
 * capabilities "hazmat,fire" …) are shown by their translated names; other fields pass as they are,
 * so GIS staff's own columns still show.
 */
QList<QPair<QString, QString>> describeFeature(const QgsFields &fields, const QgsFeature &feature);

//! Translated label of a data-model field, or the field name itself when unknown.
QString fieldLabel(const QString &field);

} // namespace cp::map
