// SPDX-License-Identifier: GPL-2.0-or-later
// The wall's view of the desk's incidents: a desk session writes to a copy of the demo data, the
// watcher on the same file sees every open incident, its teams and shelters, and only changes when
// the store did.
#include "ui/incidentlistmodel.h"
#include "ui/storeincidentwatcher.h"

#include "storage/geopackagestore.h"
#include "testpaths.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cp;

namespace {

const QString duty = QStringLiteral("duty1");

core::Incident draft(const QString &title, core::ResponseLevel level)
{
    core::Incident i;
    i.title = title;
    i.position = {116.09, 35.80};
    i.responseLevel = level;
    return i;
}

} // namespace

class TestStoreIncidentWatcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("county.gpkg"));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void seesEveryOpenIncidentWithItsTeamsAndShelters()
    {
        QString error;
        auto deskStore = storage::GeoPackageStore::open(m_path, &error);
        QVERIFY2(deskStore, qPrintable(error));
        const std::optional<storage::Registry> registry = deskStore->readRegistry(&error);
        QVERIFY2(registry, qPrintable(error));
        dispatch::IncidentSession desk(deskStore.get());
        desk.setResources(registry->teams, registry->supplyDepots, registry->shelters);

        auto wallStore = storage::GeoPackageStore::openForReading(m_path, &error);
        QVERIFY2(wallStore, qPrintable(error));
        ui::StoreIncidentWatcher watcher(*wallStore, std::chrono::seconds(60));
        QSignalSpy changed(&watcher, &ui::StoreIncidentWatcher::changed);
        QVERIFY2(watcher.start(&error), qPrintable(error));
        QCOMPARE(changed.size(), 1); // the first read
        QVERIFY(ui::openIncidentRows(watcher.session()).isEmpty());
        watcher.poll();
        QCOMPARE(changed.size(), 1); // nothing new: no signal

        const QDateTime t0(QDate(2026, 12, 6), QTime(19, 0), Qt::UTC);
        const auto leak = desk.open(draft(QStringLiteral("氯气泄漏"), core::ResponseLevel::II), duty, t0, &error);
        QVERIFY2(leak, qPrintable(error));
        const auto fire = desk.open(draft(QStringLiteral("仓库火灾"), core::ResponseLevel::III), duty, t0.addSecs(600), &error);
        QVERIFY2(fire, qPrintable(error));
        const auto available = std::find_if(registry->teams.cbegin(), registry->teams.cend(),
                                            [](const core::Team &t) { return t.status == core::TeamStatus::Available; });
        QVERIFY(available != registry->teams.cend());
        const QString teamId = available->id;
        QVERIFY2(desk.dispatchTeam(fire->id, teamId, 600, duty, t0.addSecs(660), &error), qPrintable(error));
        const QString shelterId = registry->shelters.first().id;
        QVERIFY2(desk.openShelter(shelterId, leak->id, duty, t0.addSecs(700), &error), qPrintable(error));
        QVERIFY2(desk.registerShelterMovement(shelterId, dispatch::ShelterMovementKind::Arrival, {40, 10, 5, 1}, duty,
                                              t0.addSecs(720), &error),
                 qPrintable(error));

        watcher.poll();
        QCOMPARE(changed.size(), 2);
        const QList<ui::IncidentRow> open = ui::openIncidentRows(watcher.session());
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).incident.id, fire->id); // newest first
        QCOMPARE(open.at(1).incident.title, QStringLiteral("氯气泄漏"));
        QCOMPARE(watcher.session().teamState(teamId).status, core::TeamStatus::Dispatched);
        QCOMPARE(watcher.session().teamState(teamId).incidentId, fire->id);
        QCOMPARE(watcher.session().shelterState(shelterId).present.people, 40);

        // A change that adds no incident (the shelter fills up) is seen too.
        QVERIFY(desk.registerShelterMovement(shelterId, dispatch::ShelterMovementKind::Arrival, {5, 0, 0, 0}, duty,
                                             t0.addSecs(780), &error));
        watcher.poll();
        QCOMPARE(changed.size(), 3);
        QCOMPARE(watcher.session().shelterState(shelterId).present.people, 45);

        QVERIFY2(desk.close(leak->id, QStringLiteral("泄漏已堵住"), duty, t0.addSecs(900), &error), qPrintable(error));
        watcher.poll();
        QCOMPARE(changed.size(), 4);
        QCOMPARE(ui::openIncidentRows(watcher.session()).size(), 1);
    }

    void aStoreThatCannotBeReadIsReportedAndTheLastReadKept()
    {
        QString error;
        {
            auto deskStore = storage::GeoPackageStore::open(m_path, &error);
            QVERIFY2(deskStore, qPrintable(error));
            dispatch::IncidentSession desk(deskStore.get());
            QVERIFY2(desk.open(draft(QStringLiteral("Road accident"), core::ResponseLevel::IV), duty, QDateTime::currentDateTimeUtc(), &error),
                     qPrintable(error));
        }
        auto store = storage::GeoPackageStore::openForReading(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        ui::StoreIncidentWatcher watcher(*store, std::chrono::seconds(60));
        QVERIFY2(watcher.start(&error), qPrintable(error));
        QCOMPARE(ui::openIncidentRows(watcher.session()).size(), 1);
        {
            // Another program damages the file under the running seat.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("vandal"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery drop(db);
            QVERIFY(drop.exec(QStringLiteral("DROP TABLE incident_events")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("vandal"));
        QSignalSpy failed(&watcher, &ui::StoreIncidentWatcher::readFailed);
        watcher.poll();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("incident_events")), qPrintable(failed.first().first().toString()));
        QCOMPARE(ui::openIncidentRows(watcher.session()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreIncidentWatcher)
#include "tst_storeincidentwatcher.moc"
