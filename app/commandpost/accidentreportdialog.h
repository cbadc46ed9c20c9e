// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/accidentreport.h"
#include "dispatch/incidentsession.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cp::app {

/*!
 * \brief The accident report (事故快报) of an incident as a form: every field of 493号 art.12, the kind
 * of report the session takes next, and the grade the figures give shown live beside the officer's.
 *
 * Prefilled from the last version submitted, or for the first one from the incident (its title as the
 * unit, its opening time, its place). Submit forwards the report to IncidentSession::submitReport();
 * a refusal is shown in the dialog with the field it names marked, and the dialog stays open with
 * everything typed.
 */
class AccidentReportDialog : public QDialog
{
    Q_OBJECT

public:
    //! \a session must outlive the dialog; \a user is who submits.
    AccidentReportDialog(dispatch::IncidentSession &session, const QString &incidentId, const QString &user,
                         QWidget *parent = nullptr);

    //! The report as the form stands (not yet numbered or stamped).
    dispatch::AccidentReport report() const;
    //! The editor of \a field, or nullptr for the fields the session sets (version, submission).
    QWidget *editor(dispatch::ReportField field) const { return m_editors.value(field); }
    //! Submits the form; true and accepted when the session stored it, else the refusal is shown.
    bool submit();
    //! The version stored by the last successful submit().
    const std::optional<dispatch::AccidentReport> &stored() const { return m_stored; }

private:
    void prefill(const dispatch::AccidentReport &from);
    void showGrade();
    //! Shows the session's refusal \a text and marks the field reportProblem() names in \a report at \a now.
    void showProblem(const QString &text, const dispatch::AccidentReport &report, const QDateTime &now);

    dispatch::IncidentSession &m_session;
    QString m_incidentId;
    QString m_user;
    std::optional<dispatch::AccidentReport> m_stored;
    QMap<dispatch::ReportField, QWidget *> m_editors;

    QComboBox *m_kind;
    QLineEdit *m_unit;
    QDateTimeEdit *m_occurredAt;
    QLineEdit *m_place;
    QPlainTextEdit *m_account;
    QSpinBox *m_deaths;
    QSpinBox *m_missing;
    QSpinBox *m_injured;
    QDoubleSpinBox *m_loss;
    QPlainTextEdit *m_measures;
    QLineEdit *m_reporter;
    QLineEdit *m_phone;
    QComboBox *m_officerGrade;
    QLabel *m_computedGrade;
    QLabel *m_gradeNote;
    QLabel *m_problem;
    QPushButton *m_submit;
};

} // namespace cp::app
