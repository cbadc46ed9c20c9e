// SPDX-License-Identifier: GPL-2.0-or-later
// GeoPackageStore: registry and operational round-trips, WAL mode, validation failures.
#include "sampleregistry.h"
#include "storage/geopackagestore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using namespace cp::storage;

namespace {

QString journalMode(const QString &path)
{
    return test::sqliteValue(path, QStringLiteral("PRAGMA journal_mode")).value_or(QVariant()).toString();
}

} // namespace

class TestGeoPackageStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createRefusesAnExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.gpkg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        QString error;
        QVERIFY(!GeoPackageStore::create(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(file.open(QIODevice::ReadOnly), true);
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void registryRoundTripsEveryField()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.gpkg"));
        const Registry written = test::sampleRegistry();
        QString error;
        {
            auto store = GeoPackageStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(store->writeRegistry(written, &error), qPrintable(error));
        }
        QCOMPARE(journalMode(path), QStringLiteral("wal"));
        auto store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->location(), path);
        const std::optional<Registry> read = store->readRegistry(&error);
        QVERIFY2(read, qPrintable(error));

        const QString difference = test::registryDifference(*read, written);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void aChangedFieldIsSeenAsADifference()
    {
        // The comparison the round-trip tests rely on must notice a change in any layer.
        const Registry written = test::sampleRegistry();
        Registry changed = written;
        changed.supplyDepots[0].inventory[1].quantity = 12.75;
        QCOMPARE(test::registryDifference(changed, written), QStringLiteral("supply_depots[0].inventory[1].quantity: 12.75 != 12.5"));
        changed = written;
        changed.roads[0].line[1].lat += 1e-6;
        QVERIFY(test::registryDifference(changed, written).startsWith(QStringLiteral("roads[0].geom[1]")));
    }

    void writingAgainReplacesTheRegistry()
    {
        const QString path = m_dir.filePath(QStringLiteral("rewrite.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        Registry registry = test::sampleRegistry();
        QVERIFY2(store->writeRegistry(registry, &error), qPrintable(error));
        registry.towns.removeLast();
        registry.supplyDepots.first().inventory.removeFirst();
        registry.countyBoundary = {};
        QVERIFY2(store->writeRegistry(registry, &error), qPrintable(error));
        const std::optional<Registry> read = store->readRegistry(&error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->towns.size(), 1);
        QCOMPARE(read->supplyDepots.first().inventory.size(), 1);
        QCOMPARE(read->supplyDepots.first().inventory.first().item, QStringLiteral("drinking water"));
        QVERIFY(read->countyBoundary.rings.isEmpty());
        QCOMPARE(read->enterprises.size(), registry.enterprises.size());
    }

    void invalidRegistryLeavesTheFileUnchanged_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an enterprise of an unknown sector is refused") << 0 << "enterprises.sector = \"mining\"";
        QTest::newRow("a town id used twice is refused") << 1 << "towns.id = \"T01\"";
        QTest::newRow("a team without capabilities is refused") << 2 << "teams.capabilities";
        QTest::newRow("a road with one vertex is refused") << 3 << "roads.geom";
        QTest::newRow("a negative shelter capacity is refused") << 4 << "shelters.capacity = \"-5\"";
        QTest::newRow("an open boundary ring is refused") << 5 << "county_boundary.geom";
        QTest::newRow("a demand point out of range is refused") << 6 << "demand_points.geom = \"200\"";
        QTest::newRow("an inventory line without unit is refused") << 7 << "supply_depots.inventory.unit";
    }

    void invalidRegistryLeavesTheFileUnchanged()
    {
        QFETCH(int, breakage);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("invalid-%1.gpkg").arg(breakage));
        QString error;
        auto store = GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->writeRegistry(test::sampleRegistry(), &error), qPrintable(error));
        store.reset(); // checkpoint, so the checksum covers every committed byte
        const QByteArray before = test::fileChecksum(path);
        store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));

        Registry bad = test::sampleRegistry();
        switch (breakage) {
        case 0: bad.enterprises[1].sectorId = QStringLiteral("mining"); break;
        case 1: bad.towns[1].id = QStringLiteral("T01"); break;
        case 2: bad.teams[0].capabilities.clear(); break;
        case 3: bad.roads[1].line.removeLast(); break;
        case 4: bad.shelters[0].capacity = -5; break;
        case 5: bad.countyBoundary.rings[0].removeLast(); break;
        case 6: bad.demandPoints[1].position.lon = 200; break;
        case 7: bad.supplyDepots[0].inventory[1].unit.clear(); break;
        }
        error.clear();
        QVERIFY(!store->writeRegistry(bad, &error));
        QVERIFY2(error.startsWith(path) && error.contains(expected), qPrintable(error));
        store.reset();
        QCOMPARE(test::fileChecksum(path), before);
    }

    void aFileEditedBadlyIsRefusedWithTheRecordNamed_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an unknown risk level names the enterprise and field")
            << "UPDATE enterprises SET risk_level = 'huge' WHERE id = 'E001'"
            << "layer enterprises, record \"E001\": risk_level = \"huge\"";
        QTest::newRow("an unknown capability names the team")
            << "UPDATE teams SET capabilities = 'hazmat,flying' WHERE id = 'TM01'"
            << "layer teams, record \"TM01\": capabilities = \"flying\"";
        QTest::newRow("an inventory line of no depot is named")
            << "UPDATE depot_inventory SET depot_id = 'D99' WHERE item = '折叠床'"
            << "layer depot_inventory, record \"D99\": depot_id = \"D99\"";
        QTest::newRow("sector attributes that are not a JSON object are named")
            << "UPDATE enterprises SET sector_attributes = '[1, 2]' WHERE id = 'E001'"
            << "sector_attributes = \"[1, 2]\"";
        QTest::newRow("an unknown alarm state names the alarm")
            << "INSERT INTO alarms (id, state, priority) VALUES ('A1', 'panic', 'low')"
            << "table alarms, record \"A1\": state = \"panic\"";
    }

    void aFileEditedBadlyIsRefusedWithTheRecordNamed()
    {
        // What a hand edit in QGIS or sqlite3 can leave behind; the columns edited carry no geometry triggers.
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("edited-%1.gpkg").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QString error;
        {
            auto store = GeoPackageStore::create(path, &error);
            QVERIFY2(store && store->writeRegistry(test::sampleRegistry(), &error), qPrintable(error));
        }
        QVERIFY(test::gdalExecute(path, edit));
        auto store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        error.clear();
        const bool readOk = edit.contains(QStringLiteral("alarms")) ? bool(store->alarms(&error)) : bool(store->readRegistry(&error));
        QVERIFY(!readOk);
        QVERIFY2(error.startsWith(path) && error.contains(expected), qPrintable(error));
    }

    void feedBatchCommitsEventsWithTheCursorAndIgnoresResentEvents()
    {
        const QString path = m_dir.filePath(QStringLiteral("feed.gpkg"));
        QString error;
        const QDateTime t0(QDate(2026, 5, 1), QTime(8, 30, 0, 125), Qt::UTC);
        QList<core::AlarmEvent> batch;
        for (int i = 0; i < 5; ++i)
            batch.append({QStringLiteral("f1:%1").arg(i), QStringLiteral("f1"), QStringLiteral("E001"),
                          QStringLiteral("GT-10%1").arg(i), QStringLiteral("combustible_gas"), 12.5 + i,
                          QStringLiteral("%LEL"), t0.addSecs(i)});
        {
            auto store = GeoPackageStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QString()));
            QCOMPARE(store->commitFeedBatch(QStringLiteral("f1"), batch.mid(0, 3), QStringLiteral("c3"), &error),
                     std::optional<int>(3));
            // The feed resends from event 1 after a reconnect: only 3 and 4 are new.
            QCOMPARE(store->commitFeedBatch(QStringLiteral("f1"), batch.mid(1), QStringLiteral("c5"), &error),
                     std::optional<int>(2));
        }
        auto store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QStringLiteral("c5")));
        const auto events = store->feedEvents(QStringLiteral("f1"), &error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(*events, batch);

        // A batch that fails part-way stores nothing and keeps the old cursor.
        QList<core::AlarmEvent> mixed{{QStringLiteral("f1:new"), QStringLiteral("f1"), QStringLiteral("E001"),
                                       QStringLiteral("GT-200"), QStringLiteral("toxic_gas"), 3, QStringLiteral("ppm"), t0},
                                      {QStringLiteral("f2:0"), QStringLiteral("f2"), QStringLiteral("E001"),
                                       QStringLiteral("GT-201"), QStringLiteral("toxic_gas"), 4, QStringLiteral("ppm"), t0}};
        QVERIFY(!store->commitFeedBatch(QStringLiteral("f1"), mixed, QStringLiteral("c7"), &error));
        QVERIFY2(error.contains(QStringLiteral("f2:0")), qPrintable(error));
        QCOMPARE(store->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QStringLiteral("c5")));
        QCOMPARE(store->feedEvents(QStringLiteral("f1"), &error)->size(), 5);
    }

    void aStoreLeftByACrashOpensWithEveryCommittedBatch()
    {
        // A crash leaves the main file and the -wal with the commits not yet checkpointed: copy both
        // while the store is still open, as a killed process would leave them.
        const QString path = m_dir.filePath(QStringLiteral("live.gpkg"));
        const QString crashed = m_dir.filePath(QStringLiteral("crashed.gpkg"));
        QString error;
        const QDateTime t0(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        QVERIFY2(GeoPackageStore::create(path, &error), qPrintable(error)); // closed: the schema is in the main file
        auto store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QList<core::AlarmEvent> events;
        for (int i = 0; i < 50; ++i)
            events.append({QStringLiteral("f1:%1").arg(i), QStringLiteral("f1"), QStringLiteral("E001"),
                           QStringLiteral("GT-1"), QStringLiteral("methane"), 0.5 + i * 0.01, QStringLiteral("%CH4"),
                           t0.addSecs(i)});
        QVERIFY(store->commitFeedBatch(QStringLiteral("f1"), events, QStringLiteral("c50"), &error));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        const QString mainFileOnly = m_dir.filePath(QStringLiteral("main-only.gpkg"));
        QVERIFY(QFile::copy(path, mainFileOnly));
        store.reset();

        {
            // Without its -wal the batch is not there: the recovery below really reads the WAL.
            auto withoutWal = GeoPackageStore::open(mainFileOnly, &error);
            QVERIFY2(withoutWal, qPrintable(error));
            QCOMPARE(withoutWal->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QString()));
        }

        {
            auto recovered = GeoPackageStore::open(crashed, &error);
            QVERIFY2(recovered, qPrintable(error));
            QCOMPARE(recovered->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QStringLiteral("c50")));
            QCOMPARE(recovered->feedEvents(QStringLiteral("f1"), &error), std::optional<QList<core::AlarmEvent>>(events));
        }
        // Closed cleanly now: everything checkpointed into the main file, nothing left beside it.
        QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-shm")));
    }

    void timesAreStoredAsGeoPackageUtcText()
    {
        // Beijing time (UTC+8) in, GeoPackage DATETIME (ISO 8601 UTC, milliseconds) on disk, same instant out.
        const QString path = m_dir.filePath(QStringLiteral("times.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime beijing(QDate(2026, 5, 1), QTime(8, 30, 0, 125), Qt::OffsetFromUTC, 8 * 3600);
        const core::AlarmEvent event{QStringLiteral("t:1"), QStringLiteral("t"), QStringLiteral("E001"), QStringLiteral("S"),
                                     QStringLiteral("methane"), 0.6, QStringLiteral("%CH4"), beijing};
        QVERIFY(store->commitFeedBatch(QStringLiteral("t"), {event}, QStringLiteral("1"), &error));
        QCOMPARE(test::sqliteValue(path, QStringLiteral("SELECT occurred_at FROM alarm_events")).value_or(QVariant()).toString(),
                 QStringLiteral("2026-05-01T00:30:00.125Z"));
        QCOMPARE(store->feedEvents(QStringLiteral("t"), &error)->first().occurredAt, beijing);
    }

    void eventsWithChineseTextEmptyFieldsAndNoTimeRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<core::AlarmEvent> events{
            {QStringLiteral("t:中文"), QStringLiteral("t"), QStringLiteral("梁山化工"), QStringLiteral("甲烷-1"),
             QStringLiteral("methane"), 1.25, QStringLiteral("μg/m³"), QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC)},
            {QStringLiteral("t:2"), QStringLiteral("t"), QString(), QString(), QStringLiteral("tank_level"), -3.5, QString(), QDateTime()},
        };
        QCOMPARE(store->commitFeedBatch(QStringLiteral("t"), events, QStringLiteral("2"), &error), std::optional<int>(2));
        QCOMPARE(store->feedEvents(QStringLiteral("t"), &error), std::optional<QList<core::AlarmEvent>>(events));
        QVERIFY(test::sqliteValue(path, QStringLiteral("SELECT occurred_at FROM alarm_events WHERE event_id = 't:2'"))
                    .value_or(QVariant(0)).isNull());
    }

    void aReaderSeesTheWritersCommitsAndCannotWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.gpkg"));
        QString error;
        auto writer = GeoPackageStore::create(path, &error);
        QVERIFY2(writer, qPrintable(error));
        core::Incident first;
        first.id = QStringLiteral("I-1");
        first.title = QStringLiteral("储罐泄漏");
        first.position = {116.1, 35.8};
        first.openedAt = QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
        QVERIFY2(writer->saveIncident(first, &error), qPrintable(error));

        auto reader = GeoPackageStore::openForReading(path, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->incidents(&error)->size(), 1);
        core::Incident second = first;
        second.id = QStringLiteral("I-2");
        QVERIFY(writer->saveIncident(second, &error));
        QCOMPARE(reader->incidents(&error)->size(), 2); // the writer's WAL is read, not only the main file

        QVERIFY(!reader->saveIncident(second, &error));
        QVERIFY(!reader->commitFeedBatch(QStringLiteral("f"), {}, QStringLiteral("1"), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        reader.reset();
        // Closing the reader leaves the writer's WAL in place and the writer writing.
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        core::Incident third = first;
        third.id = QStringLiteral("I-3");
        QVERIFY2(writer->saveIncident(third, &error), qPrintable(error));
        QCOMPARE(writer->incidents(&error)->size(), 3);
    }

    void alarmsIncidentsOrdersAndAuditRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("ops.gpkg"));
        QString error;
        const QDateTime t0(QDate(2026, 5, 1), QTime(8, 30, 0, 125), Qt::UTC);
        AlarmRecord record{{QStringLiteral("f1:7"), QStringLiteral("E001"), QStringLiteral("GT-101"),
                          QStringLiteral("combustible_gas"), 27.5, QStringLiteral("%LEL"), 25,
                          core::AlarmState::UnacknowledgedActive, core::AlarmPriority::High, t0, t0.addSecs(3),
                          QStringLiteral("一级报警")}, {}, {}, {}};
        core::Alarm &alarm = record.alarm;
        core::Incident incident{QStringLiteral("I1"), QStringLiteral("储罐泄漏"), QStringLiteral("hazchem"),
                                QStringLiteral("toxic_leak"), QStringLiteral("E001"), alarm.id, {116.031, 35.871},
                                core::ResponseLevel::III, core::IncidentStatus::Closed, t0.addSecs(60),
                                t0.addSecs(7200), QStringLiteral("duty1")};
        core::DispatchOrder order{QStringLiteral("O1"), QStringLiteral("I1"), QStringLiteral("TM01"),
                                  core::DispatchStatus::EnRoute, 642.5, t0.addSecs(120), QStringLiteral("duty1")};
        AuditEntry audit{QStringLiteral("duty1"), t0.addSecs(30), QStringLiteral("alarm.acknowledge"), alarm.id,
                         QStringLiteral("现场确认")};
        {
            auto store = GeoPackageStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(store->saveAlarms({record}, &error), qPrintable(error));
            // A second save updates the same alarm.
            alarm.state = core::AlarmState::AcknowledgedActive;
            record.acknowledgedBy = QStringLiteral("duty1");
            record.acknowledgedAt = t0.addSecs(30);
            record.shelvedUntil = t0.addSecs(3600);
            QVERIFY2(store->saveAlarms({record}, &error), qPrintable(error));
            QVERIFY2(store->saveIncident(incident, &error), qPrintable(error));
            QVERIFY2(store->saveDispatchOrder(order, &error), qPrintable(error));
            QVERIFY2(store->saveDispatchOrder({QStringLiteral("O2"), QStringLiteral("I9"), QStringLiteral("TM02"),
                                               core::DispatchStatus::Dispatched, 60, t0, QStringLiteral("duty2")},
                                              &error),
                     qPrintable(error));
            QVERIFY2(store->appendAudit(audit, &error), qPrintable(error));
        }
        auto store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const auto alarms = store->alarms(&error);
        QVERIFY2(alarms && alarms->size() == 1, qPrintable(error));
        const core::Alarm &a = alarms->first().alarm;
        QCOMPARE(alarms->first().acknowledgedBy, record.acknowledgedBy);
        QCOMPARE(alarms->first().acknowledgedAt, record.acknowledgedAt);
        QCOMPARE(alarms->first().shelvedUntil, record.shelvedUntil);
        QCOMPARE(a.id, alarm.id);
        QCOMPARE(a.enterpriseId, alarm.enterpriseId);
        QCOMPARE(a.sensorId, alarm.sensorId);
        QCOMPARE(a.kind, alarm.kind);
        QCOMPARE(a.value, alarm.value);
        QCOMPARE(a.unit, alarm.unit);
        QCOMPARE(a.threshold, alarm.threshold);
        QCOMPARE(a.state, core::AlarmState::AcknowledgedActive);
        QCOMPARE(a.priority, alarm.priority);
        QCOMPARE(a.raisedAt, alarm.raisedAt);
        QCOMPARE(a.updatedAt, alarm.updatedAt);
        QCOMPARE(a.message, alarm.message);

        const auto incidents = store->incidents(&error);
        QVERIFY2(incidents && incidents->size() == 1, qPrintable(error));
        const core::Incident &i = incidents->first();
        QCOMPARE(i.id, incident.id);
        QCOMPARE(i.title, incident.title);
        QCOMPARE(i.sectorId, incident.sectorId);
        QCOMPARE(i.incidentType, incident.incidentType);
        QCOMPARE(i.enterpriseId, incident.enterpriseId);
        QCOMPARE(i.sourceAlarmId, incident.sourceAlarmId);
        QCOMPARE(i.position, incident.position);
        QCOMPARE(i.responseLevel, incident.responseLevel);
        QCOMPARE(i.status, incident.status);
        QCOMPARE(i.openedAt, incident.openedAt);
        QCOMPARE(i.closedAt, incident.closedAt);
        QCOMPARE(i.openedBy, incident.openedBy);

        const auto orders = store->dispatchOrders(QStringLiteral("I1"), &error);
        QVERIFY2(orders && orders->size() == 1, qPrintable(error));
        const core::DispatchOrder &o = orders->first();
        QCOMPARE(o.id, order.id);
        QCOMPARE(o.incidentId, order.incidentId);
        QCOMPARE(o.teamId, order.teamId);
        QCOMPARE(o.status, order.status);
        QCOMPARE(o.etaSeconds, order.etaSeconds);
        QCOMPARE(o.updatedAt, order.updatedAt);
        QCOMPARE(o.updatedBy, order.updatedBy);
        QCOMPARE(store->dispatchOrders(QString(), &error)->size(), 2);

        const auto log = store->auditLog(&error);
        QVERIFY2(log && log->size() == 1, qPrintable(error));
        QCOMPARE(log->first().user, audit.user);
        QCOMPARE(log->first().time, audit.time);
        QCOMPARE(log->first().action, audit.action);
        QCOMPARE(log->first().target, audit.target);
        QCOMPARE(log->first().comment, audit.comment);
    }

    void twoStoresOnDifferentFilesKeepTheirOwnConnections()
    {
        QString error;
        auto a = GeoPackageStore::create(m_dir.filePath(QStringLiteral("a.gpkg")), &error);
        auto b = GeoPackageStore::create(m_dir.filePath(QStringLiteral("b.gpkg")), &error);
        QVERIFY(a && b);
        QVERIFY(a->appendAudit({QStringLiteral("u"), QDateTime::currentDateTimeUtc(), QStringLiteral("x"), {}, {}}, &error));
        b.reset();
        QCOMPARE(a->auditLog(&error)->size(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestGeoPackageStore)
#include "tst_geopackagestore.moc"
