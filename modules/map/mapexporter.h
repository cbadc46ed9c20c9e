// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsrectangle.h>

#include <QList>
#include <QStringList>
#include <QString>

class QgsLayoutItemLabel;
class QgsLayoutItemMap;
class QgsMapLayer;
class QgsCoordinateReferenceSystem;
class QgsPrintLayout;

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

//! Adds a label of \a text at (\a x, \a y) mm to \a layout, sized to its text; the layout owns it.
QgsLayoutItemLabel *addLayoutLabel(QgsPrintLayout &layout, const QString &text, int pointSize, double x, double y,
                                   bool bold = false);

/*!
 * \brief Adds a framed map of \a sheet's layers and extent at (\a x, \a y) mm, \a width × \a height mm, with a
 * kilometre scale bar under its lower left corner; the layout owns both. \a sheet's title and notice are not used.
 */
QgsLayoutItemMap *addLayoutMap(QgsPrintLayout &layout, const MapSheet &sheet, double x, double y, double width,
                               double height);

//! Writes \a layout to \a pdfPath; false with a translated \a error naming the file when it cannot.
bool exportLayoutPdf(QgsPrintLayout &layout, const QString &pdfPath, QString *error);

} // namespace cp::map
