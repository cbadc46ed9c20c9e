// SPDX-License-Identifier: GPL-2.0-or-later
// IncidentSession: several incidents, their lifecycle, orders and team status, supplies and stock,
// shelters, plan steps; a refused or failed action changes nothing; a GeoPackage store gives back
// exactly what was done.
#include "core/beijingtime.h"
#include "dispatch/accidentreportjson.h"
#include "dispatch/incidentsession.h"
#include "dispatch/incidenttimeline.h"
#include "storage/geopackagestore.h"
#include "testnetwork.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using namespace cp::dispatch;
using core::DispatchStatus;
using core::IncidentStatus;

namespace {

const QDateTime t0(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);
const QString duty1 = QStringLiteral("duty1");

//! The lifecycle of an order as the issue states it, written out by hand rather than asked of DispatchBook.
const QList<QPair<DispatchStatus, DispatchStatus>> allowedSteps = {
    {DispatchStatus::Dispatched, DispatchStatus::EnRoute},   {DispatchStatus::EnRoute, DispatchStatus::OnScene},
    {DispatchStatus::OnScene, DispatchStatus::Returning},    {DispatchStatus::Returning, DispatchStatus::Available},
    {DispatchStatus::Dispatched, DispatchStatus::Returning}, {DispatchStatus::EnRoute, DispatchStatus::Returning},
};

//! The steps that bring a new order to \a status.
QList<DispatchStatus> pathTo(DispatchStatus status)
{
    const QList<DispatchStatus> lifecycle = {DispatchStatus::EnRoute, DispatchStatus::OnScene, DispatchStatus::Returning,
                                             DispatchStatus::Available};
    QList<DispatchStatus> path;
    for (DispatchStatus s : lifecycle) {
        if (status == DispatchStatus::Dispatched)
            break;
        path.append(s);
        if (s == status)
            break;
    }
    return path;
}

core::Team team(const QString &id, core::TeamStatus status = core::TeamStatus::Available)
{
    core::Team t;
    t.id = id;
    t.name = QStringLiteral("Team ") + id;
    t.status = status;
    return t;
}

core::SupplyDepot depot(const QString &id, double beds)
{
    core::SupplyDepot d;
    d.id = id;
    d.name = id;
    d.inventory = {{QStringLiteral("folding bed"), QStringLiteral("shelter"), beds, QStringLiteral("pcs")}};
    return d;
}

core::Shelter shelter(const QString &id, int capacity)
{
    core::Shelter s;
    s.id = id;
    s.name = id;
    s.capacity = capacity;
    return s;
}

core::Incident draft(const QString &title)
{
    core::Incident i;
    i.title = title;
    i.sectorId = QStringLiteral("hazchem");
    i.incidentType = QStringLiteral("fire");
    i.responseLevel = core::ResponseLevel::III;
    return i;
}

//! The plan of the drafts' type: a reporting step and a measure.
ResponsePlanBook plans()
{
    ResponsePlanBook book;
    book.add({QStringLiteral("hazchem"), QStringLiteral("fire"), QStringLiteral("Tank fire"),
              {{QStringLiteral("hazchem.fire.report"), PlanSection::Reporting, {}, QStringLiteral("duty chief"),
                QStringLiteral("report to the city"), 120},
               {QStringLiteral("step-1"), PlanSection::Measures, {}, QStringLiteral("command post"), QStringLiteral("cool the tanks"), 30}}},
             nullptr);
    return book;
}

//! A session with teams T1–T3 (T3 off duty), depots D1 (100 beds) and D2 (10), shelters S1 (50) and S2 (5).
void equip(IncidentSession &session)
{
    session.setResources({team(QStringLiteral("T1")), team(QStringLiteral("T2")), team(QStringLiteral("T3"), core::TeamStatus::OffDuty)},
                         {depot(QStringLiteral("D1"), 100), depot(QStringLiteral("D2"), 10)},
                         {shelter(QStringLiteral("S1"), 50), shelter(QStringLiteral("S2"), 5)});
    session.setResponsePlans(plans());
}

QString openOne(IncidentSession &session, const QString &title, const QDateTime &at = t0)
{
    QString error;
    const std::optional<core::Incident> opened = session.open(draft(title), duty1, at, &error);
    return opened ? opened->id : error;
}

AccidentReport report(const QString &incidentId, ReportKind kind)
{
    AccidentReport r;
    r.incidentId = incidentId;
    r.kind = kind;
    r.unit = QStringLiteral("梁山盛通化工有限公司, chemical plant");
    r.occurredAt = t0;
    r.place = QStringLiteral("Tank farm, 梁山县");
    r.account = QStringLiteral("A tank caught fire during unloading.");
    r.seriouslyInjured = 2;
    r.directLossYuan = 1.5e6;
    r.reporter = QStringLiteral("Wang");
    r.reporterPhone = QStringLiteral("0537-7321234");
    return r;
}

} // namespace

