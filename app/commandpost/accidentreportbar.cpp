// SPDX-License-Identifier: GPL-2.0-or-later
#include "accidentreportbar.h"

#include "accidentreportdialog.h"
#include "accidentreportform.h"
#include "reportdeadlinebanner.h"

#include "core/beijingtime.h"
#include "dispatch/reportdeadlines.h"
#include "ui/tableview.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace cp::app {

AccidentReportBar::AccidentReportBar(dispatch::IncidentSession &session, std::function<QString()> user, QWidget *parent)
    : QGroupBox(tr("Accident reports (事故快报)"), parent)
    , m_session(session)
    , m_user(std::move(user))
{
    m_deadlines = new ReportDeadlineBanner(this);
    m_versionRows = new QStandardItemModel(0, 4, this);
    m_versionRows->setHorizontalHeaderLabels({tr("Version"), tr("Report"), tr("Submitted by"), tr("Submitted at")});
    m_versions = ui::makeTableView(m_versionRows, this);
    m_versions->setMaximumHeight(m_versions->horizontalHeader()->sizeHint().height()
                                 + 2 * m_versions->verticalHeader()->defaultSectionSize() + 4);
    m_newReport = new QPushButton(tr("New report…"), this);
    m_newReport->setObjectName(QStringLiteral("newReport"));
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(QStringLiteral("printReport"));

    // The buttons beside the list, so the bar takes little of the incident dock's height.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_newReport);
    buttons->addWidget(m_print);
    buttons->addStretch();
    auto *versions = new QHBoxLayout;
    versions->addWidget(m_versions, 1);
    versions->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_deadlines);
    layout->addLayout(versions);

    connect(m_newReport, &QPushButton::clicked, this, &AccidentReportBar::newReport);
    connect(m_print, &QPushButton::clicked, this, &AccidentReportBar::askAndPrint);
    connect(m_versions->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_print->setEnabled(m_versions->selectionModel()->hasSelection()); });
    m_countdown.setInterval(30 * 1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] { showDeadlinesAt(QDateTime::currentDateTimeUtc()); });
    m_countdown.start();
    setIncident({});
}

void AccidentReportBar::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    showVersions();
    showDeadlinesAt(QDateTime::currentDateTimeUtc());
}

void AccidentReportBar::showDeadlinesAt(const QDateTime &now)
{
    const core::Incident *incident = m_session.incident(m_incidentId);
    if (!incident) {
        m_deadlines->clear();
        return;
    }
    // Until a report gives the time and the grade, the incident's opening and the lowest grade (the
    // shortest upward deadline) stand for them; afterwards those of the last version.
    const QList<dispatch::AccidentReport> sent = m_session.reports(m_incidentId);
    const QDateTime occurredAt = sent.isEmpty() ? incident->openedAt : sent.last().occurredAt;
    const dispatch::AccidentGrade grade = sent.isEmpty() ? dispatch::AccidentGrade::General : sent.last().officerGrade;
    m_deadlines->showDeadlines(dispatch::reportDeadlines(occurredAt, grade, sent,
                                                         dispatch::supplementaryWindowForSector(incident->sectorId), now));
}

void AccidentReportBar::showVersions()
{
    const QList<dispatch::AccidentReport> sent = m_session.reports(m_incidentId);
    m_versionRows->setRowCount(0);
    for (const dispatch::AccidentReport &r : sent) {
        m_versionRows->appendRow({new QStandardItem(QString::number(r.version)), new QStandardItem(dispatch::displayName(r.kind)),
                                  new QStandardItem(r.submittedBy), new QStandardItem(core::beijingText(r.submittedAt))});
    }
    m_versions->resizeColumnsToContents();
    m_newReport->setEnabled(!m_session.isReadOnly() && !m_session.nextReportKinds(m_incidentId).isEmpty());
    m_print->setEnabled(m_versions->selectionModel()->hasSelection());
}

void AccidentReportBar::newReport()
{
    AccidentReportDialog dialog(m_session, m_incidentId, m_user(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.stored())
        emit message(tr("%1 version %2 of incident %3 submitted.")
                         .arg(dispatch::displayName(dialog.stored()->kind))
                         .arg(dialog.stored()->version)
                         .arg(m_incidentId));
}

bool AccidentReportBar::printVersion(int row, const QString &pdfPath, QString *error) const
{
    const QList<dispatch::AccidentReport> sent = m_session.reports(m_incidentId);
    if (row < 0 || row >= sent.size()) {
        *error = tr("Choose a report version to print.");
        return false;
    }
    return AccidentReportForm::print(sent[row], pdfPath, error);
}

void AccidentReportBar::askAndPrint()
{
    const int row = m_versions->currentIndex().row();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print accident report"), QStringLiteral("%1-v%2.pdf").arg(m_incidentId, m_versionRows->index(row, 0).data().toString()),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (printVersion(row, path, &error))
        emit message(tr("Accident report printed to %1.").arg(path));
    else
        emit message(error);
}

} // namespace cp::app
