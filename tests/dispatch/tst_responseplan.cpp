// SPDX-License-Identifier: GPL-2.0-or-later
// Response plans: what a plan book refuses, the steps a level asks for, and the checklist's states
// (open, overdue, done, done late) at fixed times.
#include "dispatch/planchecklist.h"
#include "dispatch/responseplan.h"

#include <QtTest>

using namespace cp;
using namespace cp::dispatch;
using core::ResponseLevel;

Q_DECLARE_METATYPE(cp::dispatch::ResponsePlanStep)

namespace {

const QDateTime opened(QDate(2026, 7, 14), QTime(2, 10), Qt::UTC);

ResponsePlanStep step(const char *id, int limit, QList<ResponseLevel> levels = {})
{
    return {QString::fromLatin1(id), PlanSection::Measures, std::move(levels), QStringLiteral("command post"),
            QStringLiteral("do %1").arg(QString::fromLatin1(id)), limit};
}

ResponsePlan leakPlan()
{
    return {QStringLiteral("hazchem"), QStringLiteral("toxic_leak"), QStringLiteral("Toxic leak"),
            {step("leak.g01", 10), step("leak.g03", 30, {ResponseLevel::IV}),
             step("leak.g04", 30, {ResponseLevel::I, ResponseLevel::II, ResponseLevel::III}), step("leak.r05", 0)}};
}

core::Incident incidentAt(ResponseLevel level)
{
    core::Incident i;
    i.id = QStringLiteral("INC-1");
    i.sectorId = QStringLiteral("hazchem");
    i.incidentType = QStringLiteral("toxic_leak");
    i.responseLevel = level;
    i.openedAt = opened;
    return i;
}

PlanTick tick(const char *stepId, int minutesAfterOpening)
{
    return {QStringLiteral("INC-1"), QString::fromLatin1(stepId), opened.addSecs(minutesAfterOpening * 60), QStringLiteral("duty1")};
}

} // namespace

class TestResponsePlan : public QObject
{
    Q_OBJECT

private slots:
    void theBookRefusesBadStepsNamingThePlanAndTheStep_data()
    {
        QTest::addColumn<ResponsePlanStep>("bad");
        QTest::addColumn<QString>("message");
        ResponsePlanStep noWho = step("x.1", 10);
        noWho.who = QStringLiteral("  ");
        QTest::newRow("no one responsible") << noWho
                                            << QStringLiteral("response plan hazchem/fire, step \"x.1\": who is responsible is missing");
        ResponsePlanStep noWhat = step("x.1", 10);
        noWhat.what.clear();
        QTest::newRow("nothing to do") << noWhat << QStringLiteral("response plan hazchem/fire, step \"x.1\": what to do is missing");
        QTest::newRow("negative limit") << step("x.1", -1)
                                        << QStringLiteral("response plan hazchem/fire, step \"x.1\": time limit -1 min is outside 0 … 10080 min");
        QTest::newRow("over a week") << step("x.1", maxStepLimitMinutes + 1)
                                     << QStringLiteral("response plan hazchem/fire, step \"x.1\": time limit 10081 min is outside 0 … 10080 min");
        QTest::newRow("level none") << step("x.1", 10, {ResponseLevel::None})
                                    << QStringLiteral("response plan hazchem/fire, step \"x.1\": \"no response level\" is not a level a step can belong to");
        QTest::newRow("no id") << step("", 10) << QStringLiteral("response plan hazchem/fire: a step has no id");
    }

    void theBookRefusesBadStepsNamingThePlanAndTheStep()
    {
        QFETCH(ResponsePlanStep, bad);
        QFETCH(QString, message);
        ResponsePlanBook book;
        QString error;
        QVERIFY(!book.add({QStringLiteral("hazchem"), QStringLiteral("fire"), QStringLiteral("Fire"), {step("x.0", 5), bad}}, &error));
        QCOMPARE(error, message);
        QVERIFY(book.isEmpty());
    }

    void stepIdsAreUniqueAcrossTheBookAndPlansAcrossTypes()
    {
        ResponsePlanBook book;
        QString error;
        QVERIFY2(book.add(leakPlan(), &error), qPrintable(error));
        QVERIFY(!book.add(leakPlan(), &error));
        QCOMPARE(error, QStringLiteral("response plan hazchem/toxic_leak is given twice"));
        QVERIFY(!book.add({QStringLiteral("gas"), QStringLiteral("leak"), QStringLiteral("Gas leak"), {step("leak.g01", 5)}}, &error));
        QCOMPARE(error, QStringLiteral("response plan gas/leak, step \"leak.g01\": the id is already used by plan hazchem/toxic_leak"));
        QVERIFY(!book.add({QStringLiteral("gas"), QStringLiteral("leak"), QStringLiteral("Gas leak"), {step("g.1", 5), step("g.1", 6)}}, &error));
        QCOMPARE(error, QStringLiteral("response plan gas/leak, step \"g.1\": the id is already used by plan gas/leak"));
        QVERIFY(book.add({QStringLiteral("gas"), QStringLiteral("leak"), QStringLiteral("Gas leak"), {step("g.1", 5)}}, &error));
        QVERIFY(book.plan(QStringLiteral("gas"), QStringLiteral("leak")));
        QVERIFY(!book.plan(QStringLiteral("hazchem"), QStringLiteral("leak")));
        QCOMPARE(book.plans().size(), 2);
    }

