// SPDX-License-Identifier: GPL-2.0-or-later
// TeamRecommender: the covering-set choice on crafted cases, exclusions with reasons, direction on one-way streets.
#include "dispatch/teamrecommender.h"
#include "routing/roadgraphbuilder.h"
#include "testnetwork.h"

#include <QtTest>

using namespace cp;
using namespace cp::dispatch;

namespace {

QList<core::Capability> capabilities(const QString &keys)
{
    QList<core::Capability> result;
    for (const QString &key : keys.split(QLatin1Char('+'), Qt::SkipEmptyParts))
        result.append(*core::fromKey<core::Capability>(key));
    return result;
}

//! "A:100:fire+hazmat,B:200:fire" → teams A and B with those ETAs (seconds) and capabilities.
QList<TeamEta> teamsByEta(const QString &spec)
{
    QList<TeamEta> result;
    for (const QString &one : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = one.split(QLatin1Char(':'));
        TeamEta t;
        t.team.id = parts[0];
        t.team.capabilities = capabilities(parts[2]);
        t.etaSeconds = parts[1].toDouble();
        result.append(t);
    }
    return result;
}

core::Team team(const QString &id, const core::GeoPoint &at, const QString &caps,
                core::TeamStatus status = core::TeamStatus::Available)
{
    core::Team t;
    t.id = id;
    t.name = id;
    t.position = at;
    t.capabilities = capabilities(caps);
    t.status = status;
    return t;
}

QStringList ids(const QList<TeamEta> &teams)
{
    QStringList result;
    for (const TeamEta &t : teams)
        result.append(t.team.id);
    return result;
}

} // namespace

class TestTeamRecommender : public QObject
{
    Q_OBJECT

private slots:
    void coveringChoice_data()
    {
        QTest::addColumn<QString>("teams");
        QTest::addColumn<QString>("needed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the nearest team covering everything goes alone")
            << "A:100:fire+hazmat,B:200:fire" << "fire+hazmat" << "A";
        QTest::newRow("when the nearest team lacks the capability the next capable one goes")
            << "A:100:medical,B:200:fire" << "fire" << "B";
        QTest::newRow("one team covering two capabilities beats two teams arriving as early")
            << "A:100:fire,B:150:hazmat,C:150:fire+hazmat" << "fire+hazmat" << "C";
        QTest::newRow("two quick teams beat one slow team that covers both")
            << "A:100:fire,B:120:hazmat,C:300:fire+hazmat" << "fire+hazmat" << "A,B";
        QTest::newRow("equal team counts are decided by the sum of travel times")
            << "A:100:fire,C:190:fire,B:200:hazmat" << "fire+hazmat" << "A,B";
        QTest::newRow("of two teams with the same capabilities the quicker goes")
            << "B:50:fire,A:100:fire" << "fire" << "B";
        QTest::newRow("a capability nobody has is left out of the choice")
            << "A:100:fire,B:200:medical" << "fire+mine_rescue" << "A";
        QTest::newRow("no needed capability proposes nobody") << "A:100:fire" << "" << "";
        QTest::newRow("nobody having any needed capability proposes nobody") << "A:100:fire" << "mine_rescue" << "";
        QTest::newRow("once a slow specialist fixes the last arrival the fewest others join it")
            << "A:60:medical,B:80:fire+hazmat,C:90:hazmat+medical,D:95:fire+medical+hazmat,E:400:evacuation"
            << "fire+hazmat+medical+evacuation" << "D,E";
        QTest::newRow("a needed capability listed twice counts once") << "A:100:fire" << "fire+fire" << "A";
    }

    void coveringChoice()
    {
        QFETCH(QString, teams);
        QFETCH(QString, needed);
        QFETCH(QString, expected);
        const QList<TeamEta> byEta = teamsByEta(teams);
        QStringList chosen;
        for (int i : chooseCoveringTeams(byEta, capabilities(needed)))
            chosen.append(byEta[i].team.id);
        QCOMPARE(chosen.join(QLatin1Char(',')), expected);
    }

