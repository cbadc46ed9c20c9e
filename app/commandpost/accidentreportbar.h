// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/incidentsession.h"

#include <QGroupBox>
#include <QTimer>

#include <functional>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cp::app {

class ReportDeadlineBanner;

/*!
 * \brief The accident reports (事故快报) of the current incident in the incident dock: the reporting
 * deadlines as countdowns, the versions submitted, "New report…" and "Print…" for the chosen version.
 *
 * A view of dispatch::IncidentSession: the deadlines come from reportDeadlines(), the kinds offered
 * from IncidentSession::nextReportKinds(); a timer redraws the countdowns every 30 s.
 */
class AccidentReportBar : public QGroupBox
{
    Q_OBJECT

public:
    //! \a session must outlive the bar; \a user gives who is at the desk when a report is submitted.
    AccidentReportBar(dispatch::IncidentSession &session, std::function<QString()> user, QWidget *parent = nullptr);

    //! Shows the reports of \a incidentId (empty for none), with the deadlines as they stand now.
    void setIncident(const QString &incidentId);
    //! Shows the deadlines as they stand at \a now (the timer passes the present; tests pass their own).
    void showDeadlinesAt(const QDateTime &now);
    //! Prints the version in row \a row of the list to \a pdfPath; false with \a error.
    bool printVersion(int row, const QString &pdfPath, QString *error) const;

signals:
    //! Emitted with a translated message for the status bar.
    void message(const QString &text);

private:
    void showVersions();
    void newReport();
    void askAndPrint();

    dispatch::IncidentSession &m_session;
    std::function<QString()> m_user;
    QString m_incidentId;
    QTimer m_countdown;

    ReportDeadlineBanner *m_deadlines;
    QStandardItemModel *m_versionRows;
    QTableView *m_versions;
    QPushButton *m_newReport;
    QPushButton *m_print;
};

} // namespace cp::app
