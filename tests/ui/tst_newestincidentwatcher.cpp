// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/newestincidentwatcher.h"

#include "storage/geopackagestore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;

namespace {

core::Incident incident(const QString &id, int minutesAfterThree, core::IncidentStatus status = core::IncidentStatus::Reported)
{
    core::Incident i;
    i.id = id;
    i.title = QStringLiteral("泄漏 %1").arg(id);
    i.sectorId = QStringLiteral("hazchem");
    i.position = {116.09, 35.80};
    i.status = status;
    i.openedAt = QDateTime(QDate(2026, 11, 29), QTime(3, minutesAfterThree), Qt::UTC);
    i.openedBy = QStringLiteral("duty");
    return i;
}

} // namespace

class TestNewestIncidentWatcher : public QObject
{
    Q_OBJECT

private slots:
    void followsTheNewestOpenIncident()
    {
        QTemporaryDir dir;
        QString error;
        auto store = storage::GeoPackageStore::create(dir.filePath(QStringLiteral("s.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        ui::NewestIncidentWatcher watcher(*store, std::chrono::seconds(60));
        QSignalSpy changed(&watcher, &ui::NewestIncidentWatcher::changed);

        watcher.poll();
        QCOMPARE(changed.count(), 0); // nothing open, nothing was open
        QVERIFY(!watcher.current());

        QVERIFY2(store->saveIncident(incident(QStringLiteral("I-1"), 5), &error), qPrintable(error));
        watcher.poll();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(watcher.current()->id, QStringLiteral("I-1"));

        watcher.poll(); // unchanged: no signal
        QCOMPARE(changed.count(), 1);

        // An older incident saved later is not the newest; a newer one is.
        QVERIFY(store->saveIncident(incident(QStringLiteral("I-0"), 1), &error));
        QVERIFY(store->saveIncident(incident(QStringLiteral("I-2"), 9), &error));
        watcher.poll();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(watcher.current()->id, QStringLiteral("I-2"));

        // Closing the newest brings back the one before; closing all leaves none.
        QVERIFY(store->saveIncident(incident(QStringLiteral("I-2"), 9, core::IncidentStatus::Closed), &error));
        watcher.poll();
        QCOMPARE(watcher.current()->id, QStringLiteral("I-1"));
        for (const QString &id : {QStringLiteral("I-0"), QStringLiteral("I-1")})
            QVERIFY(store->saveIncident(incident(id, id == QLatin1String("I-0") ? 1 : 5, core::IncidentStatus::Closed), &error));
        watcher.poll();
        QVERIFY(!watcher.current());
        QCOMPARE(changed.count(), 4);
    }

    void aStoreThatCannotBeReadIsReportedAndTheLastIncidentKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.gpkg"));
        QString error;
        auto store = storage::GeoPackageStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->saveIncident(incident(QStringLiteral("I-1"), 5), &error));
        ui::NewestIncidentWatcher watcher(*store, std::chrono::seconds(60));
        watcher.poll();
        QVERIFY(watcher.current());
        {
            // Another program damages the file under the running seat.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery drop(db);
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE incidents")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
        QSignalSpy failed(&watcher, &ui::NewestIncidentWatcher::readFailed);
        watcher.poll();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("incidents")), qPrintable(failed.first().first().toString()));
        QCOMPARE(watcher.current()->id, QStringLiteral("I-1"));
    }
};

QTEST_GUILESS_MAIN(TestNewestIncidentWatcher)
#include "tst_newestincidentwatcher.moc"
