// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planfigures.h"

#include <qgsrectangle.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QgsMapLayer;

namespace cp::app {

//! What the plan report prints: the map with the plan layers, the summary, the travel bands and the comparison.
struct PlanReportContent
{
    QString title;
    QStringList summary;                     //!< lines under the title
    QList<QgsMapLayer *> layers;             //!< top first; not owned
    QgsRectangle extent;                     //!< EPSG:4548
    QList<std::pair<QString, double>> bands; //!< band label, people
    QList<ComparisonRow> comparison;
    QString dataNotice;
};

/*!
 * \brief The plan report: one A4 landscape page through a QGIS print layout — the map on the left, the summary,
 * people by travel band and the last two plans side by side on the right, the print time (Beijing time) below.
 */
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(cp::app::PlanReport)

public:
    //! Writes \a content to \a pdfPath; false with a translated \a error naming the file when it cannot.
    static bool exportPdf(const PlanReportContent &content, const QString &pdfPath, QString *error);
};

} // namespace cp::app
