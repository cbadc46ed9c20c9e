// SPDX-License-Identifier: GPL-2.0-or-later
// The accident report (事故快报) at the desk: the dialog's prefill, live grade and refusals, the versions it
// submits, the printed form, the deadlines bar in the incident panel. With COMMANDPOST_ACCIDENT_REPORT_SCREENSHOT=FILE.png
// set, one more function saves the panel and the dialog in Chinese on the demo data
// (docs/screenshots/accident-report.png is made so).
#include "../map/qgistestapp.h"
#include "accidentreportbar.h"
#include "accidentreportdialog.h"
#include "accidentreportform.h"
#include "incidentpanel.h"
#include "incidentresources.h"
#include "reportdeadlinebanner.h"
#include "testpaths.h"

#include "core/translations.h"
#include "sectors/sectorregistry.h"
#include "storage/registrylayers.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace cp;
using dispatch::ReportField;
using dispatch::ReportKind;

namespace {

const QString duty = QStringLiteral("duty1");

template<typename Editor>
Editor *editorOf(const app::AccidentReportDialog &dialog, ReportField field)
{
    return qobject_cast<Editor *>(dialog.editor(field));
}

//! Fills what the incident cannot give: the account, the measures and a phone number.
void fillTheRest(app::AccidentReportDialog &dialog)
{
    editorOf<QPlainTextEdit>(dialog, ReportField::Account)->setPlainText(QStringLiteral("储罐区甲苯泄漏起火"));
    editorOf<QPlainTextEdit>(dialog, ReportField::Measures)->setPlainText(QStringLiteral("疏散厂区人员，消防救援站到场"));
    editorOf<QLineEdit>(dialog, ReportField::ReporterPhone)->setText(QStringLiteral("0537-7321234"));
}

//! In whole minutes, as the dialog's time edit shows them.
QDateTime wholeMinutesAgo(int minutes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC).addSecs(-60 * minutes);
}

QString labelText(const QWidget &parent, const char *name)
{
    return parent.findChild<QLabel *>(QLatin1String(name))->text();
}

} // namespace

