// SPDX-License-Identifier: GPL-2.0-or-later
// Opening the committed schema-1 fixture (tests/data/storage/v1.gpkg, written by the v1 code)
// upgrades a copy in place with every record intact.
#include "sampleregistry.h"
#include "storage/geopackagestore.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using namespace cp::storage;

namespace {

//! The highest version recorded in the file's commandpost_schema table, read with plain SQLite.
int recordedVersion(const QString &path)
{
    return test::sqliteValue(path, QStringLiteral("SELECT MAX(version) FROM commandpost_schema")).value_or(-1).toInt();
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("upgraded.gpkg"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("storage/v1.gpkg")), m_path));
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void theFixtureIsOfSchemaOne()
    {
        QCOMPARE(recordedVersion(m_path), 1);
        QVERIFY(GeoPackageStore::schemaVersion() > 1);
    }

    void aReaderRefusesAnOlderSchemaAndLeavesItAlone()
    {
        QString error;
        QVERIFY(!GeoPackageStore::openForReading(m_path, &error));
        QVERIFY2(error.contains(m_path) && error.contains(QLatin1String("version 1")), qPrintable(error));
        QCOMPARE(recordedVersion(m_path), 1);
    }

    void openingUpgradesToTheCurrentSchema()
    {
        QString error;
        QVERIFY2(GeoPackageStore::open(m_path, &error), qPrintable(error));
        QCOMPARE(recordedVersion(m_path), GeoPackageStore::schemaVersion());
        // A second open finds nothing to do.
        QVERIFY2(GeoPackageStore::open(m_path, &error), qPrintable(error));
        QCOMPARE(recordedVersion(m_path), GeoPackageStore::schemaVersion());
    }

    void theRegistryIsIntact()
    {
        QString error;
        auto store = GeoPackageStore::open(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        const std::optional<Registry> read = store->readRegistry(&error);
        QVERIFY2(read, qPrintable(error));
        const QString difference = test::registryDifference(*read, test::v1FixtureRegistry());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void theOperationalRecordsAreIntact()
    {
        const test::FixtureOperations expected = test::v1FixtureOperations();
        QString error;
        auto store = GeoPackageStore::open(m_path, &error);
        QVERIFY2(store, qPrintable(error));

        QCOMPARE(store->feedEvents(expected.feedId, &error), std::optional<QList<core::AlarmEvent>>(expected.events));
        QCOMPARE(store->feedCursor(expected.feedId, &error), std::optional<QString>(expected.cursor));

        const auto alarms = store->alarms(&error);
        QVERIFY2(alarms && alarms->size() == 1, qPrintable(error));
        const core::Alarm &a = alarms->first();
        // Version 4 keys an alarm by (enterprise, sensor, kind) and names the event that raised it.
        QCOMPARE(a.eventId, expected.alarm.id);
        QCOMPARE(a.key.enterpriseId, expected.alarm.enterpriseId);
        QCOMPARE(a.key.sensorId, expected.alarm.sensorId);
        QCOMPARE(a.key.kind, expected.alarm.kind);
        QCOMPARE(a.value, expected.alarm.value);
        QCOMPARE(a.unit, expected.alarm.unit);
        QCOMPARE(a.threshold, expected.alarm.threshold);
        QCOMPARE(a.state, expected.alarm.state);
        QCOMPARE(a.priority, expected.alarm.priority);
        QCOMPARE(a.raisedAt, expected.alarm.raisedAt);
        QCOMPARE(a.updatedAt, expected.alarm.updatedAt);
        QCOMPARE(a.message, expected.alarm.message);
        // Version 2's columns: unknown for alarms handled before the upgrade; the acknowledged
        // active alarm's condition is taken as active (version 4).
        QVERIFY(a.acknowledgedBy.isEmpty());
        QVERIFY(!a.acknowledgedAt.isValid());
        QVERIFY(!a.shelvedUntil.isValid());
        QVERIFY(a.conditionActive);
        QCOMPARE(a.escalation, core::EscalationStage::None);

        const auto incidents = store->incidents(&error);
        QVERIFY2(incidents && incidents->size() == 1, qPrintable(error));
        const core::Incident &i = incidents->first();
        QCOMPARE(i.id, expected.incident.id);
        QCOMPARE(i.title, expected.incident.title);
        QCOMPARE(i.sectorId, expected.incident.sectorId);
        QCOMPARE(i.incidentType, expected.incident.incidentType);
        QCOMPARE(i.enterpriseId, expected.incident.enterpriseId);
        QCOMPARE(i.sourceAlarmId, expected.incident.sourceAlarmId);
        QCOMPARE(i.position, expected.incident.position);
        QCOMPARE(i.responseLevel, expected.incident.responseLevel);
        QCOMPARE(i.status, expected.incident.status);
        QCOMPARE(i.openedAt, expected.incident.openedAt);
        QCOMPARE(i.closedAt, expected.incident.closedAt);
        QCOMPARE(i.openedBy, expected.incident.openedBy);

        const auto orders = store->dispatchOrders(expected.incident.id, &error);
        QVERIFY2(orders && orders->size() == 1, qPrintable(error));
        QCOMPARE(orders->first().id, expected.order.id);
        QCOMPARE(orders->first().teamId, expected.order.teamId);
        QCOMPARE(orders->first().status, expected.order.status);
        QCOMPARE(orders->first().etaSeconds, expected.order.etaSeconds);
        QCOMPARE(orders->first().updatedAt, expected.order.updatedAt);
        QCOMPARE(orders->first().updatedBy, expected.order.updatedBy);

        const auto log = store->auditLog(&error);
        QVERIFY2(log && log->size() == 1, qPrintable(error));
        QCOMPARE(log->first().user, expected.audit.user);
        QCOMPARE(log->first().time, expected.audit.time);
        QCOMPARE(log->first().action, expected.audit.action);
        QCOMPARE(log->first().target, expected.audit.target);
        QCOMPARE(log->first().comment, expected.audit.comment);
    }

    void theUpgradedStoreTakesTheNewColumns()
    {
        QString error;
        {
            auto store = GeoPackageStore::open(m_path, &error);
            QVERIFY2(store, qPrintable(error));
            QList<core::Alarm> alarms = *store->alarms(&error);
            alarms.first().acknowledgedBy = QStringLiteral("duty2");
            alarms.first().acknowledgedAt = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
            alarms.first().shelvedUntil = QDateTime(QDate(2026, 5, 2), QTime(17, 0), Qt::UTC);
            QVERIFY2(store->saveAlarms(alarms, {}, &error), qPrintable(error));
            // The feed resumes where v1 left it: the events it resends are recognised.
            const test::FixtureOperations v1 = test::v1FixtureOperations();
            QCOMPARE(store->commitFeedBatch(v1.feedId, v1.events, {}, QStringLiteral("1003"), {}, &error),
                     std::optional<QVector<bool>>(QVector<bool>{false, false}));
            // The counts of version 4 start from what version 1 had stored.
            const auto feeds = store->feeds(&error);
            QVERIFY2(feeds && feeds->size() == 1, qPrintable(error));
            QCOMPARE(feeds->first().eventsStored, 2);
            QCOMPARE(feeds->first().cursor, QStringLiteral("1003"));
        }
        auto store = GeoPackageStore::open(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        const core::Alarm record = store->alarms(&error)->first();
        QCOMPARE(record.acknowledgedBy, QStringLiteral("duty2"));
        QCOMPARE(record.acknowledgedAt, QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(record.shelvedUntil, QDateTime(QDate(2026, 5, 2), QTime(17, 0), Qt::UTC));
    }

    void theUpgradedStoreKeepsSupplyMovements()
    {
        QString error;
        const dispatch::SupplyMovement movement{QStringLiteral("D1"), QStringLiteral("tent"), 12, QStringLiteral("pcs"),
                                                QStringLiteral("INC-1"), QDateTime(QDate(2026, 5, 2), QTime(9, 30), Qt::UTC),
                                                QStringLiteral("duty2"), 640, dispatch::SupplyMovementKind::Issue, {}};
        {
            auto store = GeoPackageStore::open(m_path, &error);
            QVERIFY2(store, qPrintable(error));
            dispatch::IncidentRecords change;
            change.supplyMovements.append(movement);
            QVERIFY2(store->commitIncidentRecords(change, &error), qPrintable(error));
        }
        auto store = GeoPackageStore::open(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        const auto records = store->incidentRecords(&error);
        QVERIFY2(records, qPrintable(error));
        const QList<dispatch::SupplyMovement> *stored = &records->supplyMovements;
        QVERIFY(stored->size() == 1);
        QCOMPARE(stored->first().item, movement.item);
        QCOMPARE(stored->first().quantity, movement.quantity);
        QCOMPARE(stored->first().time, movement.time);
        QCOMPARE(stored->first().travelSeconds, movement.travelSeconds);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