    void teamsAreRankedByRoadTravelTimeWithTheirRoutes()
    {
        const routing::RoadGraph graph = test::straightRoad();
        TeamRecommender recommender(graph);
        const QList<core::Team> teams = {team(QStringLiteral("far"), test::place(graph, 9000, 0), QStringLiteral("fire")),
                                         team(QStringLiteral("near"), test::place(graph, 3000, 0), QStringLiteral("fire"))};
        QString error;
        const auto r = recommender.recommend(test::place(graph, 1000, 0), capabilities(QStringLiteral("fire")), teams, {}, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(ids(r->ranked), QStringList({QStringLiteral("near"), QStringLiteral("far")}));
        QVERIFY(qAbs(r->ranked[0].etaSeconds - 200.0) < 1e-6);
        QVERIFY(qAbs(r->ranked[1].etaSeconds - 800.0) < 1e-6);
        QVERIFY(qAbs(r->ranked[1].metres - 8000.0) < 1e-6);
        QCOMPARE(ids(r->proposed), QStringList({QStringLiteral("near")}));
        QCOMPARE(r->lastArrivalSeconds(), r->ranked[0].etaSeconds);
        // The route runs from the team to the incident.
        const QList<core::GeoPoint> route = r->ranked[1].route;
        QVERIFY(route.size() >= 2);
        QVERIFY(core::haversineMetres(route.first(), teams[0].position) < 1.0);
        QVERIFY(core::haversineMetres(route.last(), test::place(graph, 1000, 0)) < 1.0);
        QVERIFY(r->excluded.isEmpty());
        QVERIFY(r->uncovered.isEmpty());
    }

    void unavailableAndUnreachableTeamsAreExcludedWithTheirReason_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a dispatched team names the incident it is committed to")
            << int(core::TeamStatus::Dispatched) << 3000.0 << 0.0 << "dispatched to incident INC-7 \"tank fire\"";
        QTest::newRow("an off-duty team is off duty") << int(core::TeamStatus::OffDuty) << 3000.0 << 0.0 << "off duty";
        QTest::newRow("a team in maintenance says so") << int(core::TeamStatus::Maintenance) << 3000.0 << 0.0
                                                       << "in maintenance";
        QTest::newRow("a team on a road not joined to the incident's has no route")
            << int(core::TeamStatus::Available) << 500.0 << 5000.0 << "no road route to the incident";
        QTest::newRow("a team far from every road is not on the road network")
            << int(core::TeamStatus::Available) << 5000.0 << 2500.0 << "not on the road network";
    }

    void unavailableAndUnreachableTeamsAreExcludedWithTheirReason()
    {
        QFETCH(int, status);
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(QString, reason);
        const routing::RoadGraph graph = test::straightRoad();
        TeamRecommender recommender(graph);
        const QList<core::Team> teams = {
            team(QStringLiteral("left out"), test::place(graph, x, y), QStringLiteral("fire+hazmat"),
                 core::TeamStatus(status)),
            team(QStringLiteral("ready"), test::place(graph, 15000, 0), QStringLiteral("fire"))};
        const QHash<QString, QString> commitments = {{QStringLiteral("left out"), QStringLiteral("INC-7 \"tank fire\"")}};
        QString error;
        const auto r = recommender.recommend(test::place(graph, 1000, 0), capabilities(QStringLiteral("fire+hazmat")),
                                             teams, commitments, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->excluded.size(), 1);
        QCOMPARE(r->excluded.first().team.id, QStringLiteral("left out"));
        QVERIFY2(r->excluded.first().reason.startsWith(reason), qPrintable(r->excluded.first().reason));
        QCOMPARE(ids(r->ranked), QStringList({QStringLiteral("ready")}));
        QCOMPARE(ids(r->proposed), QStringList({QStringLiteral("ready")}));
        // Only the excluded team had hazmat: the gap is reported, not dropped.
        QCOMPARE(r->uncovered, capabilities(QStringLiteral("hazmat")));
    }

    void anIncidentAwayFromTheRoadsIsRefused()
    {
        const routing::RoadGraph graph = test::straightRoad();
        TeamRecommender recommender(graph);
        QString error;
        QVERIFY(!recommender.recommend(test::place(graph, 5000, 2500), capabilities(QStringLiteral("fire")), {}, {}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The incident cannot be reached by road")), qPrintable(error));
    }

    void teamsDriveToTheIncidentAgainstNoOneWayStreet()
    {
        /*
         * Incident I at (0,0), team T at (1000,0). The direct road is one-way I -> T (100 s), so the team
         * drives the two-way detour T -> (1000,1000) -> (0,1000) -> I: 3000 m at 36 km/h = 300 s.
         */
        routing::RoadGraphBuilder builder;
        const routing::ProjectedPoint direct[] = {{400000, 3950000}, {401000, 3950000}};
        const routing::ProjectedPoint detour[] = {
            {400000, 3950000}, {400000, 3951000}, {401000, 3951000}, {401000, 3950000}};
        builder.addLine(direct, 2, 36, true, QStringLiteral("one-way"));
        builder.addLine(detour, 4, 36, false, QStringLiteral("detour"));
        const routing::RoadGraph graph = builder.build();
        TeamRecommender recommender(graph);
        const QList<core::Team> teams = {team(QStringLiteral("T"), test::place(graph, 1000, 0), QStringLiteral("fire"))};
        QString error;
        const auto r = recommender.recommend(test::place(graph, 0, 0), capabilities(QStringLiteral("fire")), teams, {}, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->ranked.size(), 1);
        QVERIFY2(qAbs(r->ranked.first().etaSeconds - 300.0) < 1e-6, qPrintable(QString::number(r->ranked.first().etaSeconds)));
        // And the other way round, a team at I going to an incident at T takes the one-way road.
        const QList<core::Team> back = {team(QStringLiteral("I"), test::place(graph, 0, 0), QStringLiteral("fire"))};
        const auto there = recommender.recommend(test::place(graph, 1000, 0), capabilities(QStringLiteral("fire")), back, {}, &error);
        QVERIFY2(there, qPrintable(error));
        QVERIFY(qAbs(there->ranked.first().etaSeconds - 100.0) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestTeamRecommender)
#include "tst_teamrecommender.moc"
