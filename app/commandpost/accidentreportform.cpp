// SPDX-License-Identifier: GPL-2.0-or-later
#include "accidentreportform.h"

#include "core/beijingtime.h"

#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <utility>

namespace cp::app {

namespace {

using Row = std::pair<QString, QString>;

QList<Row> rows(const dispatch::AccidentReport &r)
{
    using dispatch::ReportField;
    using dispatch::fieldLabel;
    const QLocale locale;
    return {
        {fieldLabel(ReportField::Incident), r.incidentId},
        {fieldLabel(ReportField::Unit), r.unit},
        {fieldLabel(ReportField::OccurredAt), AccidentReportForm::tr("%1 (Beijing time)").arg(core::beijingText(r.occurredAt))},
        {fieldLabel(ReportField::Place), r.place},
        {fieldLabel(ReportField::Account), r.account},
        {fieldLabel(ReportField::Deaths), locale.toString(r.deaths)},
        {fieldLabel(ReportField::Missing), locale.toString(r.missing)},
        {fieldLabel(ReportField::SeriouslyInjured), locale.toString(r.seriouslyInjured)},
        {fieldLabel(ReportField::DirectLoss), locale.toString(r.directLossYuan, 'f', 0)},
        {fieldLabel(ReportField::Measures), r.measures},
        {fieldLabel(ReportField::OfficerGrade), dispatch::displayName(r.officerGrade)},
        {AccidentReportForm::tr("Grade by the figures (493号 art.3)"), dispatch::displayName(r.computedGrade())},
        {fieldLabel(ReportField::Reporter), r.reporter},
        {fieldLabel(ReportField::ReporterPhone), r.reporterPhone},
    };
}

} // namespace

bool AccidentReportForm::print(const dispatch::AccidentReport &report, const QString &pdfPath, QString *error)
{
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Production safety accident report"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write the accident report to %1.").arg(pdfPath);
        return false;
    }
    const QRect page = painter.viewport();
    const int dotsPerMm = writer.resolution() * 10 / 254;
    QFont font = painter.font();

    font.setPointSize(18);
    font.setBold(true);
    painter.setFont(font);
    const QRect title(page.left(), page.top(), page.width(), 12 * dotsPerMm);
    painter.drawText(title, Qt::AlignHCenter | Qt::AlignVCenter, tr("Production safety accident report"));
    font.setPointSize(11);
    font.setBold(false);
    painter.setFont(font);
    const QRect subtitle(page.left(), title.bottom(), page.width(), 8 * dotsPerMm);
    painter.drawText(subtitle, Qt::AlignHCenter | Qt::AlignVCenter,
                     tr("%1 · version %2").arg(dispatch::displayName(report.kind)).arg(report.version));

    // Two columns, label and value; each row as high as its wrapped label or value.
    const int labelWidth = page.width() * 3 / 10;
    const int padding = 2 * dotsPerMm;
    int y = subtitle.bottom() + 4 * dotsPerMm;
    font.setPointSize(10);
    painter.setFont(font);
    const int valueWidth = page.width() - labelWidth - 2 * padding;
    for (const Row &row : rows(report)) {
        const QRect label = painter.boundingRect(QRect(0, 0, labelWidth - 2 * padding, page.height()), Qt::TextWordWrap, row.first);
        const QRect value = painter.boundingRect(QRect(0, 0, valueWidth, page.height()), Qt::TextWordWrap, row.second);
        const int height = std::max({label.height(), value.height(), painter.fontMetrics().height()}) + 2 * padding;
        if (y + height > page.bottom()) {
            writer.newPage();
            y = page.top();
        }
        painter.drawRect(page.left(), y, labelWidth, height);
        painter.drawRect(page.left() + labelWidth, y, page.width() - labelWidth, height);
        painter.drawText(QRect(page.left() + padding, y + padding, labelWidth - 2 * padding, height - 2 * padding),
                         Qt::TextWordWrap, row.first);
        painter.drawText(QRect(page.left() + labelWidth + padding, y + padding, valueWidth, height - 2 * padding),
                         Qt::TextWordWrap, row.second);
        y += height;
    }
    y += 6 * dotsPerMm;
    painter.drawText(QRect(page.left(), y, page.width(), 8 * dotsPerMm), Qt::AlignLeft,
                     tr("Submitted by %1 at %2 (Beijing time)").arg(report.submittedBy, core::beijingText(report.submittedAt)));
    if (!painter.end()) {
        *error = tr("Cannot write the accident report to %1.").arg(pdfPath);
        return false;
    }
    return true;
}

} // namespace cp::app
