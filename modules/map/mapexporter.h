// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsrectangle.h>

#include <QList>
#include <QStringList>
#include <QString>

class QgsMapLayer;
class QgsCoordinateReferenceSystem;

namespace cp::map {

//! What goes on an exported map sheet.
struct MapSheet
{
    QString title;
    QList<QgsMapLayer *> layers;   //!< top first, as on the canvas; not owned
    QgsRectangle extent;           //!< in \a crs
    QString crsAuthId = QStringLiteral("EPSG:4548");
    QString dataNotice;            //!< the data's source and licence line
    //! Lines printed on a second page (an incident's teams, supplies and timeline); none: one page.
    QStringList appendix;
};

/*!
 * \brief Prints a map sheet to PDF through a QGIS print layout: title, map, legend, scale bar,
 * north arrow, timestamp (Beijing time) and data notice on one A4 landscape page, and the
 * appendix, if any, on a second page.
 *
 * Returns false with \a error naming the file and the cause when the PDF cannot be written.
 */
bool exportMapPdf(const MapSheet &sheet, const QString &pdfPath, QString *error);

} // namespace cp::map