class TestAccidentReport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<dispatch::IncidentSession>(nullptr);
        core::Incident draft;
        draft.title = QStringLiteral("梁山盛通化工有限公司");
        draft.sectorId = QStringLiteral("hazchem");
        draft.position = {116.09512, 35.80231};
        QString error;
        const auto opened = m_session->open(draft, duty, m_openedAt, &error);
        QVERIFY2(opened, qPrintable(error));
        m_id = opened->id;
    }

    void theFirstReportIsPrefilledFromTheIncidentAndTheNextFromThePrevious()
    {
        app::AccidentReportDialog first(*m_session, m_id, duty);
        const dispatch::AccidentReport draft = first.report();
        QCOMPARE(draft.unit, QStringLiteral("梁山盛通化工有限公司"));
        QCOMPARE(draft.occurredAt, m_openedAt);
        QCOMPARE(draft.place, QStringLiteral("116.09512 E, 35.80231 N"));
        QCOMPARE(draft.reporter, duty);
        QCOMPARE(draft.kind, ReportKind::Initial);
        QCOMPARE(editorOf<QComboBox>(first, ReportField::Kind)->count(), 1);
        fillTheRest(first);
        editorOf<QSpinBox>(first, ReportField::SeriouslyInjured)->setValue(4);
        QVERIFY(first.submit());

        app::AccidentReportDialog next(*m_session, m_id, duty);
        QCOMPARE(next.report().reporterPhone, QStringLiteral("0537-7321234"));
        QCOMPARE(next.report().account, QStringLiteral("储罐区甲苯泄漏起火"));
        QCOMPARE(next.report().seriouslyInjured, 4);
        QCOMPARE(next.report().kind, ReportKind::FollowUp);
        QCOMPARE(editorOf<QComboBox>(next, ReportField::Kind)->count(), 2);
    }

    void theComputedGradeFollowsTheFiguresAcrossAThreshold()
    {
        app::AccidentReportDialog dialog(*m_session, m_id, duty);
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("gradeNote"));
        auto *deaths = editorOf<QSpinBox>(dialog, ReportField::Deaths);
        deaths->setValue(2);
        QCOMPARE(labelText(dialog, "computedGrade"), dispatch::displayName(dispatch::AccidentGrade::General));
        QVERIFY(note->isHidden());
        // 3 dead is 较大 ("以上" includes the bound); the officer still says 一般, so the note shows.
        deaths->setValue(3);
        QCOMPARE(labelText(dialog, "computedGrade"), dispatch::displayName(dispatch::AccidentGrade::Larger));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(dispatch::displayName(dispatch::AccidentGrade::General)));
        auto *grade = editorOf<QComboBox>(dialog, ReportField::OfficerGrade);
        grade->setCurrentIndex(grade->findData(int(dispatch::AccidentGrade::Larger)));
        QVERIFY(note->isHidden());
        // The missing count with the dead; the loss reaches 重大 at 5000万 on its own.
        deaths->setValue(0);
        editorOf<QSpinBox>(dialog, ReportField::Missing)->setValue(3);
        QCOMPARE(labelText(dialog, "computedGrade"), dispatch::displayName(dispatch::AccidentGrade::Larger));
        editorOf<QDoubleSpinBox>(dialog, ReportField::DirectLoss)->setValue(5e7);
        QCOMPARE(labelText(dialog, "computedGrade"), dispatch::displayName(dispatch::AccidentGrade::Major));
        QVERIFY(!note->isHidden());
    }

    void aRefusedSubmitKeepsTheDialogOpenAndNamesTheField()
    {
        app::AccidentReportDialog dialog(*m_session, m_id, duty);
        dialog.show();
        fillTheRest(dialog);
        auto *phone = editorOf<QLineEdit>(dialog, ReportField::ReporterPhone);
        phone->setText(QStringLiteral("call the plant"));
        QVERIFY(!dialog.submit());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_session->reports(m_id).isEmpty());
        const QString problem = labelText(dialog, "problem");
        QVERIFY2(problem.contains(dispatch::fieldLabel(ReportField::ReporterPhone)), qPrintable(problem));
        QVERIFY(!phone->styleSheet().isEmpty());
        QCOMPARE(dialog.focusWidget(), phone);
        // Nothing typed is lost, and the corrected form goes through.
        QCOMPARE(dialog.report().account, QStringLiteral("储罐区甲苯泄漏起火"));
        phone->setText(QStringLiteral("0537-7321234"));
        QVERIFY(dialog.submit());
        QCOMPARE(m_session->reports(m_id).size(), 1);
    }

    void reportsAreNumberedInitialThenFollowUpAndNothingAfterTheFinal()
    {
        app::AccidentReportBar bar(*m_session, [] { return duty; });
        bar.setIncident(m_id);
        auto *newReport = bar.findChild<QPushButton *>(QStringLiteral("newReport"));
        const QAbstractItemModel *versions = bar.findChild<QTableView *>()->model();
        QVERIFY(newReport->isEnabled());
        for (const ReportKind kind : {ReportKind::Initial, ReportKind::FollowUp, ReportKind::Final}) {
            app::AccidentReportDialog dialog(*m_session, m_id, duty);
            fillTheRest(dialog);
            auto *kinds = editorOf<QComboBox>(dialog, ReportField::Kind);
            kinds->setCurrentIndex(kinds->findData(int(kind)));
            QVERIFY(dialog.submit());
            QCOMPARE(dialog.stored()->kind, kind);
            QCOMPARE(dialog.stored()->submittedBy, duty);
            bar.setIncident(m_id);
        }
        const QList<dispatch::AccidentReport> sent = m_session->reports(m_id);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[0].kind, ReportKind::Initial);
        QCOMPARE(sent[1].kind, ReportKind::FollowUp);
        QCOMPARE(sent[1].version, 2);
        QCOMPARE(versions->rowCount(), 3);
        QCOMPARE(versions->index(1, 1).data().toString(), dispatch::displayName(ReportKind::FollowUp));
        // Print… asks for a version chosen in the list.
        auto *print = bar.findChild<QPushButton *>(QStringLiteral("printReport"));
        QVERIFY(!print->isEnabled());
        bar.findChild<QTableView *>()->selectRow(1);
        QVERIFY(print->isEnabled());
        QString error;
        QVERIFY(!bar.printVersion(3, QStringLiteral("unused.pdf"), &error));
        QCOMPARE(error, QStringLiteral("Choose a report version to print."));
        // After the 终报 nothing is offered: no button, and a dialog opened anyway has no kind to submit.
        QVERIFY(!newReport->isEnabled());
        app::AccidentReportDialog after(*m_session, m_id, duty);
        QCOMPARE(editorOf<QComboBox>(after, ReportField::Kind)->count(), 0);
        QVERIFY(!after.findChild<QPushButton *>(QStringLiteral("submit"))->isEnabled());
        QVERIFY(!after.submit());
        QCOMPARE(m_session->reports(m_id).size(), 3);
    }

    void theBannerShowsAnOverdueDeadlineInRed()
    {
        app::AccidentReportBar bar(*m_session, [] { return duty; });
        bar.setIncident(m_id);
        auto *banner = bar.findChild<app::ReportDeadlineBanner *>();
        const QString red = app::ReportDeadlineBanner::overdueColor().name();
        bar.showDeadlinesAt(m_openedAt.addSecs(30 * 60));
        QVERIFY2(!banner->text().contains(red), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(dispatch::countdownText(30 * 60 * 1000)));
        // 61 minutes after the accident the 1 h initial report is overdue; the 2 h upward one is not yet.
        bar.showDeadlinesAt(m_openedAt.addSecs(61 * 60));
        const QString overdue = dispatch::countdownText(-60 * 1000);
        QVERIFY2(banner->text().contains(QStringLiteral("color: %1\">%2: %3")
                                             .arg(red, dispatch::displayName(dispatch::DeadlineKind::InitialReport), overdue)),
                 qPrintable(banner->text()));
        QCOMPARE(banner->text().count(red), 1);
    }

    void thePanelShowsTheReportsOfItsIncident()
    {
        sectors::SectorRegistry sectors;
        app::IncidentPanel panel(sectors, *m_session, nullptr);
        panel.showIncident(m_id);
        const QAbstractItemModel *versions = panel.findChild<app::AccidentReportBar *>()->findChild<QTableView *>()->model();
        QCOMPARE(versions->rowCount(), 0);
        app::AccidentReportDialog dialog(*m_session, m_id, duty);
        fillTheRest(dialog);
        QVERIFY(dialog.submit());
        // The session's change reaches the bar through the panel's refresh.
        QCOMPARE(versions->rowCount(), 1);
        QCOMPARE(versions->index(0, 2).data().toString(), duty);
    }

    //! Last but one, as it installs the Chinese translation.
    void theFormIsPrintedWithTheChineseTitleAndTheFigures()
    {
        core::installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China));
        app::AccidentReportDialog dialog(*m_session, m_id, duty);
        fillTheRest(dialog);
        editorOf<QSpinBox>(dialog, ReportField::Deaths)->setValue(7);
        editorOf<QSpinBox>(dialog, ReportField::SeriouslyInjured)->setValue(23);
        editorOf<QDoubleSpinBox>(dialog, ReportField::DirectLoss)->setValue(12345678);
        QVERIFY(dialog.submit());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(app::AccidentReportForm::print(*dialog.stored(), pdf, &error), qPrintable(error));
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        QVERIFY(!app::AccidentReportForm::print(*dialog.stored(), dir.filePath(QStringLiteral("no/such/dir/r.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/dir")));

        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) runs");
        QCOMPARE(text.exitCode(), 0);
        // Qt's PDF engine maps a glyph that Noto CJK shares between an ideograph and its Kangxi radical (火 and ⽕)
        // to the radical in the text layer; NFKC brings the ideograph back, as a search that folds them does.
        const QString printed = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        for (const QString &expected : {QStringLiteral("生产安全事故快报"), QStringLiteral("储罐区甲苯泄漏起火"), QStringLiteral("23"),
                                        QLocale().toString(12345678.0, 'f', 0), duty,
                                        dispatch::displayName(dispatch::AccidentGrade::Larger)})
            QVERIFY2(printed.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + printed));
    }

    //! Writes docs/screenshots/accident-report.png's source when COMMANDPOST_ACCIDENT_REPORT_SCREENSHOT=FILE.png is set.
    void screenshotOfTheReportDeskInChinese()
    {
        const QString shot = qEnvironmentVariable("COMMANDPOST_ACCIDENT_REPORT_SCREENSHOT");
        if (shot.isEmpty())
            QSKIP("set COMMANDPOST_ACCIDENT_REPORT_SCREENSHOT=FILE.png to write the screenshot");
        core::installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        sectors::SectorRegistry sectors;
        sectors.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
        const QString demo = test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg"));
        QString error;
        const auto registry = storage::RegistryLayers::read(demo, &error);
        QVERIFY2(registry, qPrintable(error));
        dispatch::IncidentSession session(nullptr);
        app::IncidentPanel panel(sectors, session, nullptr);
        QStringList planProblems;
        QVERIFY2(app::loadIncidentResources(demo, nullptr, session, panel, &planProblems, &error), qPrintable(error));
        const auto plant = std::find_if(registry->enterprises.cbegin(), registry->enterprises.cend(),
                                        [](const core::Enterprise &e) { return e.sectorId == QLatin1String("hazchem"); });
        QVERIFY(plant != registry->enterprises.cend());
        core::Alarm alarm;
        alarm.key.enterpriseId = plant->id;
        alarm.key.sensorId = QStringLiteral("GT-01");
        alarm.key.kind = QStringLiteral("combustible_gas");
        alarm.sectorId = plant->sectorId;
        alarm.responseLevel = core::ResponseLevel::III;
        QVERIFY2(panel.openFromAlarm(alarm, &error), qPrintable(error));
        QVERIFY(panel.dispatchProposed() > 0);
        app::AccidentReportDialog first(session, panel.incident().id, duty);
        fillTheRest(first);
        editorOf<QSpinBox>(first, ReportField::SeriouslyInjured)->setValue(2);
        QVERIFY(first.submit());

        app::AccidentReportDialog next(session, panel.incident().id, duty);
        editorOf<QSpinBox>(next, ReportField::Deaths)->setValue(1);
        editorOf<QSpinBox>(next, ReportField::Missing)->setValue(2);
        panel.resize(640, 960);
        next.adjustSize();
        QPixmap picture(panel.width() + next.width() + 24, qMax(panel.height(), next.height()));
        picture.fill(panel.palette().color(QPalette::Window).darker(115));
        QPainter painter(&picture);
        painter.drawPixmap(0, 0, panel.grab());
        painter.drawPixmap(panel.width() + 24, 0, next.grab());
        painter.end();
        QVERIFY(picture.save(shot));
    }

private:
    std::unique_ptr<dispatch::IncidentSession> m_session;
    QString m_id;
    const QDateTime m_openedAt = wholeMinutesAgo(20);
};

COMMANDPOST_QGIS_TEST_MAIN(TestAccidentReport)
#include "tst_accidentreport.moc"