class TestIncidentSession : public QObject
{
    Q_OBJECT

private slots:
    void incidentsGetIdsOfTheirDayAndStartReported()
    {
        IncidentSession session(nullptr);
        QCOMPARE(openOne(session, QStringLiteral("tank fire")), QStringLiteral("INC-20260502-001"));
        QCOMPARE(openOne(session, QStringLiteral("gas leak"), t0.addSecs(60)), QStringLiteral("INC-20260502-002"));
        QCOMPARE(session.incidents().size(), 2);
        const core::Incident *first = session.incident(QStringLiteral("INC-20260502-001"));
        QCOMPARE(first->status, IncidentStatus::Reported);
        QCOMPARE(first->openedBy, duty1);
        QCOMPARE(first->openedAt, t0);
        QString error;
        QVERIFY(!session.open(draft(QStringLiteral("  ")), duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Cannot open an incident without a title"));
    }

    void theLifecycleGoesForwardClosesWithASummaryAndReopensWithAReason()
    {
        IncidentSession session(nullptr);
        const QString id = openOne(session, QStringLiteral("tank fire"));
        QString error;
        QVERIFY(session.advance(id, IncidentStatus::Responding, duty1, t0.addSecs(60), &error));
        QVERIFY(!session.advance(id, IncidentStatus::Verified, duty1, t0.addSecs(61), &error));
        QCOMPARE(error, QStringLiteral("Incident %1 cannot go back from \"Responding\" to \"Verified\"").arg(id));
        QVERIFY(!session.advance(id, IncidentStatus::Closed, duty1, t0.addSecs(61), &error));
        QVERIFY(!session.close(id, QStringLiteral("  "), duty1, t0.addSecs(62), &error));
        QCOMPARE(error, QStringLiteral("Incident %1 is closed with a closing summary").arg(id));
        QVERIFY(session.advance(id, IncidentStatus::UnderControl, duty1, t0.addSecs(120), &error));
        QVERIFY2(session.close(id, QStringLiteral("fire out, no casualties"), duty1, t0.addSecs(180), &error), qPrintable(error));
        QCOMPARE(session.incident(id)->status, IncidentStatus::Closed);
        QCOMPARE(session.incident(id)->closedAt, t0.addSecs(180));
        QCOMPARE(session.incident(id)->closingSummary, QStringLiteral("fire out, no casualties"));
        QVERIFY(!session.addNote(id, QString(), duty1, t0, &error));
        QVERIFY(!session.reopen(id, QString(), duty1, t0.addSecs(240), &error));
        QCOMPARE(error, QStringLiteral("Incident %1 is reopened with a reason").arg(id));
        QVERIFY(session.reopen(id, QStringLiteral("reignition"), QStringLiteral("duty2"), t0.addSecs(240), &error));
        QCOMPARE(session.incident(id)->status, IncidentStatus::UnderControl);
        QVERIFY(session.incident(id)->closingSummary.isEmpty());
        QVERIFY(!session.reopen(id, QStringLiteral("again"), duty1, t0.addSecs(300), &error));

        QStringList actions;
        for (const IncidentEvent &e : session.events(id))
            actions << e.action + QLatin1Char(':') + e.user;
        QCOMPARE(actions, QStringList({"incident.open:duty1", "incident.status:duty1", "incident.status:duty1",
                                       "incident.close:duty1", "incident.reopen:duty2"}));
        const IncidentTimeline timeline = IncidentTimeline::of(session, id, {});
        QCOMPARE(timeline.entries().at(3).text, QStringLiteral("Closed: fire out, no casualties"));
        QCOMPARE(timeline.entries().at(4).text, QStringLiteral("Reopened (Under control): reignition"));
    }

    void orderTransitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        const QList<DispatchStatus> all = {DispatchStatus::Dispatched, DispatchStatus::EnRoute, DispatchStatus::OnScene,
                                           DispatchStatus::Returning, DispatchStatus::Available};
        for (DispatchStatus from : all) {
            for (DispatchStatus to : all) {
                const bool allowed = allowedSteps.contains({from, to});
                const QString name = QStringLiteral("going from %1 to %2 is %3")
                                         .arg(core::toKey(from), core::toKey(to),
                                              allowed ? QStringLiteral("allowed") : QStringLiteral("refused"));
                QTest::newRow(qPrintable(name)) << int(from) << int(to) << allowed;
            }
        }
    }

    void orderTransitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        test::MemoryJournal journal;
        IncidentSession session(&journal);
        equip(session);
        const QString id = openOne(session, QStringLiteral("tank fire"));
        QString error;
        const auto order = session.dispatchTeam(id, QStringLiteral("T1"), 300, duty1, t0, &error);
        QVERIFY2(order, qPrintable(error));
        QCOMPARE(session.teamState(QStringLiteral("T1")).status, core::TeamStatus::Dispatched);
        QDateTime when = t0;
        for (DispatchStatus step : pathTo(DispatchStatus(from))) {
            when = when.addSecs(60);
            QVERIFY2(session.advanceOrder(order->id, step, duty1, when, &error), qPrintable(error));
        }
        const int written = journal.changes.size();
        const QDateTime stamp = when.addSecs(60);
        QCOMPARE(session.advanceOrder(order->id, DispatchStatus(to), QStringLiteral("duty2"), stamp, &error), allowed);
        QCOMPARE(DispatchBook::isAllowed(DispatchStatus(from), DispatchStatus(to)), allowed);
        const core::DispatchOrder now = session.orders().first();
        if (allowed) {
            QCOMPARE(now.status, DispatchStatus(to));
            QCOMPARE(now.updatedAt, stamp);
            QCOMPARE(now.updatedBy, QStringLiteral("duty2"));
            QCOMPARE(journal.changes.size(), written + 1);
            QCOMPARE(journal.changes.last().events.first().action, QStringLiteral("order.status"));
            const core::TeamStatus expected = DispatchStatus(to) == DispatchStatus::Available ? core::TeamStatus::Available
                : DispatchStatus(to) == DispatchStatus::OnScene                                ? core::TeamStatus::OnScene
                : DispatchStatus(to) == DispatchStatus::EnRoute                                ? core::TeamStatus::EnRoute
                                                                                                : core::TeamStatus::Returning;
            QCOMPARE(session.teamState(QStringLiteral("T1")).status, expected);
        } else {
            QCOMPARE(now.status, DispatchStatus(from));
            QCOMPARE(journal.changes.size(), written);
            QCOMPARE(error, QStringLiteral("Dispatch order %1 cannot go from \"%2\" to \"%3\"")
                                .arg(order->id, core::displayName(DispatchStatus(from)), core::displayName(DispatchStatus(to))));
        }
    }

