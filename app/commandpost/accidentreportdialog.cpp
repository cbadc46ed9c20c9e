// SPDX-License-Identifier: GPL-2.0-or-later
#include "accidentreportdialog.h"

#include "core/beijingtime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cp::app {

namespace {

const QString problemStyle = QStringLiteral("color: #b00020");
const QString markedStyle = QStringLiteral("border: 2px solid #b00020");

QSpinBox *countEditor(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 1000000);
    return spin;
}

QPlainTextEdit *textEditor(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

} // namespace

AccidentReportDialog::AccidentReportDialog(dispatch::IncidentSession &session, const QString &incidentId,
                                           const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_user(user)
{
    using dispatch::ReportField;
    m_kind = new QComboBox(this);
    for (dispatch::ReportKind kind : m_session.nextReportKinds(incidentId))
        m_kind->addItem(dispatch::displayName(kind), int(kind));
    m_unit = new QLineEdit(this);
    m_occurredAt = new QDateTimeEdit(this);
    // The edit holds the Beijing wall time as UTC, which has no daylight saving to skip or repeat an hour.
    m_occurredAt->setTimeSpec(Qt::UTC);
    m_occurredAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_occurredAt->setCalendarPopup(true);
    m_place = new QLineEdit(this);
    m_account = textEditor(this);
    m_deaths = countEditor(this);
    m_missing = countEditor(this);
    m_injured = countEditor(this);
    m_loss = new QDoubleSpinBox(this);
    m_loss->setRange(0, 1e12);
    m_loss->setDecimals(0);
    m_loss->setSingleStep(10000);
    m_loss->setGroupSeparatorShown(true);
    m_measures = textEditor(this);
    m_reporter = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_officerGrade = new QComboBox(this);
    for (dispatch::AccidentGrade grade : {dispatch::AccidentGrade::General, dispatch::AccidentGrade::Larger,
                                          dispatch::AccidentGrade::Major, dispatch::AccidentGrade::ParticularlyMajor})
        m_officerGrade->addItem(dispatch::displayName(grade), int(grade));
    m_computedGrade = new QLabel(this);
    m_computedGrade->setObjectName(QStringLiteral("computedGrade"));
    m_gradeNote = new QLabel(this);
    m_gradeNote->setObjectName(QStringLiteral("gradeNote"));
    m_gradeNote->setWordWrap(true);
    m_gradeNote->setStyleSheet(problemStyle);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(problemStyle);
    m_problem->hide();

    m_editors = {{ReportField::Kind, m_kind},         {ReportField::Unit, m_unit},
                 {ReportField::OccurredAt, m_occurredAt}, {ReportField::Place, m_place},
                 {ReportField::Account, m_account},   {ReportField::Deaths, m_deaths},
                 {ReportField::Missing, m_missing},   {ReportField::SeriouslyInjured, m_injured},
                 {ReportField::DirectLoss, m_loss},   {ReportField::Measures, m_measures},
                 {ReportField::Reporter, m_reporter}, {ReportField::ReporterPhone, m_phone},
                 {ReportField::OfficerGrade, m_officerGrade}};

    auto *grade = new QHBoxLayout;
    grade->addWidget(m_officerGrade);
    grade->addWidget(new QLabel(tr("By the figures:"), this));
    grade->addWidget(m_computedGrade, 1);
    auto *form = new QFormLayout;
    for (ReportField field : {ReportField::Kind, ReportField::Unit, ReportField::OccurredAt, ReportField::Place,
                              ReportField::Account, ReportField::Deaths, ReportField::Missing,
                              ReportField::SeriouslyInjured, ReportField::DirectLoss, ReportField::Measures,
                              ReportField::Reporter, ReportField::ReporterPhone}) {
        form->addRow(dispatch::fieldLabel(field), m_editors.value(field));
    }
    form->addRow(dispatch::fieldLabel(ReportField::OfficerGrade), grade);
    form->addRow(QString(), m_gradeNote);
    auto *buttons = new QDialogButtonBox(this);
    // Our own Cancel: Qt's translations (qttranslations5-l10n) are not on every seat.
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_submit = buttons->addButton(tr("Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submit"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    const core::Incident *incident = m_session.incident(incidentId);
    setWindowTitle(tr("Accident report: %1").arg(incident ? incident->title : incidentId));
    const QList<dispatch::AccidentReport> sent = m_session.reports(incidentId);
    if (!sent.isEmpty()) {
        prefill(sent.last());
    } else if (incident) {
        dispatch::AccidentReport first;
        first.unit = incident->title;
        first.occurredAt = incident->openedAt;
        first.place = tr("%1 E, %2 N").arg(incident->position.lon, 0, 'f', 5).arg(incident->position.lat, 0, 'f', 5);
        first.reporter = user;
        prefill(first);
    }
    if (m_kind->count() == 0) {
        m_problem->setText(tr("Nothing follows the final report."));
        m_problem->show();
    }
    m_submit->setEnabled(m_kind->count() > 0);

    for (QSpinBox *count : {m_deaths, m_missing, m_injured})
        connect(count, qOverload<int>(&QSpinBox::valueChanged), this, &AccidentReportDialog::showGrade);
    connect(m_loss, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &AccidentReportDialog::showGrade);
    connect(m_officerGrade, qOverload<int>(&QComboBox::currentIndexChanged), this, &AccidentReportDialog::showGrade);
    connect(m_submit, &QPushButton::clicked, this, &AccidentReportDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showGrade();
}

void AccidentReportDialog::prefill(const dispatch::AccidentReport &from)
{
    m_unit->setText(from.unit);
    const QDateTime beijing = from.occurredAt.toTimeZone(core::beijingZone());
    m_occurredAt->setDateTime(QDateTime(beijing.date(), beijing.time(), Qt::UTC));
    m_place->setText(from.place);
    m_account->setPlainText(from.account);
    m_deaths->setValue(from.deaths);
    m_missing->setValue(from.missing);
    m_injured->setValue(from.seriouslyInjured);
    m_loss->setValue(from.directLossYuan);
    m_measures->setPlainText(from.measures);
    m_reporter->setText(from.reporter);
    m_phone->setText(from.reporterPhone);
    m_officerGrade->setCurrentIndex(m_officerGrade->findData(int(from.officerGrade)));
}

dispatch::AccidentReport AccidentReportDialog::report() const
{
    dispatch::AccidentReport r;
    r.incidentId = m_incidentId;
    r.kind = dispatch::ReportKind(m_kind->currentData().toInt());
    r.unit = m_unit->text();
    const QDateTime wall = m_occurredAt->dateTime();
    r.occurredAt = QDateTime(wall.date(), wall.time(), core::beijingZone());
    r.place = m_place->text();
    r.account = m_account->toPlainText();
    r.deaths = m_deaths->value();
    r.missing = m_missing->value();
    r.seriouslyInjured = m_injured->value();
    r.directLossYuan = m_loss->value();
    r.measures = m_measures->toPlainText();
    r.reporter = m_reporter->text();
    r.reporterPhone = m_phone->text();
    r.officerGrade = dispatch::AccidentGrade(m_officerGrade->currentData().toInt());
    return r;
}

void AccidentReportDialog::showGrade()
{
    const dispatch::AccidentReport r = report();
    const dispatch::AccidentGrade computed = r.computedGrade();
    m_computedGrade->setText(dispatch::displayName(computed));
    m_gradeNote->setText(tr("The figures give %1, not the %2 entered: check the figures or the grade.")
                             .arg(dispatch::displayName(computed), dispatch::displayName(r.officerGrade)));
    m_gradeNote->setVisible(computed != r.officerGrade);
}

bool AccidentReportDialog::submit()
{
    const dispatch::AccidentReport draft = report();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    m_stored = m_session.submitReport(draft, m_user, now, &error);
    if (!m_stored) {
        showProblem(error, draft, now);
        return false;
    }
    accept();
    return true;
}

void AccidentReportDialog::showProblem(const QString &text, const dispatch::AccidentReport &report, const QDateTime &now)
{
    for (QWidget *editor : qAsConst(m_editors))
        editor->setStyleSheet(QString());
    m_problem->setText(text);
    m_problem->show();
    dispatch::ReportField field = dispatch::ReportField::Incident;
    if (dispatch::reportProblem(report, now, &field).isEmpty())
        return;
    if (QWidget *marked = editor(field)) {
        marked->setStyleSheet(markedStyle);
        marked->setFocus();
    }
}

} // namespace cp::app
