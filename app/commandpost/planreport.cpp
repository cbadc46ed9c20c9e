// SPDX-License-Identifier: GPL-2.0-or-later
#include "planreport.h"

#include "core/beijingtime.h"
#include "map/mapexporter.h"

#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayouttablecolumn.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstablecell.h>
#include <qgstextformat.h>

#include <QDateTime>
#include <QLocale>

namespace cp::app {

namespace {

constexpr double columnX = 186.0;    //!< mm: the right column of the page
constexpr double columnWidth = 98.0;

//! A table of \a rows under \a headers at \a y in the right column; returns its frame.
QgsLayoutFrame *addTable(QgsPrintLayout &layout, const QStringList &headers, const QList<QStringList> &rows,
                         const QList<double> &widths, double y, double height)
{
    QgsLayoutItemManualTable *table = QgsLayoutItemManualTable::create(&layout);
    layout.addMultiFrame(table);
    QgsLayoutTableColumns columns;
    for (const QString &header : headers)
        columns.append(QgsLayoutTableColumn(header));
    table->setHeaders(columns);
    table->setIncludeTableHeader(true);
    QgsTableContents contents;
    for (const QStringList &row : rows) {
        QgsTableRow cells;
        for (const QString &text : row)
            cells.append(QgsTableCell(text));
        contents.append(cells);
    }
    table->setTableContents(contents);
    table->setColumnWidths(widths);
    table->setWrapBehavior(QgsLayoutTable::WrapText);
    QgsTextFormat format;
    QFont font;
    font.setPointSize(7);
    format.setFont(font);
    format.setSize(7);
    table->setContentTextFormat(format);
    font.setBold(true);
    format.setFont(font);
    table->setHeaderTextFormat(format);
    auto *frame = new QgsLayoutFrame(&layout, table);
    frame->attemptMove(QgsLayoutPoint(columnX, y, QgsUnitTypes::LayoutMillimeters));
    frame->attemptResize(QgsLayoutSize(columnWidth, height, QgsUnitTypes::LayoutMillimeters));
    table->addFrame(frame);
    return frame;
}

} // namespace

bool PlanReport::exportPdf(const PlanReportContent &content, const QString &pdfPath, QString *error)
{
    QgsPrintLayout layout(QgsProject::instance());
    layout.initializeDefaults(); // one A4 landscape page, 297 × 210 mm
    map::addLayoutLabel(layout, content.title, 16, 10, 6, true);
    map::MapSheet sheet;
    sheet.layers = content.layers;
    sheet.extent = content.extent;
    map::addLayoutMap(layout, sheet, 10, 18, 172, 172);

    QgsLayoutItemLabel *summary = map::addLayoutLabel(layout, content.summary.join(QLatin1Char('\n')), 8, columnX, 18);
    summary->attemptResize(QgsLayoutSize(columnWidth, 24, QgsUnitTypes::LayoutMillimeters));

    const QLocale locale;
    QList<QStringList> bandRows;
    for (const auto &[label, people] : content.bands)
        bandRows.append({label, locale.toString(people, 'f', 0)});
    addTable(layout, {tr("Travel band"), tr("People")}, bandRows, {30, 22}, 44, 48);

    QList<QStringList> comparisonRows;
    for (const ComparisonRow &row : content.comparison)
        comparisonRows.append({row.figure, row.first, row.second});
    addTable(layout, {tr("Figure"), tr("Last plan"), tr("Plan before")}, comparisonRows, {22, 32, 32}, 96, 90);

    map::addLayoutLabel(layout,
                        tr("Printed %1 (Beijing time)").arg(core::beijingNow().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                        8, 90, 192);
    QgsLayoutItemLabel *notice = map::addLayoutLabel(layout, content.dataNotice, 7, 90, 197);
    notice->attemptResize(QgsLayoutSize(190, 8, QgsUnitTypes::LayoutMillimeters));
    return map::exportLayoutPdf(layout, pdfPath, error);
}

} // namespace cp::app
