// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 14: "the wall follows the desk through PostgreSQL". A desk session writes incidents to the
// shared database, the wall's watcher on its own connection follows the change log: each change
// shows in under a second, a killed connection is reported and what changed meanwhile caught up.
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

class TestWallFollowsDesk : public QObject
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
};

QTEST_GUILESS_MAIN(TestWallFollowsDesk)
#include "tst_wallfollowsdesk.moc"
