// SPDX-License-Identifier: GPL-2.0-or-later
// PostgresStore on a real PostgreSQL 15 + PostGIS server: schema creation, the same round trips as
// the GeoPackage, the change log the seats follow, and refusals that name the database.
#include "pgcluster.h"
#include "sampleregistry.h"
#include "storage/geopackagestore.h"
#include "storage/postgresstore.h"

#include <QtTest>

using namespace cp;
using namespace cp::storage;

namespace {

core::AlarmEvent feedEvent(const QString &id, const QString &feed, double value, const QDateTime &at)
{
    return {id, feed, QStringLiteral("E001"), QStringLiteral("GT-101"), QStringLiteral("combustible_gas"), value,
            QStringLiteral("%LEL"), true, at, QStringLiteral("可燃气体 'quoted' \\ back")};
}

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }

    void aDatabaseWithoutTheSchemaIsRefusedWithTheCommandThatCreatesIt()
    {
        const PostgresAddress address = database(QStringLiteral("empty"));
        QString error;
        QVERIFY(!PostgresStore::connect(address, &error));
        QVERIFY2(error.contains(QStringLiteral("db init")) && error.contains(address.label), qPrintable(error));
        QCOMPARE(PostgresStore::storedVersion(address, &error), std::optional<int>(0));
        // An address nobody listens on names itself and the server's reason.
        const auto nowhere = PostgresAddress::parse(QStringLiteral("host=127.0.0.1 port=1 dbname=x"), &error);
        QVERIFY(!PostgresStore::connect(*nowhere, &error));
        QVERIFY2(error.startsWith(nowhere->label) && error.contains(QStringLiteral("cannot connect")), qPrintable(error));
    }

    void initializeCreatesTheSchemaOnceWithSpatialIndexes()
    {
        const PostgresAddress address = initialized(QStringLiteral("schema"));
        QString error;
        QCOMPARE(PostgresStore::storedVersion(address, &error), std::optional<int>(GeoPackageStore::schemaVersion()));
        QVERIFY(!PostgresStore::initialize(address, &error));
        QVERIFY2(error.contains(QStringLiteral("already holds")), qPrintable(error));
        // GDAL's PostGIS layers in the county's CGCS2000 Gauss-Krüger projection, each with a GiST index.
        QCOMPARE(m_cluster.psql(QStringLiteral("schema"),
                                QStringLiteral("SELECT srid FROM geometry_columns WHERE f_table_name = 'enterprises'")),
                 QStringLiteral("4548"));
        QCOMPARE(m_cluster.psql(QStringLiteral("schema"),
                                QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename IN ('enterprises', 'roads', "
                                               "'incidents') AND indexdef LIKE '%USING gist%'")),
                 QStringLiteral("3"));
    }

    void registryRoundTripsEveryFieldThroughPostGis()
    {
        const PostgresAddress address = initialized(QStringLiteral("registry"));
        QString error;
        auto store = PostgresStore::connect(address, &error);
        QVERIFY2(store, qPrintable(error));
        const Registry written = test::sampleRegistry();
        QVERIFY2(store->writeRegistry(written, &error), qPrintable(error));
        const auto read = store->readRegistry(&error);
        QVERIFY2(read, qPrintable(error));
        const QString difference = test::registryDifference(*read, written);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // Written again: replaced, not added to.
        QVERIFY2(store->writeRegistry(written, &error), qPrintable(error));
        QCOMPARE(store->readRegistry(&error)->enterprises.size(), written.enterprises.size());
    }

    void feedBatchesKeepEventIdentityAndTheCursor()
    {
        const PostgresAddress address = initialized(QStringLiteral("feed"));
        QString error;
        auto store = PostgresStore::connect(address, &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime t0(QDate(2026, 5, 1), QTime(8, 30, 0, 125), Qt::UTC);
        QList<core::AlarmEvent> batch;
        for (int i = 0; i < 2500; ++i) // more than one INSERT's worth
            batch.append(feedEvent(QString::number(i), QStringLiteral("north"), i * 0.5, t0.addMSecs(i)));
        batch.append(batch.at(7)); // given twice in one batch: new only the first time
        auto fresh = store->commitFeedBatch(QStringLiteral("north"), batch, {}, QStringLiteral("c1"), {}, &error);
        QVERIFY2(fresh, qPrintable(error));
        QCOMPARE(fresh->count(true), 2500);
        QVERIFY(!fresh->last());
        // Resent after a reconnect: nothing new; the same ids from another feed are other events.
        fresh = store->commitFeedBatch(QStringLiteral("north"), batch.mid(0, 10), {}, QStringLiteral("c2"), {}, &error);
        QCOMPARE(fresh->count(true), 0);
        QList<core::AlarmEvent> south = batch.mid(0, 3);
        for (core::AlarmEvent &e : south)
            e.feedId = QStringLiteral("south");
        fresh = store->commitFeedBatch(QStringLiteral("south"), south, {}, QStringLiteral("s1"), {}, &error);
        QCOMPARE(fresh->count(true), 3);
        QCOMPARE(store->feedCursor(QStringLiteral("north"), &error), std::optional<QString>(QStringLiteral("c2")));
        const auto events = store->feedEvents(QStringLiteral("north"), &error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(events->size(), 2500);
        QCOMPARE(events->at(1234), batch.at(1234));
        const auto feeds = store->feeds(&error);
        QCOMPARE(feeds->size(), 2);
        QCOMPARE(feeds->first().eventsStored, 2500);
        // A quarantined item keeps its raw bytes, NUL and all.
        core::QuarantinedItem bad;
        bad.index = 3;
        bad.raw = QByteArray("{\"id\": \"x\", \0 \"value\": 1e400}", 29);
        bad.reason = QStringLiteral("value: out of range");
        bad.receivedAt = t0;
        QVERIFY(store->commitFeedBatch(QStringLiteral("north"), {}, {bad}, QStringLiteral("c3"), {}, &error));
        QCOMPARE(store->quarantinedItems(QStringLiteral("north"), 5, &error)->first().raw, bad.raw);
    }

    void aStaleAlarmWriteFromAnotherSeatIsRefused()
    {
        const PostgresAddress address = initialized(QStringLiteral("versions"));
        QString error;
        auto seatA = PostgresStore::connect(address, &error);
        auto seatB = PostgresStore::connect(address, &error);
        QVERIFY2(seatA && seatB, qPrintable(error));
        core::Alarm alarm;
        alarm.key = {QStringLiteral("E001"), QStringLiteral("GT-101"), QStringLiteral("combustible_gas")};
        alarm.state = core::AlarmState::UnacknowledgedActive;
        QVERIFY2(seatA->saveAlarms({alarm}, {}, &error), qPrintable(error));
        // Both seats read version 1; A acknowledges first, B's write over version 1 is refused.
        const auto read = seatB->alarmsWithKeys({alarm.key.toString()}, &error);
        QVERIFY2(read && read->size() == 1 && read->first().rowVersion == 1, qPrintable(error));
        core::Alarm byA = read->first();
        byA.state = core::AlarmState::AcknowledgedActive;
        byA.acknowledgedBy = QStringLiteral("王");
        QVERIFY2(seatA->saveAlarms({byA}, {}, &error), qPrintable(error));
        core::Alarm byB = read->first();
        byB.state = core::AlarmState::Shelved;
        byB.stateBy = QStringLiteral("李");
        QVERIFY(!seatB->saveAlarms({byB}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("another seat")), qPrintable(error));
        const auto now = seatB->alarmsWithKeys({alarm.key.toString()}, &error);
        QVERIFY2(now && now->size() == 1, qPrintable(error));
        QCOMPARE(now->first().rowVersion, 2);
        QCOMPARE(now->first().acknowledgedBy, QStringLiteral("王"));
        QCOMPARE(now->first().state, core::AlarmState::AcknowledgedActive);
    }

    void aLostConnectionIsMadeAgainWithItsActorAndItsClaims()
    {
        const PostgresAddress address = initialized(QStringLiteral("reconnect"));
        QString error;
        auto seatA = PostgresStore::connect(address, &error);
        // ASCII: PostgreSQL turns other characters of application_name into '?'.
        QVERIFY2(seatA && seatA->setActor(QStringLiteral("wang"), &error), qPrintable(error));
        QVERIFY(seatA->isConnected()); // else every use would connect again, and claims would come and go
        QCOMPARE(seatA->claimFeed(QStringLiteral("north"), nullptr, &error), std::optional<bool>(true));
        QCOMPARE(seatA->claimFeed(QStringLiteral("south"), nullptr, &error), std::optional<bool>(true));
        const QString seatsOfWang = QStringLiteral("FROM pg_stat_activity WHERE application_name LIKE 'commandpost wang@%'");
        QCOMPARE(m_cluster.psql(QStringLiteral("reconnect"), QStringLiteral("SELECT count(pg_terminate_backend(pid)) ") + seatsOfWang),
                 QStringLiteral("1"));
        QTRY_COMPARE(m_cluster.psql(QStringLiteral("reconnect"), QStringLiteral("SELECT count(*) ") + seatsOfWang), QStringLiteral("0"));
        // While A was away, B took one of its feeds.
        auto seatB = PostgresStore::connect(address, &error);
        QVERIFY2(seatB, qPrintable(error));
        QCOMPARE(seatB->claimFeed(QStringLiteral("south"), nullptr, &error), std::optional<bool>(true));

        // A's next write goes through: its BEGIN finds the connection gone and A connects again.
        core::Alarm alarm;
        alarm.key = {QStringLiteral("E001"), QStringLiteral("GT-101"), QStringLiteral("combustible_gas")};
        alarm.state = core::AlarmState::UnacknowledgedActive;
        QVERIFY2(seatA->saveAlarms({alarm}, {}, &error), qPrintable(error));
        QVERIFY(seatA->isConnected());
        const auto changes = seatA->changesAfter(0, 100, &error);
        QVERIFY2(changes && !changes->isEmpty(), qPrintable(error));
        QCOMPARE(changes->last().table, QStringLiteral("alarms"));
        QCOMPARE(changes->last().actor, QStringLiteral("wang"));
        // Its claims were taken again, except the one B holds now, which A hears about.
        QCOMPARE(seatA->claimFeed(QStringLiteral("north"), nullptr, &error), std::optional<bool>(true));
        QString holder;
        QCOMPARE(seatA->claimFeed(QStringLiteral("south"), &holder, &error), std::optional<bool>(false));
        QVERIFY2(holder.startsWith(QLatin1String("commandpost")), qPrintable(holder));
        QCOMPARE(m_cluster.psql(QStringLiteral("reconnect"),
                                QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 73161 AND granted")),
                 QStringLiteral("2"));
    }

    void operationalRecordsRoundTripAndEveryChangeIsLoggedWithItsActor()
    {
        const PostgresAddress address = initialized(QStringLiteral("ops"));
        QString error;
        auto store = PostgresStore::connect(address, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->setActor(QStringLiteral("王"), &error), qPrintable(error));
        const qint64 before = store->latestChange(&error).value_or(-1);
        const QDateTime t0(QDate(2026, 5, 1), QTime(3, 12, 5), Qt::UTC);
        core::Alarm alarm;
        alarm.key = {QStringLiteral("E001"), QStringLiteral("GT-101"), QStringLiteral("combustible_gas")};
        alarm.state = core::AlarmState::AcknowledgedActive;
        alarm.priority = core::AlarmPriority::High;
        alarm.conditionActive = true;
        alarm.acknowledgedBy = QStringLiteral("王");
        alarm.acknowledgedAt = t0;
        alarm.recentActivations = {t0, t0.addSecs(5)};
        const AuditEntry audit{QStringLiteral("王"), t0, QStringLiteral("alarm.acknowledge"), alarm.key.toString(), QString()};
        QVERIFY2(store->saveAlarms({alarm}, {audit}, &error), qPrintable(error));
        core::Incident incident{QStringLiteral("I17"), QStringLiteral("储罐泄漏"), QStringLiteral("hazchem"),
                                QStringLiteral("toxic_leak"), QStringLiteral("E001"), QString(), {116.031, 35.871},
                                core::ResponseLevel::III, core::IncidentStatus::Responding, t0, QDateTime(),
                                QStringLiteral("王"), QString()};
        dispatch::IncidentRecords change;
        change.incidents = {incident};
        change.orders = {{QStringLiteral("O1"), QStringLiteral("I17"), QStringLiteral("TM03"), core::DispatchStatus::EnRoute,
                          642.5, t0, QStringLiteral("王")}};
        change.teams = {{QStringLiteral("TM03"), core::TeamStatus::EnRoute, QStringLiteral("I17"), t0, QStringLiteral("王")}};
        change.shelters = {{QStringLiteral("S1"), QStringLiteral("I17"), true, {40, 10, 8, 1}, t0, QStringLiteral("王")}};
        QVERIFY2(store->commitIncidentRecords(change, &error), qPrintable(error));

        const auto alarms = store->openAlarms(&error);
        QVERIFY2(alarms && alarms->size() == 1, qPrintable(error));
        QCOMPARE(alarms->first().acknowledgedAt, t0);
        QCOMPARE(alarms->first().recentActivations, alarm.recentActivations);
        const auto records = store->incidentRecords(&error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->incidents.first().title, incident.title);
        QCOMPARE(records->incidents.first().position.lon, incident.position.lon);
        QCOMPARE(records->orders.first().etaSeconds, 642.5);
        QCOMPARE(records->teams.first().status, core::TeamStatus::EnRoute);
        QCOMPARE(records->shelters.first().present.elderly, 10);
        QCOMPARE(store->auditLog(&error)->first().user, QStringLiteral("王"));
        // The incident is a PostGIS point too, for QGIS.
        QCOMPARE(m_cluster.psql(QStringLiteral("ops"), QStringLiteral("SELECT ST_AsText(geom) FROM incidents")),
                 QStringLiteral("POINT(116.031 35.871)"));

        const auto changes = store->changesAfter(before, 100, &error);
        QVERIFY2(changes, qPrintable(error));
        QStringList seen;
        for (const ChangeRecord &c : *changes) {
            QCOMPARE(c.actor, QStringLiteral("王"));
            QVERIFY(c.at.isValid());
            seen.append(c.table + QLatin1Char(':') + c.op + QLatin1Char(':') + c.rowId);
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("alarms:insert:E001/GT-101/combustible_gas"),
                                    QStringLiteral("audit_log:insert:1"), QStringLiteral("incidents:insert:I17"),
                                    QStringLiteral("dispatch_orders:insert:O1"), QStringLiteral("team_status:insert:TM03"),
                                    QStringLiteral("shelter_status:insert:S1")}));
        for (int i = 1; i < changes->size(); ++i)
            QCOMPARE(changes->at(i).seq, changes->at(i - 1).seq + 1);
        // An update is an update; the feed's event log is not followed.
        incident.status = core::IncidentStatus::UnderControl;
        incident.rowVersion = 1; // written over the version stored above
        QVERIFY2(store->saveIncident(incident, &error), qPrintable(error));
        QVERIFY(store->commitFeedBatch(QStringLiteral("f"), {feedEvent(QStringLiteral("1"), QStringLiteral("f"), 1, t0)}, {},
                                       QStringLiteral("c"), {}, &error));
        const auto later = store->changesAfter(changes->last().seq, 100, &error);
        QCOMPARE(later->size(), 2);
        QCOMPARE(later->first().op, QStringLiteral("update"));
        QCOMPARE(later->last().table, QStringLiteral("feeds"));
    }

    void responsePlansRoundTrip()
    {
        const PostgresAddress address = initialized(QStringLiteral("plans"));
        QString error;
        auto store = PostgresStore::connect(address, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<dispatch::ResponsePlan> plans = {
            {QStringLiteral("gas"), QStringLiteral("leak"), QStringLiteral("燃气泄漏"),
             {{QStringLiteral("g.g01"), dispatch::PlanSection::ResponseGrading, {core::ResponseLevel::I}, QStringLiteral("县指挥部"),
               QStringLiteral("启动响应"), 30},
              {QStringLiteral("g.m01"), dispatch::PlanSection::Measures, {}, QStringLiteral("现场指挥部"), QStringLiteral("关阀断气"), 0}}}};
        QVERIFY2(store->writeResponsePlans(plans, &error), qPrintable(error));
        QVERIFY2(store->writeResponsePlans(plans, &error), qPrintable(error));
        const auto read = store->responsePlans(&error);
        QVERIFY2(read && read->problems.isEmpty(), qPrintable(error));
        const dispatch::ResponsePlan *plan = read->book.plan(QStringLiteral("gas"), QStringLiteral("leak"));
        QVERIFY(plan);
        QCOMPARE(plan->steps.size(), 2);
        QCOMPARE(plan->steps.first().limitMinutes, 30);
        QCOMPARE(plan->steps.first().levels, QList<core::ResponseLevel>{core::ResponseLevel::I});
    }

private:
    PostgresAddress database(const QString &name)
    {
        QString error;
        if (!m_cluster.createDatabase(name, &error))
            qFatal("%s", qPrintable(error));
        return *PostgresAddress::parse(m_cluster.conninfo(name), &error);
    }

    PostgresAddress initialized(const QString &name)
    {
        const PostgresAddress address = database(name);
        QString error;
        if (!PostgresStore::initialize(address, &error))
            qFatal("%s", qPrintable(error));
        return address;
    }

    test::PgCluster m_cluster;
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
