// SPDX-License-Identifier: GPL-2.0-or-later
// The incident's response plan as the officer sees it: grouped by the plan's parts, overdue steps
// red, "Done" asking the session to tick, the session's tick redrawn with who and when.
#include "ui/planchecklist.h"

#include "dispatch/incidentsession.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace cp;
using dispatch::PlanSection;

namespace {

const QString duty = QStringLiteral("duty1");

dispatch::ResponsePlanBook plans()
{
    dispatch::ResponsePlanBook book;
    QString error;
    const bool added = book.add(
        {QStringLiteral("hazchem"), QStringLiteral("toxic_leak"), QStringLiteral("Toxic gas leak"),
         {{QStringLiteral("g01"), PlanSection::ResponseGrading, {}, QStringLiteral("duty chief"), QStringLiteral("judge the level"), 15},
          {QStringLiteral("m01"), PlanSection::Measures, {}, QStringLiteral("command post"), QStringLiteral("close the valves"), 30},
          {QStringLiteral("m02"), PlanSection::Measures, {core::ResponseLevel::I}, QStringLiteral("command post"),
           QStringLiteral("evacuate 5 km downwind"), 30},
          {QStringLiteral("r01"), PlanSection::Reporting, {}, QStringLiteral("duty chief"), QStringLiteral("report to the city"), 60}}},
        &error);
    Q_ASSERT_X(added, "plans", qPrintable(error));
    return book;
}

QTreeWidgetItem *stepRow(QTreeWidget *tree, const QString &stepId)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r) {
            QTreeWidgetItem *row = tree->topLevelItem(g)->child(r);
            if (row->data(ui::PlanChecklist::Step, Qt::UserRole).toString() == stepId)
                return row;
        }
    }
    return nullptr;
}

} // namespace

class TestPlanChecklist : public QObject
{
    Q_OBJECT

private:
    dispatch::IncidentSession *m_session = nullptr;
    QString m_id;
    QDateTime m_opened;

private slots:
    void init()
    {
        m_session = new dispatch::IncidentSession(nullptr, this);
        m_session->setResponsePlans(plans());
        core::Incident draft;
        draft.title = QStringLiteral("氯气泄漏");
        draft.sectorId = QStringLiteral("hazchem");
        draft.incidentType = QStringLiteral("toxic_leak");
        draft.responseLevel = core::ResponseLevel::III;
        m_opened = QDateTime(QDate(2026, 12, 6), QTime(19, 0), Qt::UTC); // 03:00 Beijing time
        QString error;
        const std::optional<core::Incident> opened = m_session->open(draft, duty, m_opened, &error);
        QVERIFY2(opened, qPrintable(error));
        m_id = opened->id;
    }

    void cleanup() { delete m_session; }

    void showsTheLevelsStepsByPartWithTheirDueTimes()
    {
        ui::PlanChecklist checklist(*m_session);
        checklist.setIncident(m_id);
        checklist.refresh(m_opened.addSecs(10 * 60));
        QTreeWidget *tree = checklist.tree();
        QCOMPARE(tree->topLevelItemCount(), 3); // no support step in this plan
        QCOMPARE(tree->topLevelItem(0)->text(ui::PlanChecklist::Step),
                 QStringLiteral("%1 (0/1 done)").arg(dispatch::displayName(PlanSection::ResponseGrading)));
        QCOMPARE(tree->topLevelItem(1)->childCount(), 1); // m02 is for level I only
        QVERIFY(!stepRow(tree, QStringLiteral("m02")));
        const QTreeWidgetItem *grading = stepRow(tree, QStringLiteral("g01"));
        QVERIFY(grading);
        QCOMPARE(grading->text(ui::PlanChecklist::Step), QStringLiteral("duty chief: judge the level"));
        QCOMPARE(grading->text(ui::PlanChecklist::Due), QStringLiteral("03:15")); // Beijing time, the day of now
        QCOMPARE(grading->text(ui::PlanChecklist::Left), QStringLiteral("5 min left"));
        QCOMPARE(checklist.overdue(), 0);
    }

    void overdueStepsAreRedAndCounted()
    {
        ui::PlanChecklist checklist(*m_session);
        checklist.setIncident(m_id);
        QSignalSpy overdue(&checklist, &ui::PlanChecklist::overdueChanged);
        checklist.refresh(m_opened.addSecs(40 * 60));
        QCOMPARE(checklist.overdue(), 2); // g01 (15 min) and m01 (30 min); r01 has 20 min left
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.at(0).at(0).toInt(), 2);
        const QTreeWidgetItem *late = stepRow(checklist.tree(), QStringLiteral("m01"));
        QCOMPARE(late->text(ui::PlanChecklist::Left), QStringLiteral("10 min overdue"));
        QCOMPARE(late->background(ui::PlanChecklist::Step).color(), QColor(0xc6, 0x28, 0x28));
        const QTreeWidgetItem *inTime = stepRow(checklist.tree(), QStringLiteral("r01"));
        QCOMPARE(inTime->background(ui::PlanChecklist::Step).style(), Qt::NoBrush);
    }

    void doneAsksTheSessionAndShowsWhoTickedIt()
    {
        ui::PlanChecklist checklist(*m_session);
        checklist.setIncident(m_id);
        checklist.refresh(m_opened.addSecs(40 * 60));
        QVERIFY(!checklist.doneButton()->isEnabled());
        QSignalSpy asked(&checklist, &ui::PlanChecklist::tickRequested);
        checklist.tree()->setCurrentItem(stepRow(checklist.tree(), QStringLiteral("m01")));
        QVERIFY(checklist.doneButton()->isEnabled());
        checklist.doneButton()->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), m_id);
        QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("m01"));
        // The widget changes nothing itself: the row is still open until the session ticks it.
        QCOMPARE(stepRow(checklist.tree(), QStringLiteral("m01"))->text(ui::PlanChecklist::Left), QStringLiteral("10 min overdue"));
        QString error;
        QVERIFY2(m_session->tickPlanStep(m_id, QStringLiteral("m01"), duty, m_opened.addSecs(35 * 60), &error), qPrintable(error));
        QVERIFY(stepRow(checklist.tree(), QStringLiteral("m01"))->text(ui::PlanChecklist::Left).startsWith(QStringLiteral("done by duty1")));
        checklist.refresh(m_opened.addSecs(40 * 60)); // the session's change redrew it at the real time; now at the test's
        const QTreeWidgetItem *done = stepRow(checklist.tree(), QStringLiteral("m01"));
        QCOMPARE(done->text(ui::PlanChecklist::Left), QStringLiteral("done by duty1 03:35, 5 min late"));
        QCOMPARE(done->background(ui::PlanChecklist::Step).style(), Qt::NoBrush);
        QVERIFY(!checklist.doneButton()->isEnabled()); // a ticked step is not ticked twice
    }

    void anIncidentWithoutAPlanSaysSo()
    {
        ui::PlanChecklist checklist(*m_session);
        core::Incident draft;
        draft.title = QStringLiteral("road accident");
        QString error;
        const std::optional<core::Incident> opened = m_session->open(draft, duty, m_opened, &error);
        QVERIFY2(opened, qPrintable(error));
        checklist.setIncident(opened->id);
        QCOMPARE(checklist.tree()->topLevelItemCount(), 0);
        QVERIFY(checklist.findChild<QLabel *>(QStringLiteral("planTitle"))->text().contains(QStringLiteral("no response plan")));
    }
};

QTEST_MAIN(TestPlanChecklist)
#include "tst_planchecklist.moc"