    void aCommittedTeamIsRefusedForASecondIncidentWithTheFirstNamed()
    {
        IncidentSession session(nullptr);
        equip(session);
        const QString fire = openOne(session, QStringLiteral("tank fire"));
        const QString leak = openOne(session, QStringLiteral("gas leak"));
        QString error;
        QVERIFY(session.dispatchTeam(fire, QStringLiteral("T1"), 300, duty1, t0, &error));
        QVERIFY(!session.dispatchTeam(leak, QStringLiteral("T1"), 200, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Cannot dispatch team T1: it is already committed to incident %1 \"tank fire\" "
                                       "(order %1-001, Dispatched by %2 at %3)")
                            .arg(fire, duty1, core::beijingText(t0)));
        QCOMPARE(session.orders(leak).size(), 0);
        QCOMPARE(session.commitments().value(QStringLiteral("T1")), QStringLiteral("%1 \"tank fire\"").arg(fire));
        QVERIFY(!session.dispatchTeam(leak, QStringLiteral("T3"), 200, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Cannot dispatch team T3: it is Off duty"));
        QVERIFY(!session.dispatchTeam(QStringLiteral("INC-9"), QStringLiteral("T2"), 1, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Cannot dispatch team T2: incident INC-9 is unknown"));
        QVERIFY(!session.setOffDuty(QStringLiteral("T1"), true, duty1, t0, &error));
        QVERIFY(session.setOffDuty(QStringLiteral("T3"), false, duty1, t0, &error));
        QVERIFY2(session.dispatchTeam(leak, QStringLiteral("T3"), 200, duty1, t0, &error), qPrintable(error));
    }

    void closingAnIncidentFreesItsTeams()
    {
        IncidentSession session(nullptr);
        equip(session);
        const QString fire = openOne(session, QStringLiteral("tank fire"));
        const QString leak = openOne(session, QStringLiteral("gas leak"));
        QString error;
        const auto order = session.dispatchTeam(fire, QStringLiteral("T1"), 300, duty1, t0, &error);
        QVERIFY(session.advanceOrder(order->id, DispatchStatus::EnRoute, duty1, t0.addSecs(30), &error));
        QVERIFY(session.advanceOrder(order->id, DispatchStatus::OnScene, duty1, t0.addSecs(330), &error));
        QVERIFY(session.close(fire, QStringLiteral("out"), duty1, t0.addSecs(900), &error));
        QCOMPARE(session.orders(fire).first().status, DispatchStatus::Available);
        QCOMPARE(session.teamState(QStringLiteral("T1")).status, core::TeamStatus::Available);
        QVERIFY(session.commitments().isEmpty());
        QVERIFY(!session.dispatchTeam(fire, QStringLiteral("T2"), 1, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Cannot dispatch team T2: incident %1 \"tank fire\" is closed").arg(fire));
        QVERIFY2(session.dispatchTeam(leak, QStringLiteral("T1"), 1, duty1, t0.addSecs(901), &error), qPrintable(error));
    }

    void suppliesMoveStockAndFlagTheMinimum()
    {
        IncidentSession session(nullptr);
        equip(session);
        const QString fire = openOne(session, QStringLiteral("tank fire"));
        QString error;
        QCOMPARE(session.stockOf(QStringLiteral("D1"), QStringLiteral("folding bed")), 100.0);
        QVERIFY(session.stockBelowMinimum().isEmpty());
        QVERIFY(!session.requestSupplies(fire, {{QStringLiteral("folding bed"), 5}}, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("No road network is loaded."));
        QVERIFY(!session.returnSupplies(fire, QStringLiteral("D1"), QStringLiteral("folding bed"), 5, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Cannot return 5 pcs folding bed: incident %1 holds 0").arg(fire));
        QVERIFY(session.transferSupplies(QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("folding bed"), 75, duty1, t0, &error));
        QCOMPARE(session.stockOf(QStringLiteral("D1"), QStringLiteral("folding bed")), 25.0);
        QCOMPARE(session.stockOf(QStringLiteral("D2"), QStringLiteral("folding bed")), 85.0);
        // D1's minimum is 30 % of the 100 registered.
        QCOMPARE(session.stockBelowMinimum().size(), 1);
        QCOMPARE(session.stockBelowMinimum().first().depotId, QStringLiteral("D1"));
        QVERIFY(!session.transferSupplies(QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("folding bed"), 26, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Depot D1 holds 25 pcs folding bed, less than the 26 asked for"));
        QVERIFY(!session.transferSupplies(QStringLiteral("D1"), QStringLiteral("D9"), QStringLiteral("folding bed"), 1, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Depot D9 is unknown"));
        QVERIFY(!session.transferSupplies(QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("folding bed"), -1, duty1, t0, &error));
    }

    void issuesGoToTheNearestDepotAndReturnsComeBack()
    {
        const routing::RoadGraph graph = test::straightRoad();
        IncidentSession session(nullptr);
        core::SupplyDepot nearDepot = depot(QStringLiteral("near"), 100);
        nearDepot.position = test::place(graph, 2500, 0);
        core::SupplyDepot farDepot = depot(QStringLiteral("far"), 200);
        farDepot.position = test::place(graph, 9000, 0);
        session.setResources({}, {farDepot, nearDepot}, {});
        session.setRoadGraph(graph);
        core::Incident at = draft(QStringLiteral("flood"));
        at.position = test::place(graph, 1000, 0);
        QString error;
        const QString id = session.open(at, duty1, t0, &error)->id;
        const auto issued = session.requestSupplies(id, {{QStringLiteral("folding bed"), 150}}, duty1, t0, &error);
        QVERIFY2(issued && issued->movements.size() == 2, qPrintable(error));
        QCOMPARE(session.stockOf(QStringLiteral("near"), QStringLiteral("folding bed")), 0.0);
        QCOMPARE(session.stockOf(QStringLiteral("far"), QStringLiteral("folding bed")), 150.0);
        QVERIFY2(session.returnSupplies(id, QStringLiteral("near"), QStringLiteral("folding bed"), 40, duty1, t0.addSecs(60), &error),
                 qPrintable(error));
        QCOMPARE(session.stockOf(QStringLiteral("near"), QStringLiteral("folding bed")), 40.0);
        QVERIFY(!session.returnSupplies(id, QStringLiteral("near"), QStringLiteral("folding bed"), 111, duty1, t0, &error));
        QCOMPARE(session.supplyMovements(id).size(), 3);
        const IncidentTimeline timeline = IncidentTimeline::of(session, id, {});
        QCOMPARE(timeline.entries().last().text, QStringLiteral("40 pcs folding bed returned to near"));
    }

    void sheltersCountArrivalsAndDeparturesWithinTheirCapacity()
    {
        IncidentSession session(nullptr);
        equip(session);
        const QString flood = openOne(session, QStringLiteral("flood"));
        QString error;
        QVERIFY(!session.registerShelterMovement(QStringLiteral("S1"), ShelterMovementKind::Arrival, {10, 2, 3, 1}, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Shelter S1 is not open"));
        QVERIFY(session.openShelter(QStringLiteral("S1"), flood, duty1, t0, &error));
        QVERIFY(!session.openShelter(QStringLiteral("S1"), flood, duty1, t0, &error));
        QVERIFY(session.registerShelterMovement(QStringLiteral("S1"), ShelterMovementKind::Arrival, {40, 10, 8, 2}, duty1, t0, &error));
        QCOMPARE(session.occupancyPercent(QStringLiteral("S1")), 80);
        QVERIFY(!session.registerShelterMovement(QStringLiteral("S1"), ShelterMovementKind::Arrival, {11, 0, 0, 0}, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Shelter S1 holds 40 of 50 people; 11 more do not fit"));
        QVERIFY(!session.registerShelterMovement(QStringLiteral("S1"), ShelterMovementKind::Arrival, {2, 3, 0, 0}, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Shelter S1: more elderly (3) than people (2)"));
        QVERIFY(session.registerShelterMovement(QStringLiteral("S1"), ShelterMovementKind::Arrival, {10, 0, 0, 0}, duty1, t0, &error));
        QVERIFY(!session.hasRoom(QStringLiteral("S1")));
        QVERIFY(session.hasRoom(QStringLiteral("S2")));
        QVERIFY(!session.registerShelterMovement(QStringLiteral("S1"), ShelterMovementKind::Departure, {5, 0, 0, 3}, duty1, t0, &error));
        QVERIFY(error.startsWith(QStringLiteral("Shelter S1 holds 50 people (10 elderly, 8 children, 2 injured)")));
        QVERIFY(session.registerShelterMovement(QStringLiteral("S1"), ShelterMovementKind::Departure, {20, 4, 2, 2}, duty1, t0, &error));
        const ShelterCount left{30, 6, 6, 0};
        QCOMPARE(session.shelterState(QStringLiteral("S1")).present, left);
        QVERIFY(!session.closeShelter(QStringLiteral("S1"), duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("Shelter S1 still holds 30 people; register their departure first"));
    }

    void planStepsAreTickedOnce()
    {
        IncidentSession session(nullptr);
        const QString id = openOne(session, QStringLiteral("tank fire"));
        QString error;
        QVERIFY(!session.tickPlanStep(id, QStringLiteral("hazchem.fire.report"), duty1, t0.addSecs(600), &error));
        QCOMPARE(error, QStringLiteral("Step hazchem.fire.report is not in the response plan of incident %1 \"tank fire\"").arg(id));
        session.setResponsePlans(plans());
        QVERIFY(session.tickPlanStep(id, QStringLiteral("hazchem.fire.report"), duty1, t0.addSecs(600), &error));
        QVERIFY(!session.tickPlanStep(id, QStringLiteral("hazchem.fire.report"), QStringLiteral("duty2"), t0, &error));
        QCOMPARE(error, QStringLiteral("Plan step hazchem.fire.report was ticked by duty1"));
        QVERIFY(!session.tickPlanStep(id, QStringLiteral("hazchem.fire.m99"), duty1, t0, &error));
        QCOMPARE(session.planTicks(id).size(), 1);
        // The checklist: the report done in time, the measure overdue 40 min after the opening.
        const QList<ChecklistItem> items = session.checklist(id, t0.addSecs(40 * 60));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).state, ChecklistState::Done);
        QCOMPARE(items.at(0).tick->user, duty1);
        QCOMPARE(items.at(1).state, ChecklistState::Overdue);
        QCOMPARE(items.at(1).due, t0.addSecs(30 * 60));
    }

    void accidentReportsAreNumberedInitialFirstAndNothingAfterTheFinal()
    {
        IncidentSession session(nullptr);
        const QString id = openOne(session, QStringLiteral("tank fire"));
        QString error;
        QCOMPARE(session.nextReportKinds(id), QList<ReportKind>{ReportKind::Initial});
        QVERIFY(session.nextReportKinds(QStringLiteral("INC-X")).isEmpty());
        QVERIFY(!session.submitReport(report(id, ReportKind::FollowUp), duty1, t0.addSecs(600), &error));
        QCOMPARE(error, QStringLiteral("The first report of incident %1 is the initial report").arg(id));
        const auto initial = session.submitReport(report(id, ReportKind::Initial), duty1, t0.addSecs(600), &error);
        QVERIFY2(initial, qPrintable(error));
        QCOMPARE(initial->version, 1);
        QCOMPARE(initial->submittedBy, duty1);
        QCOMPARE(initial->submittedAt, t0.addSecs(600));
        QCOMPARE(session.nextReportKinds(id), (QList<ReportKind>{ReportKind::FollowUp, ReportKind::Final}));
        QVERIFY(!session.submitReport(report(id, ReportKind::Initial), duty1, t0.addSecs(700), &error));
        QCOMPARE(error, QStringLiteral("Incident %1 already has its initial report").arg(id));
        AccidentReport noPlace = report(id, ReportKind::FollowUp);
        noPlace.place.clear();
        QVERIFY(!session.submitReport(noPlace, duty1, t0.addSecs(700), &error));
        QCOMPARE(error, QStringLiteral("Place of the accident is missing."));
        // Reports go on after the 结案: the final one usually does.
        AccidentReport followUp = report(id, ReportKind::FollowUp);
        followUp.deaths = 1;
        QCOMPARE(session.submitReport(followUp, duty1, t0.addSecs(3600), &error)->version, 2);
        QVERIFY(session.close(id, QStringLiteral("fire out"), duty1, t0.addSecs(7200), &error));
        QCOMPARE(session.submitReport(report(id, ReportKind::Final), duty1, t0.addSecs(9000), &error)->version, 3);
        QVERIFY(!session.submitReport(report(id, ReportKind::FollowUp), duty1, t0.addSecs(9100), &error));
        QCOMPARE(error, QStringLiteral("Incident %1 has its final report; nothing follows it").arg(id));
        QVERIFY(session.nextReportKinds(id).isEmpty());
        QCOMPARE(session.reports(id).size(), 3);
        QCOMPARE(session.reports(id).at(1).deaths, 1);
        QVERIFY(!session.submitReport(report(QStringLiteral("INC-X"), ReportKind::Initial), duty1, t0, &error));
    }

    void aStoredReportWithABadFieldIsNamed()
    {
        QJsonObject json = reportToJson(report(QStringLiteral("INC-1"), ReportKind::Initial));
        QString error;
        QCOMPARE(reportToJson(*reportFromJson(json, &error)), json);
        json.insert(QStringLiteral("kind"), QStringLiteral("rumour"));
        QVERIFY(!reportFromJson(json, &error));
        QCOMPARE(error, QStringLiteral("Accident report: the field \"kind\" is missing or wrong"));
        json = reportToJson(report(QStringLiteral("INC-1"), ReportKind::Initial));
        json.insert(QStringLiteral("occurred_at"), QStringLiteral("yesterday"));
        QVERIFY(!reportFromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("occurred_at")), qPrintable(error));
    }

    void aJournalFailureChangesNothing()
    {
        test::MemoryJournal journal;
        IncidentSession session(&journal);
        equip(session);
        const QString id = openOne(session, QStringLiteral("tank fire"));
        QSignalSpy changed(&session, &IncidentSession::changed);
        journal.failing = true;
        QString error;
        QVERIFY(!session.dispatchTeam(id, QStringLiteral("T1"), 300, duty1, t0, &error));
        QCOMPARE(error, QStringLiteral("journal unavailable"));
        QVERIFY(!session.advance(id, IncidentStatus::Verified, duty1, t0, &error));
        QVERIFY(!session.transferSupplies(QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("folding bed"), 5, duty1, t0, &error));
        QVERIFY(!session.openShelter(QStringLiteral("S1"), id, duty1, t0, &error));
        QVERIFY(session.orders().isEmpty());
        QCOMPARE(session.incident(id)->status, IncidentStatus::Reported);
        QCOMPARE(session.teamState(QStringLiteral("T1")).status, core::TeamStatus::Available);
        QCOMPARE(session.stockOf(QStringLiteral("D1"), QStringLiteral("folding bed")), 100.0);
        QVERIFY(!session.shelterState(QStringLiteral("S1")).open);
        QCOMPARE(session.events(id).size(), 1);
        QCOMPARE(changed.count(), 0);
    }

    void aReadOnlySessionRefusesEveryActionWithItsReason()
    {
        test::MemoryJournal journal;
        IncidentSession session(&journal);
        equip(session);
        const QString fire = openOne(session, QStringLiteral("tank fire"));
        QSignalSpy readOnly(&session, &IncidentSession::readOnlyChanged);
        const QString why = QStringLiteral("the shared database cannot be reached");
        session.setReadOnly(why);
        session.setReadOnly(why); // no change, no second signal
        QCOMPARE(readOnly.count(), 1);
        QVERIFY(session.isReadOnly());
        const int written = journal.changes.size();
        QString error;
        QVERIFY(!session.dispatchTeam(fire, QStringLiteral("T1"), 300, duty1, t0, &error));
        QCOMPARE(error, why);
        QCOMPARE(openOne(session, QStringLiteral("gas leak")), why);
        QVERIFY(!session.transferSupplies(QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("folding bed"), 5, duty1, t0, &error));
        QVERIFY(!session.tickPlanStep(fire, QStringLiteral("step-1"), duty1, t0, &error));
        QCOMPARE(journal.changes.size(), written);
        QCOMPARE(session.incidents().size(), 1);
        QCOMPARE(session.teamState(QStringLiteral("T1")).status, core::TeamStatus::Available);
        // Writable again: the same action goes through.
        session.setReadOnly(QString());
        QCOMPARE(readOnly.count(), 2);
        QCOMPARE(readOnly.last().first().toBool(), false);
        QVERIFY2(session.dispatchTeam(fire, QStringLiteral("T1"), 300, duty1, t0, &error), qPrintable(error));
    }

    void aWriteOverARowAnotherSeatChangedIsRefusedByName()
    {
        // Two sessions on one store stand for two seats: each writes over the row versions it read.
        QTemporaryDir dir;
        QString error;
        auto store = storage::GeoPackageStore::create(dir.filePath(QStringLiteral("seats.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        IncidentSession seatA(store.get());
        IncidentSession seatB(store.get());
        equip(seatA);
        equip(seatB);
        const QString fire = openOne(seatA, QStringLiteral("tank fire"));
        QVERIFY2(seatB.restore(&error), qPrintable(error));
        const auto order = seatA.dispatchTeam(fire, QStringLiteral("T1"), 300, QStringLiteral("李"), t0.addSecs(5), &error);
        QVERIFY2(order, qPrintable(error));
        QCOMPARE(seatA.orders().first().rowVersion, 1);
        QCOMPARE(seatA.teamState(QStringLiteral("T1")).rowVersion, 1);

        // B has not seen the dispatch: its own book lets T1 go to a second incident, the store does not.
        const QString leak = openOne(seatB, QStringLiteral("gas leak"), t0.addSecs(10));
        QVERIFY2(leak.startsWith(QStringLiteral("INC-")), qPrintable(leak));
        QVERIFY(!seatB.dispatchTeam(leak, QStringLiteral("T1"), 200, QStringLiteral("王"), t0.addSecs(20), &error));
        QCOMPARE(error, QStringLiteral("%1: the status of team \"T1\" was changed at another seat since this seat read it "
                                       "(last by 李 at %2)")
                            .arg(store->location(), core::beijingText(t0.addSecs(5))));
        QVERIFY(seatB.orders(leak).isEmpty());
        QCOMPARE(seatB.teamState(QStringLiteral("T1")).status, core::TeamStatus::Available); // nothing taken on a refusal

        // A has not seen B's incident and numbers its next one the same: refused, B's incident stays as it was.
        const QString clash = openOne(seatA, QStringLiteral("road crash"), t0.addSecs(30));
        QVERIFY2(clash.contains(QStringLiteral("another seat")) && clash.contains(leak), qPrintable(clash));
        QCOMPARE(store->incidents(&error)->last().title, QStringLiteral("gas leak"));

        // Once B reads the store again, it is refused by the session itself, naming the first incident.
        QVERIFY2(seatB.restore(&error), qPrintable(error));
        QVERIFY(!seatB.dispatchTeam(leak, QStringLiteral("T1"), 200, QStringLiteral("王"), t0.addSecs(40), &error));
        QVERIFY2(error.contains(fire) && error.contains(QStringLiteral("李")), qPrintable(error));
        QVERIFY2(seatB.advanceOrder(order->id, DispatchStatus::EnRoute, QStringLiteral("王"), t0.addSecs(50), &error),
                 qPrintable(error));
        // Now A's copy of the order is the stale one.
        QVERIFY(!seatA.advanceOrder(order->id, DispatchStatus::Returning, QStringLiteral("李"), t0.addSecs(60), &error));
        QVERIFY2(error.contains(QStringLiteral("dispatch order \"%1\"").arg(order->id)) && error.contains(QStringLiteral("王")),
                 qPrintable(error));
        const auto stored = store->dispatchOrders(fire, &error);
        QVERIFY2(stored && stored->size() == 1, qPrintable(error));
        QCOMPARE(stored->first().status, DispatchStatus::EnRoute);
        QCOMPARE(stored->first().rowVersion, 2);
    }

    void aGeoPackageStoreGivesBackExactlyWhatWasDone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.gpkg"));
        QString error;
        QString fire;
        QString leak;
        {
            auto store = storage::GeoPackageStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            IncidentSession session(store.get());
            equip(session);
            fire = openOne(session, QStringLiteral("tank fire"));
            leak = openOne(session, QStringLiteral("gas leak"), t0.addSecs(30));
            const auto order = session.dispatchTeam(fire, QStringLiteral("T1"), 312.5, duty1, t0.addSecs(60), &error);
            QVERIFY2(order, qPrintable(error));
            QVERIFY(session.advanceOrder(order->id, DispatchStatus::EnRoute, QStringLiteral("duty2"), t0.addSecs(90), &error));
            QVERIFY(session.advance(fire, IncidentStatus::Responding, duty1, t0.addSecs(100), &error));
            QVERIFY(session.transferSupplies(QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("folding bed"), 80, duty1,
                                             t0.addSecs(110), &error));
            QVERIFY(session.openShelter(QStringLiteral("S1"), leak, duty1, t0.addSecs(120), &error));
            QVERIFY(session.registerShelterMovement(QStringLiteral("S1"), ShelterMovementKind::Arrival, {12, 3, 2, 1}, duty1,
                                                    t0.addSecs(130), &error));
            QVERIFY(session.tickPlanStep(fire, QStringLiteral("step-1"), duty1, t0.addSecs(140), &error));
            QVERIFY2(session.submitReport(report(fire, ReportKind::Initial), duty1, t0.addSecs(145), &error), qPrintable(error));
            QVERIFY(session.setOffDuty(QStringLiteral("T2"), true, duty1, t0.addSecs(150), &error));
            QVERIFY2(session.close(leak, QStringLiteral("leak sealed"), duty1, t0.addSecs(160), &error), qPrintable(error));
            QVERIFY2(session.addNote(leak, QStringLiteral("wind from the north"), duty1, t0.addSecs(170), &error), qPrintable(error));
        }
        auto store = storage::GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        IncidentSession restarted(store.get());
        equip(restarted);
        QVERIFY2(restarted.restore(&error), qPrintable(error));
        QCOMPARE(restarted.incidents().size(), 2);
        QCOMPARE(restarted.incident(fire)->status, IncidentStatus::Responding);
        QCOMPARE(restarted.incident(leak)->status, IncidentStatus::Closed);
        QCOMPARE(restarted.incident(leak)->closingSummary, QStringLiteral("leak sealed"));
        QCOMPARE(restarted.orders(fire).size(), 1);
        const core::DispatchOrder order = restarted.orders(fire).first();
        QCOMPARE(order.status, DispatchStatus::EnRoute);
        QCOMPARE(order.etaSeconds, 312.5);
        QCOMPARE(order.updatedBy, QStringLiteral("duty2"));
        QCOMPARE(order.updatedAt, t0.addSecs(90));
        QCOMPARE(restarted.teamState(QStringLiteral("T1")).status, core::TeamStatus::EnRoute);
        QCOMPARE(restarted.teamState(QStringLiteral("T1")).incidentId, fire);
        QCOMPARE(restarted.teamState(QStringLiteral("T2")).status, core::TeamStatus::OffDuty);
        QCOMPARE(restarted.stockOf(QStringLiteral("D1"), QStringLiteral("folding bed")), 20.0);
        QCOMPARE(restarted.stockOf(QStringLiteral("D2"), QStringLiteral("folding bed")), 90.0);
        QCOMPARE(restarted.stockBelowMinimum().size(), 1);
        const ShelterCount present{12, 3, 2, 1};
        QCOMPARE(restarted.shelterState(QStringLiteral("S1")).present, present);
        QCOMPARE(restarted.shelterState(QStringLiteral("S1")).incidentId, leak);
        QCOMPARE(restarted.planTicks(fire).size(), 1);
        QCOMPARE(restarted.shelterMovements(leak).size(), 1);
        QCOMPARE(restarted.events(fire).size(), 6); // open, dispatch, en route, responding, plan step, report
        QCOMPARE(restarted.reports(fire).size(), 1);
        AccidentReport sent = report(fire, ReportKind::Initial);
        sent.submittedAt = t0.addSecs(145);
        sent.submittedBy = duty1;
        QCOMPARE(reportToJson(restarted.reports(fire).first()), reportToJson(sent));
        const QString third = openOne(restarted, QStringLiteral("road crash"), t0.addSecs(200));
        QCOMPARE(third, QStringLiteral("INC-20260502-003"));
        QVERIFY(!restarted.dispatchTeam(third, QStringLiteral("T1"), 1, duty1, t0, &error));
        QVERIFY2(error.contains(fire), qPrintable(error));
        // Every event has its audit line.
        const auto log = store->auditLog(&error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->size(), restarted.events(fire).size() + restarted.events(leak).size() + restarted.events(third).size() + 1);
        QCOMPARE(log->at(2).action, QStringLiteral("order.create"));
        QCOMPARE(log->at(2).target, fire);
    }
};

QTEST_GUILESS_MAIN(TestIncidentSession)
#include "tst_incidentsession.moc"
