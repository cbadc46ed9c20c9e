// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/mapexporter.h"

#include "map/tr.h"

#include "core/beijingtime.h"

#include <qgscoordinatereferencesystem.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpoint.h>
#include <qgslayoutsize.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QDateTime>
#include <QFileInfo>

namespace cp::map {

QgsLayoutItemLabel *addLayoutLabel(QgsPrintLayout &layout, const QString &text, int pointSize, double x, double y, bool bold)
{
    auto *label = new QgsLayoutItemLabel(&layout);
    label->setText(text);
    QFont font;
    font.setPointSize(pointSize);
    font.setBold(bold);
    label->setFont(font);
    label->adjustSizeToText();
    label->attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes::LayoutMillimeters));
    layout.addLayoutItem(label);
    return label;
}

QgsLayoutItemMap *addLayoutMap(QgsPrintLayout &layout, const MapSheet &sheet, double x, double y, double width, double height)
{
    // QGIS-NOTES §6: setExtent resizes the item to the extent's aspect, so restore the size, then fit.
    const QgsLayoutSize mapSize(width, height, QgsUnitTypes::LayoutMillimeters);
    auto *map = new QgsLayoutItemMap(&layout);
    map->attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes::LayoutMillimeters));
    map->attemptResize(mapSize);
    map->setCrs(QgsCoordinateReferenceSystem(sheet.crsAuthId));
    map->setLayers(sheet.layers);
    map->setExtent(sheet.extent);
    map->attemptResize(mapSize);
    map->zoomToExtent(sheet.extent);
    map->setFrameEnabled(true);
    layout.addLayoutItem(map);

    auto *scaleBar = new QgsLayoutItemScaleBar(&layout);
    scaleBar->setStyle(QStringLiteral("Single Box"));
    scaleBar->setLinkedMap(map);
    scaleBar->applyDefaultSize(QgsUnitTypes::DistanceKilometers);
    scaleBar->attemptMove(QgsLayoutPoint(x + 2, y + height + 2, QgsUnitTypes::LayoutMillimeters));
    layout.addLayoutItem(scaleBar);
    return map;
}

bool exportLayoutPdf(QgsPrintLayout &layout, const QString &pdfPath, QString *error)
{
    QgsLayoutExporter exporter(&layout);
    const QgsLayoutExporter::ExportResult result = exporter.exportToPdf(pdfPath, QgsLayoutExporter::PdfExportSettings());
    if (result != QgsLayoutExporter::Success) {
        *error = Tr::tr("%1: the PDF could not be written (%2)")
                     .arg(pdfPath, exporter.errorFile().isEmpty() ? Tr::tr("layout export error %1").arg(result) : exporter.errorFile());
        return false;
    }
    return true;
}

bool exportMapPdf(const MapSheet &sheet, const QString &pdfPath, QString *error)
{
    QgsPrintLayout layout(QgsProject::instance());
    layout.initializeDefaults(); // one A4 landscape page, 297 × 210 mm

    addLayoutLabel(layout, sheet.title, 18, 10, 6, true);
    QgsLayoutItemMap *map = addLayoutMap(layout, sheet, 10, 20, 210, 172);

    auto *legend = new QgsLayoutItemLegend(&layout);
    legend->setTitle(Tr::tr("Legend"));
    legend->setLinkedMap(map);
    legend->setLegendFilterByMapEnabled(true);
    legend->setAutoUpdateModel(true);
    legend->attemptMove(QgsLayoutPoint(225, 36, QgsUnitTypes::LayoutMillimeters));
    legend->setColumnCount(1);
    legend->setSymbolHeight(3.5);
    legend->setStyleFont(QgsLegendStyle::SymbolLabel, QFont(QString(), 8));
    layout.addLayoutItem(legend);

    auto *north = new QgsLayoutItemPicture(&layout);
    north->setPicturePath(QStringLiteral(":/commandpost/icons/north-arrow.svg"), QgsLayoutItemPicture::FormatSVG);
    north->attemptMove(QgsLayoutPoint(225, 18, QgsUnitTypes::LayoutMillimeters));
    north->attemptResize(QgsLayoutSize(9, 15, QgsUnitTypes::LayoutMillimeters));
    layout.addLayoutItem(north);

    // Under the map, right of the scale bar, so a long legend never runs into them.
    const QDateTime now = core::beijingNow();
    addLayoutLabel(layout, Tr::tr("Printed %1 (Beijing time)").arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), 8, 90, 193);
    QgsLayoutItemLabel *notice = addLayoutLabel(layout, sheet.dataNotice, 7, 90, 198);
    notice->attemptResize(QgsLayoutSize(130, 8, QgsUnitTypes::LayoutMillimeters));

    if (!sheet.appendix.isEmpty()) {
        auto *page = new QgsLayoutItemPage(&layout);
        page->setPageSize(QStringLiteral("A4"), QgsLayoutItemPage::Landscape);
        layout.pageCollection()->addPage(page);
        const int second = layout.pageCollection()->pageCount() - 1;
        auto *text = new QgsLayoutItemLabel(&layout);
        text->setText(sheet.appendix.join(QLatin1Char('\n')));
        text->setFont(QFont(QString(), 9));
        text->attemptMove(QgsLayoutPoint(10, 10, QgsUnitTypes::LayoutMillimeters), true, false, second);
        text->attemptResize(QgsLayoutSize(277, 190, QgsUnitTypes::LayoutMillimeters));
        layout.addLayoutItem(text);
    }
    return exportLayoutPdf(layout, pdfPath, error);
}

} // namespace cp::map