    void eachLevelGetsItsSteps()
    {
        const ResponsePlan plan = leakPlan();
        const auto ids = [&](ResponseLevel level) {
            QStringList result;
            for (const ResponsePlanStep &s : plan.stepsFor(level))
                result << s.id;
            return result;
        };
        QCOMPARE(ids(ResponseLevel::IV), QStringList({"leak.g01", "leak.g03", "leak.r05"}));
        QCOMPARE(ids(ResponseLevel::III), QStringList({"leak.g01", "leak.g04", "leak.r05"}));
        QCOMPARE(ids(ResponseLevel::None), QStringList({"leak.g01", "leak.r05"}));
    }

    void theChecklistCountsFromTheOpening()
    {
        const QList<PlanTick> ticks = {tick("leak.g01", 8), tick("leak.g03", 31)};
        // 45 min in: g01 done in time, g03 done a minute late, r05 has no limit.
        const QList<ChecklistItem> items = planChecklist(leakPlan(), incidentAt(ResponseLevel::IV), ticks, opened.addSecs(45 * 60));
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).state, ChecklistState::Done);
        QCOMPARE(items.at(0).due, opened.addSecs(600));
        QCOMPARE(items.at(1).state, ChecklistState::DoneLate);
        QCOMPARE(items.at(2).state, ChecklistState::Open);
        QVERIFY(!items.at(2).due.isValid());
        QCOMPARE(items.at(2).msLeft(opened), 0);
        QCOMPARE(overdueCount(items), 0);
    }

    void aStepIsOverdueOnlyAfterItsLimit()
    {
        const core::Incident incident = incidentAt(ResponseLevel::III);
        const QList<ChecklistItem> atLimit = planChecklist(leakPlan(), incident, {}, opened.addSecs(30 * 60));
        QCOMPARE(atLimit.at(1).step.id, QStringLiteral("leak.g04"));
        QCOMPARE(atLimit.at(0).state, ChecklistState::Overdue); // 10 min limit, 30 min in
        QCOMPARE(atLimit.at(1).state, ChecklistState::Open);    // due now, not yet over
        QCOMPARE(atLimit.at(1).msLeft(opened.addSecs(29 * 60)), 60 * 1000);
        const QList<ChecklistItem> after = planChecklist(leakPlan(), incident, {}, opened.addSecs(30 * 60 + 1));
        QCOMPARE(after.at(1).state, ChecklistState::Overdue);
        QCOMPARE(overdueCount(after), 2);
        QCOMPARE(after.at(1).msLeft(opened.addSecs(31 * 60)), -60 * 1000);
    }

    void aTickedStepStaysWhenTheLevelChanges()
    {
        // Ticked at level IV, then the incident went up to III: g03 is not asked for any more but was done.
        const QList<ChecklistItem> items =
            planChecklist(leakPlan(), incidentAt(ResponseLevel::III), {tick("leak.g03", 20)}, opened.addSecs(3600));
        QStringList ids;
        for (const ChecklistItem &i : items)
            ids << i.step.id;
        QCOMPARE(ids, QStringList({"leak.g01", "leak.g03", "leak.g04", "leak.r05"}));
        QCOMPARE(items.at(1).state, ChecklistState::Done);
    }

    void ticksOfAnotherIncidentDoNotCount()
    {
        PlanTick other = tick("leak.g01", 1);
        other.incidentId = QStringLiteral("INC-2");
        const QList<ChecklistItem> items = planChecklist(leakPlan(), incidentAt(ResponseLevel::IV), {other}, opened.addSecs(3600));
        QCOMPARE(items.at(0).state, ChecklistState::Overdue);
    }

    void sectionsHaveStableKeys()
    {
        for (PlanSection s : {PlanSection::ResponseGrading, PlanSection::Measures, PlanSection::Reporting, PlanSection::Support}) {
            QCOMPARE(core::fromKey<PlanSection>(toKey(s)), std::optional<PlanSection>(s));
            QVERIFY(!displayName(s).isEmpty());
        }
        QCOMPARE(toKey(PlanSection::ResponseGrading), QStringLiteral("response_grading"));
        QVERIFY(!core::fromKey<PlanSection>(QStringLiteral("Measures")));
    }
};

QTEST_GUILESS_MAIN(TestResponsePlan)
#include "tst_responseplan.moc"
