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
//! Commits \a events of \a feedId with \a cursor, no quarantine, no alarm effects; the number of new events.
std::optional<int> commit(cp::storage::Store &store, const QString &feedId, const QList<cp::core::AlarmEvent> &events,
                          const QString &cursor, QString *error)
{
    const auto fresh = store.commitFeedBatch(feedId, events, {}, cursor, {}, error);
    return fresh ? std::optional<int>(static_cast<int>(fresh->count(true))) : std::nullopt;
}


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

    void addedSheltersJoinTheRegistryAndNothingElseChanges()
    {
        const QString path = m_dir.filePath(QStringLiteral("add-shelters.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        const Registry registry = test::sampleRegistry();
        QVERIFY2(store->writeRegistry(registry, &error), qPrintable(error));
        core::Shelter planned = registry.shelters.first();
        planned.id = QStringLiteral("PL-T02");
        planned.status = core::FacilityStatus::Planned;
        QStringList skipped;
        QCOMPARE(store->addShelters({registry.shelters.first(), planned}, &skipped, &error), 1);
        QCOMPARE(skipped, QStringList{registry.shelters.first().id}); // known already: left as it is
        const std::optional<Registry> read = store->readRegistry(&error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->shelters.size(), registry.shelters.size() + 1);
        QCOMPARE(read->shelters.last().id, planned.id);
        QCOMPARE(read->shelters.last().status, core::FacilityStatus::Planned);
        QCOMPARE(read->enterprises.size(), registry.enterprises.size());
        QCOMPARE(read->towns.size(), registry.towns.size());

        // A shelter the registry's checks refuse is not written, and neither are the good ones beside it.
        core::Shelter good = planned;
        good.id = QStringLiteral("PL-T03");
        core::Shelter bad = planned;
        bad.id = QStringLiteral("PL-T04");
        bad.capacity = -5;
        QCOMPARE(store->addShelters({good, bad}, nullptr, &error), -1);
        QVERIFY2(error.contains(QStringLiteral("shelters.capacity = \"-5\"")) && error.contains(path), qPrintable(error));
        QCOMPARE(store->readRegistry(&error)->shelters.size(), registry.shelters.size() + 1);
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
            << "INSERT INTO alarms (enterprise_id, sensor_id, kind, state, priority) VALUES ('E1', 'S1', 'co', 'panic', 'low')"
            << "table alarms, record \"E1/S1/co\": state = \"panic\"";
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

    void responsePlansRoundTripAndABadStepLeavesOnlyItsPlanOut()
    {
        const QString path = m_dir.filePath(QStringLiteral("plans.gpkg"));
        using dispatch::PlanSection;
        using core::ResponseLevel;
        const QList<dispatch::ResponsePlan> plans = {
            {QStringLiteral("hazchem"), QStringLiteral("toxic_leak"), QStringLiteral("有毒气体泄漏"),
             {{QStringLiteral("h.g04"), PlanSection::ResponseGrading, {ResponseLevel::I, ResponseLevel::II}, QStringLiteral("县应急指挥部"),
               QStringLiteral("报请市应急指挥部启动响应"), 30},
              {QStringLiteral("h.r05"), PlanSection::Reporting, {}, QStringLiteral("县应急管理局"), QStringLiteral("续报"), 0}}},
            {QStringLiteral("gas"), QStringLiteral("leak"), QStringLiteral("燃气泄漏"),
             {{QStringLiteral("g.m01"), PlanSection::Measures, {}, QStringLiteral("现场指挥部"), QStringLiteral("关阀断气"), 30}}},
        };
        QString error;
        {
            auto store = GeoPackageStore::create(path, &error);
            QVERIFY2(store && store->writeResponsePlans(plans, &error), qPrintable(error));
            const auto read = store->responsePlans(&error);
            QVERIFY2(read, qPrintable(error));
            QVERIFY(read->problems.isEmpty());
            QCOMPARE(read->book.plans().size(), 2);
            const dispatch::ResponsePlan *leak = read->book.plan(QStringLiteral("hazchem"), QStringLiteral("toxic_leak"));
            QVERIFY(leak);
            QCOMPARE(leak->title, plans.first().title);
            QCOMPARE(leak->steps.size(), 2);
            QCOMPARE(leak->steps.first().levels, (QList<ResponseLevel>{ResponseLevel::I, ResponseLevel::II}));
            QCOMPARE(leak->steps.first().section, PlanSection::ResponseGrading);
            QCOMPARE(leak->steps.first().who, QStringLiteral("县应急指挥部"));
            QCOMPARE(leak->steps.first().limitMinutes, 30);
            QVERIFY(leak->steps.last().levels.isEmpty());
            // Written again, the plans are replaced, not added to.
            QVERIFY2(store->writeResponsePlans({plans.last()}, &error), qPrintable(error));
            QCOMPARE(store->responsePlans(&error)->book.plans().size(), 1);
            QVERIFY2(store->writeResponsePlans(plans, &error), qPrintable(error));
        }
        // A hand edit in QGIS: a level that is no level. That plan is left out, named; the other loads.
        QVERIFY(test::gdalExecute(path, QStringLiteral("UPDATE response_plan_steps SET levels = 'I,V' WHERE step_id = 'h.g04'")));
        auto store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const auto read = store->responsePlans(&error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->book.plans().size(), 1);
        QVERIFY(read->book.plan(QStringLiteral("gas"), QStringLiteral("leak")));
        QCOMPARE(read->problems.size(), 1);
        QCOMPARE(read->problems.first(),
                 QStringLiteral("%1: table response_plan_steps, step \"h.g04\": levels = \"V\": not a known key (the plan is left out)").arg(path));
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
                          QStringLiteral("%LEL"), false, t0.addSecs(i), QString()});
        {
            auto store = GeoPackageStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QString()));
            QCOMPARE(commit(*store, QStringLiteral("f1"), batch.mid(0, 3), QStringLiteral("c3"), &error),
                     std::optional<int>(3));
            // The feed resends from event 1 after a reconnect: only 3 and 4 are new.
            QCOMPARE(commit(*store, QStringLiteral("f1"), batch.mid(1), QStringLiteral("c5"), &error),
                     std::optional<int>(2));
        }
        auto store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QStringLiteral("c5")));
        const auto events = store->feedEvents(QStringLiteral("f1"), &error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(*events, batch);

        // A batch of another feed's event is refused before anything is written.
        const QList<core::AlarmEvent> foreign{{QStringLiteral("0"), QStringLiteral("f2"), QStringLiteral("E001"),
                                               QStringLiteral("GT-201"), QStringLiteral("h2s"), 4, QStringLiteral("ppm"),
                                               true, t0, QString()}};
        QVERIFY(!commit(*store, QStringLiteral("f1"), foreign, QStringLiteral("c7"), &error));
        QVERIFY2(error.contains(QStringLiteral("f2")), qPrintable(error));

        // A batch that fails part-way (its third insert refused by SQLite, inside the transaction)
        // stores nothing of it, no quarantined item and no alarm, and keeps the old cursor.
        QVERIFY(test::sqliteValue(path, QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON alarm_events "
                                                       "WHEN NEW.event_id = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")));
        QList<core::AlarmEvent> failing;
        for (const char *id : {"new-1", "new-2", "poison", "new-3"})
            failing.append({QString::fromLatin1(id), QStringLiteral("f1"), QStringLiteral("E001"), QStringLiteral("GT-300"),
                            QStringLiteral("combustible_gas"), 30, QStringLiteral("%LEL"), true, t0, QString()});
        core::QuarantinedItem bad;
        bad.index = 4;
        bad.raw = "{\"id\": \"x\", \"value\": 1e400}";
        bad.reason = QStringLiteral("value: out of range");
        bad.receivedAt = t0;
        int effectsCalled = 0;
        core::Alarm effect;
        effect.key = {QStringLiteral("E001"), QStringLiteral("GT-300"), QStringLiteral("combustible_gas")};
        const auto refused = store->commitFeedBatch(QStringLiteral("f1"), failing, {bad}, QStringLiteral("c9"),
                                                    [&](const QVector<bool> &) {
                                                        ++effectsCalled;
                                                        return QList<core::Alarm>{effect};
                                                    },
                                                    &error);
        QVERIFY(!refused);
        QVERIFY2(error.contains(QStringLiteral("poisoned")) && error.contains(QStringLiteral("poison")), qPrintable(error));
        QCOMPARE(effectsCalled, 0); // the effects come after every event is in
        QCOMPARE(store->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QStringLiteral("c5")));
        QCOMPARE(store->feedEvents(QStringLiteral("f1"), &error)->size(), 5);
        QCOMPARE(store->quarantinedItems(QStringLiteral("f1"), 10, &error)->size(), 0);
        QCOMPARE(store->alarms(&error)->size(), 0);
        QCOMPARE(store->feeds(&error)->first().eventsStored, 5);
        // Without the poisoned event the same batch commits whole, with its effects and its quarantined item.
        failing.removeAt(2);
        const auto taken = store->commitFeedBatch(QStringLiteral("f1"), failing, {bad}, QStringLiteral("c9"),
                                                  [&](const QVector<bool> &fresh) {
                                                      ++effectsCalled;
                                                      return fresh.count(true) == 3 ? QList<core::Alarm>{effect} : QList<core::Alarm>();
                                                  },
                                                  &error);
        QVERIFY2(taken, qPrintable(error));
        QCOMPARE(*taken, (QVector<bool>{true, true, true}));
        QCOMPARE(store->feedCursor(QStringLiteral("f1"), &error), std::optional<QString>(QStringLiteral("c9")));
        QCOMPARE(store->alarms(&error)->size(), 1);
        const auto quarantined = store->quarantinedItems(QStringLiteral("f1"), 10, &error);
        QCOMPARE(quarantined->size(), 1);
        QCOMPARE(quarantined->first().raw, bad.raw);
        QCOMPARE(quarantined->first().cursor, bad.cursor);
        const core::FeedStatus counts = store->feeds(&error)->first();
        QCOMPARE(counts.eventsStored, 8);
        QCOMPARE(counts.quarantined, 1);
    }

    void theSameEventIdFromTwoFeedsIsTwoEvents()
    {
        const QString path = m_dir.filePath(QStringLiteral("identity.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime t0(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        const core::AlarmEvent north{QStringLiteral("17"), QStringLiteral("north"), QStringLiteral("E1"), QStringLiteral("GT-1"),
                                     QStringLiteral("combustible_gas"), 30, QStringLiteral("%LEL"), true, t0, QString()};
        core::AlarmEvent south = north;
        south.feedId = QStringLiteral("south");
        south.value = 55;
        QCOMPARE(commit(*store, QStringLiteral("north"), {north}, QStringLiteral("n1"), &error), std::optional<int>(1));
        QCOMPARE(commit(*store, QStringLiteral("south"), {south}, QStringLiteral("s1"), &error), std::optional<int>(1));
        QCOMPARE(commit(*store, QStringLiteral("south"), {south}, QStringLiteral("s1"), &error), std::optional<int>(0));
        QCOMPARE(store->feedEvents(QStringLiteral("north"), &error)->first().value, 30.0);
        QCOMPARE(store->feedEvents(QStringLiteral("south"), &error)->first().value, 55.0);
    }

    void aStoreRemovedOrReplacedWhileOpenRefusesEveryWrite()
    {
        // SQLite writes on to a file removed from under it; all of that would go with the old inode.
        const QString path = m_dir.filePath(QStringLiteral("removed.gpkg"));
        const QString aside = m_dir.filePath(QStringLiteral("aside.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        core::AlarmEvent event{QStringLiteral("e1"), QStringLiteral("f"), QStringLiteral("E1"), QStringLiteral("GT-1"),
                               QStringLiteral("combustible_gas"), 30, QStringLiteral("%LEL"), true,
                               QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC), QString()};
        QCOMPARE(commit(*store, QStringLiteral("f"), {event}, QStringLiteral("c1"), &error), std::optional<int>(1));

        QVERIFY(QFile::rename(path, aside));
        event.id = QStringLiteral("e2");
        QCOMPARE(commit(*store, QStringLiteral("f"), {event}, QStringLiteral("c2"), &error), std::nullopt);
        QVERIFY2(error.startsWith(path) && error.contains(QStringLiteral("was removed while it was open")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));

        QVERIFY(QFile::rename(aside, path)); // put back: the same file, so writing goes on
        QCOMPARE(commit(*store, QStringLiteral("f"), {event}, QStringLiteral("c2"), &error), std::optional<int>(1));

        QVERIFY(QFile::copy(path, aside));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(aside, path)); // another file with the same bytes
        event.id = QStringLiteral("e3");
        QCOMPARE(commit(*store, QStringLiteral("f"), {event}, QStringLiteral("c3"), &error), std::nullopt);
        QVERIFY2(error.contains(QStringLiteral("was replaced by another file")), qPrintable(error));
        QCOMPARE(store->feedEvents(QStringLiteral("f"), &error)->size(), 2);
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
                           QStringLiteral("GT-1"), QStringLiteral("methane"), 0.5 + i * 0.01, QStringLiteral("%CH4"), i % 2 == 0,
                           t0.addSecs(i), QStringLiteral("reading %1").arg(i)});
        QVERIFY(commit(*store, QStringLiteral("f1"), events, QStringLiteral("c50"), &error));
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
                                     QStringLiteral("methane"), 0.6, QStringLiteral("%CH4"), true, beijing, QString()};
        QVERIFY(commit(*store, QStringLiteral("t"), {event}, QStringLiteral("1"), &error));
        QCOMPARE(test::sqliteValue(path, QStringLiteral("SELECT occurred_at FROM alarm_events")).value_or(QVariant()).toString(),
                 QStringLiteral("2026-05-01T00:30:00.125Z"));
        QCOMPARE(store->feedEvents(QStringLiteral("t"), &error)->first().time, beijing);
    }

    void eventsWithChineseTextEmptyFieldsAndNoTimeRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        const QList<core::AlarmEvent> events{
            {QStringLiteral("t:中文"), QStringLiteral("t"), QStringLiteral("梁山化工"), QStringLiteral("甲烷-1"),
             QStringLiteral("methane"), 1.25, QStringLiteral("μg/m³"), true, QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC),
             QStringLiteral("甲烷超限")},
            {QStringLiteral("t:2"), QStringLiteral("t"), QString(), QString(), QStringLiteral("tank_level"), -3.5, QString(), false, QDateTime(), QString()},
        };
        QCOMPARE(commit(*store, QStringLiteral("t"), events, QStringLiteral("2"), &error), std::optional<int>(2));
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
        QVERIFY(!commit(*reader, QStringLiteral("f"), {}, QStringLiteral("1"), &error));
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
        core::Alarm alarm;
        alarm.key = {QStringLiteral("E001"), QStringLiteral("GT-101"), QStringLiteral("combustible_gas")};
        alarm.feedId = QStringLiteral("f1");
        alarm.eventId = QStringLiteral("7");
        alarm.sectorId = QStringLiteral("hazchem");
        alarm.value = 27.5;
        alarm.unit = QStringLiteral("%LEL");
        alarm.threshold = 25;
        alarm.state = core::AlarmState::UnacknowledgedActive;
        alarm.priority = core::AlarmPriority::High;
        alarm.responseLevel = core::ResponseLevel::IV;
        alarm.classified = false;
        alarm.explanation = QStringLiteral("可燃气体一级报警");
        alarm.message = QStringLiteral("源端消息");
        alarm.conditionActive = true;
        alarm.raisedAt = t0;
        alarm.updatedAt = t0.addSecs(3);
        alarm.activeSince = t0.addSecs(4);
        alarm.unacknowledgedSince = t0.addSecs(4);
        alarm.recentActivations = {t0.addSecs(4), t0.addSecs(5)};
        alarm.activationCount = 2;
        alarm.chattering = true;
        alarm.stale = true;
        core::Incident incident{QStringLiteral("I1"), QStringLiteral("储罐泄漏"), QStringLiteral("hazchem"),
                                QStringLiteral("toxic_leak"), QStringLiteral("E001"), alarm.eventId, {116.031, 35.871},
                                core::ResponseLevel::III, core::IncidentStatus::Closed, t0.addSecs(60),
                                t0.addSecs(7200), QStringLiteral("duty1"), QStringLiteral("处置完毕")};
        core::DispatchOrder order{QStringLiteral("O1"), QStringLiteral("I1"), QStringLiteral("TM01"),
                                  core::DispatchStatus::EnRoute, 642.5, t0.addSecs(120), QStringLiteral("duty1")};
        AuditEntry audit{QStringLiteral("duty1"), t0.addSecs(30), QStringLiteral("alarm.acknowledge"), alarm.key.toString(),
                         QStringLiteral("现场确认")};
        {
            auto store = GeoPackageStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(store->saveAlarms({alarm}, {}, &error), qPrintable(error));
            // A second save updates the same alarm over the version the first wrote, and its audit line goes in with it.
            alarm.rowVersion = 1;
            alarm.state = core::AlarmState::Shelved;
            alarm.acknowledgedBy = QStringLiteral("duty1");
            alarm.acknowledgedAt = t0.addSecs(30);
            alarm.shelvedUntil = t0.addSecs(3600);
            alarm.stateBy = QStringLiteral("duty1");
            alarm.stateAt = t0.addSecs(31);
            alarm.stateReason = QStringLiteral("动火作业");
            alarm.verification = core::Verification::TestOrMaintenance;
            alarm.verificationReason = QStringLiteral("标定");
            alarm.verifiedBy = QStringLiteral("duty2");
            alarm.verifiedAt = t0.addSecs(40);
            alarm.escalation = core::EscalationStage::ShiftLeader;
            QVERIFY2(store->saveAlarms({alarm}, {audit}, &error), qPrintable(error));
            QVERIFY2(store->saveIncident(incident, &error), qPrintable(error));
            dispatch::IncidentRecords orders;
            orders.orders = {order, {QStringLiteral("O2"), QStringLiteral("I9"), QStringLiteral("TM02"),
                                     core::DispatchStatus::Dispatched, 60, t0, QStringLiteral("duty2")}};
            QVERIFY2(store->commitIncidentRecords(orders, &error), qPrintable(error));
            core::Alarm normal = alarm;
            normal.key.sensorId = QStringLiteral("GT-102");
            normal.state = core::AlarmState::Normal;
            normal.rowVersion = 0; // a new row
            QVERIFY2(store->saveAlarms({normal}, {}, &error), qPrintable(error));
        }
        auto store = GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->alarms(&error)->size(), 2);
        const auto open = store->openAlarms(&error);
        QVERIFY2(open && open->size() == 1, qPrintable(error));
        const core::Alarm &a = open->first();
        QCOMPARE(a.key, alarm.key);
        QCOMPARE(a.rowVersion, 2);
        QCOMPARE(a.feedId, alarm.feedId);
        QCOMPARE(a.eventId, alarm.eventId);
        QCOMPARE(a.value, alarm.value);
        QCOMPARE(a.unit, alarm.unit);
        QCOMPARE(a.threshold, alarm.threshold);
        QCOMPARE(a.state, core::AlarmState::Shelved);
        QCOMPARE(a.priority, alarm.priority);
        QCOMPARE(a.responseLevel, alarm.responseLevel);
        QCOMPARE(a.classified, false);
        QCOMPARE(a.explanation, alarm.explanation);
        QCOMPARE(a.message, alarm.message);
        QCOMPARE(a.conditionActive, true);
        QCOMPARE(a.raisedAt, alarm.raisedAt);
        QCOMPARE(a.updatedAt, alarm.updatedAt);
        QCOMPARE(a.activeSince, alarm.activeSince);
        QCOMPARE(a.unacknowledgedSince, alarm.unacknowledgedSince);
        QCOMPARE(a.shelvedUntil, alarm.shelvedUntil);
        QCOMPARE(a.acknowledgedBy, alarm.acknowledgedBy);
        QCOMPARE(a.acknowledgedAt, alarm.acknowledgedAt);
        QCOMPARE(a.stateBy, alarm.stateBy);
        QCOMPARE(a.stateAt, alarm.stateAt);
        QCOMPARE(a.stateReason, alarm.stateReason);
        QCOMPARE(a.verification, alarm.verification);
        QCOMPARE(a.verificationReason, alarm.verificationReason);
        QCOMPARE(a.verifiedBy, alarm.verifiedBy);
        QCOMPARE(a.verifiedAt, alarm.verifiedAt);
        QCOMPARE(a.escalation, alarm.escalation);
        QCOMPARE(a.recentActivations, alarm.recentActivations);
        QCOMPARE(a.activationCount, alarm.activationCount);
        QCOMPARE(a.chattering, true);
        QCOMPARE(a.stale, true);

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
        QCOMPARE(i.closingSummary, incident.closingSummary);
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

    void anAlarmWithAnEmptyKeyPartIsStoredAndReadBack()
    {
        // A feed's communication-failure alarm has no enterprise: its key is ("", feed, kind).
        QString error;
        auto store = GeoPackageStore::create(m_dir.filePath(QStringLiteral("comm.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        core::Alarm lost;
        lost.key = {QString(), QStringLiteral("north"), QStringLiteral("communication_failure")};
        lost.feedId = QStringLiteral("north");
        lost.state = core::AlarmState::UnacknowledgedActive;
        lost.priority = core::AlarmPriority::High;
        lost.conditionActive = true;
        QVERIFY2(store->saveAlarms({lost}, {}, &error), qPrintable(error));
        lost.state = core::AlarmState::UnacknowledgedCleared; // the same key again: one row, updated
        lost.conditionActive = false;
        lost.rowVersion = 1;
        QVERIFY2(store->saveAlarms({lost}, {}, &error), qPrintable(error));
        const auto open = store->openAlarms(&error);
        QVERIFY2(open, qPrintable(error));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().key, lost.key);
        QCOMPARE(open->first().state, core::AlarmState::UnacknowledgedCleared);
    }

    void aWriteOverAnotherVersionIsRefusedAndChangesNothing()
    {
        QString error;
        auto store = GeoPackageStore::create(m_dir.filePath(QStringLiteral("versions.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        core::Alarm alarm;
        alarm.key = {QStringLiteral("E001"), QStringLiteral("GT-101"), QStringLiteral("combustible_gas")};
        alarm.state = core::AlarmState::UnacknowledgedActive;
        QVERIFY2(store->saveAlarms({alarm}, {}, &error), qPrintable(error));
        // Written as if the row were new (version 0), with an audit line: the row is version 1 by now.
        core::Alarm stale = alarm;
        stale.state = core::AlarmState::AcknowledgedActive;
        stale.acknowledgedBy = QStringLiteral("李");
        const AuditEntry audit{QStringLiteral("李"), QDateTime::currentDateTimeUtc(), QStringLiteral("alarm.acknowledge"),
                               alarm.key.toString(), QString()};
        QVERIFY(!store->saveAlarms({stale}, {audit}, &error));
        QVERIFY2(error.contains(QStringLiteral("E001/GT-101/combustible_gas")) && error.contains(QStringLiteral("another seat")),
                 qPrintable(error));
        const auto stored = store->alarmsWithKeys({alarm.key.toString(), QStringLiteral("E404/none/kind")}, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().state, core::AlarmState::UnacknowledgedActive);
        QCOMPARE(stored->first().rowVersion, 1);
        QVERIFY(store->auditLog(&error)->isEmpty());
        // Over the version read, the same write goes in.
        stale.rowVersion = stored->first().rowVersion;
        QVERIFY2(store->saveAlarms({stale}, {audit}, &error), qPrintable(error));
        QCOMPARE(store->alarmsWithKeys({alarm.key.toString()}, &error)->first().rowVersion, 2);
        QCOMPARE(store->auditLog(&error)->size(), 1);
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
