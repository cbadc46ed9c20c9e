// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 14: incidents on the shared database. "The wall follows the desk through PostgreSQL": a desk
// session writes incidents, the wall's watcher on its own connection follows the change log; each
// change shows in under a second, a killed connection is reported and what changed meanwhile caught
// up. And two desks: each sees the other's incidents and dispatches, and a team one desk sent is
// refused at the other with who sent it and when.
#include "ui/incidentfollower.h"
#include "ui/incidentlistmodel.h"
#include "ui/storeincidentwatcher.h"

#include "pgcluster.h"
#include "pgcounty.h"
#include "storage/changefollower.h"
#include "storage/postgresstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace cp;

namespace {

const QString duty = QStringLiteral("王");

core::Incident draft(const QString &title)
{
    core::Incident i;
    i.title = title;
    i.position = {116.09, 35.80};
    i.responseLevel = core::ResponseLevel::III;
    return i;
}

} // namespace

class TestSharedIncidents : public QObject
{
    Q_OBJECT

    test::PgCluster m_cluster;
    std::optional<storage::PostgresAddress> m_address;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        const QString conninfo = test::createCountyDatabase(m_cluster, QStringLiteral("county"), &error);
        QVERIFY2(!conninfo.isEmpty(), qPrintable(error));
        m_address = storage::PostgresAddress::parse(conninfo, &error);
        QVERIFY2(m_address, qPrintable(error));
    }

    void eachDeskChangeShowsOnTheWallWithinASecondAndALostConnectionCatchesUp()
    {
        QString error;
        auto deskStore = storage::PostgresStore::connect(*m_address, &error);
        QVERIFY2(deskStore && deskStore->setActor(duty, &error), qPrintable(error));
        const std::optional<storage::Registry> registry = deskStore->readRegistry(&error);
        QVERIFY2(registry, qPrintable(error));
        dispatch::IncidentSession desk(deskStore.get());
        desk.setResources(registry->teams, registry->supplyDepots, registry->shelters);

        auto wallStore = storage::PostgresStore::connect(*m_address, &error);
        QVERIFY2(wallStore, qPrintable(error));
        // No interval read: a minute would fail every wait below, so what shows came through the log.
        ui::StoreIncidentWatcher watcher(*wallStore, std::chrono::minutes(1));
        storage::ChangeFollower follower(*m_address, *wallStore->latestChange(&error), {500, true});
        watcher.follow(follower);
        QSignalSpy changed(&watcher, &ui::StoreIncidentWatcher::changed);
        QSignalSpy connection(&watcher, &ui::StoreIncidentWatcher::connectionChanged);
        QVERIFY2(watcher.start(&error), qPrintable(error));
        follower.start();
        QTRY_COMPARE(connection.size(), 1);
        QCOMPARE(connection.first().first().toBool(), true);
        const int before = changed.size();

        QElapsedTimer clock;
        clock.start();
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const auto leak = desk.open(draft(QStringLiteral("氯气泄漏")), duty, t0, &error);
        QVERIFY2(leak, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() > before, 1000);
        qInfo("incident opened at the desk → on the wall: %lld ms", static_cast<long long>(clock.elapsed()));
        QCOMPARE(ui::openIncidentRows(watcher.session()).size(), 1);
        QCOMPARE(ui::openIncidentRows(watcher.session()).first().incident.id, leak->id);

        const auto available = std::find_if(registry->teams.cbegin(), registry->teams.cend(),
                                            [](const core::Team &t) { return t.status == core::TeamStatus::Available; });
        QVERIFY(available != registry->teams.cend());
        const QString teamId = available->id;
        clock.restart();
        QVERIFY2(desk.dispatchTeam(leak->id, teamId, 600, duty, t0.addSecs(60), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.session().teamState(teamId).incidentId == leak->id, 1000);
        qInfo("team dispatched at the desk → on the wall: %lld ms", static_cast<long long>(clock.elapsed()));

        // Both of the wall's connections are killed (its store's and its change log's; the desk's
        // store names its seat); the desk goes on; the wall says so, then catches up.
        QCOMPARE(m_cluster.psql(QStringLiteral("county"), QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                                         "WHERE application_name IN ('commandpost', 'commandpost-changes')")),
                 QStringLiteral("2"));
        const auto fire = desk.open(draft(QStringLiteral("仓库火灾")), duty, t0.addSecs(120), &error);
        QVERIFY2(fire, qPrintable(error));
        QVERIFY2(desk.close(leak->id, QStringLiteral("泄漏已堵住"), duty, t0.addSecs(180), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(connection.size() >= 3, 10000);
        QCOMPARE(connection.at(1).first().toBool(), false);
        QCOMPARE(connection.last().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(ui::openIncidentRows(watcher.session()).size(), 1, 2000);
        QCOMPARE(ui::openIncidentRows(watcher.session()).first().incident.id, fire->id);
    }

    void twoDesksSeeEachOthersIncidentsAndTeams()
    {
        QString error;
        auto storeA = storage::PostgresStore::connect(*m_address, &error);
        auto storeB = storage::PostgresStore::connect(*m_address, &error);
        QVERIFY2(storeA && storeB && storeA->setActor(QStringLiteral("王"), &error) && storeB->setActor(QStringLiteral("李"), &error),
                 qPrintable(error));
        const std::optional<storage::Registry> registry = storeA->readRegistry(&error);
        QVERIFY2(registry, qPrintable(error));
        dispatch::IncidentSession deskA(storeA.get());
        dispatch::IncidentSession deskB(storeB.get());
        std::unique_ptr<storage::ChangeFollower> logA = storage::ChangeFollower::fromNow(*storeA, {500, true}, &error);
        std::unique_ptr<storage::ChangeFollower> logB = storage::ChangeFollower::fromNow(*storeB, {500, true}, &error);
        QVERIFY2(logA && logB, qPrintable(error));
        for (dispatch::IncidentSession *desk : {&deskA, &deskB}) {
            desk->setResources(registry->teams, registry->supplyDepots, registry->shelters);
            QVERIFY2(desk->restore(&error), qPrintable(error));
        }
        ui::IncidentFollower followA(deskA, *logA);
        ui::IncidentFollower followB(deskB, *logB);
        QSignalSpy upA(logA.get(), &storage::ChangeFollower::connectionChanged);
        QSignalSpy upB(logB.get(), &storage::ChangeFollower::connectionChanged);
        logA->start();
        logB->start();
        QTRY_VERIFY(!upA.isEmpty() && !upB.isEmpty());

        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const auto collapse = deskA.open(draft(QStringLiteral("厂房坍塌")), QStringLiteral("王"), t0, &error);
        QVERIFY2(collapse, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(deskB.incident(collapse->id), 1000);

        const auto available = std::find_if(registry->teams.cbegin(), registry->teams.cend(), [&deskA](const core::Team &t) {
            return deskA.teamState(t.id).status == core::TeamStatus::Available;
        });
        QVERIFY(available != registry->teams.cend());
        QVERIFY2(deskB.dispatchTeam(collapse->id, available->id, 420, QStringLiteral("李"), t0.addSecs(30), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(deskA.teamState(available->id).incidentId == collapse->id, 1000);

        // Desk A, on another incident, is told the team is taken: where, by whom and when.
        const auto flood = deskA.open(draft(QStringLiteral("内涝")), QStringLiteral("王"), t0.addSecs(60), &error);
        QVERIFY2(flood, qPrintable(error));
        QVERIFY(!deskA.dispatchTeam(flood->id, available->id, 300, QStringLiteral("王"), t0.addSecs(90), &error));
        QVERIFY2(error.contains(collapse->id) && error.contains(QStringLiteral("by 李 at ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSharedIncidents)
#include "tst_sharedincidents.moc"
