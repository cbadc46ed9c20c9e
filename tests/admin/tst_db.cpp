// SPDX-License-Identifier: GPL-2.0-or-later
// `commandpost-admin db` and `follow` as the IT staff run them, against a private PostgreSQL server:
// init, import of the demo data set, status, the change stream, export for offline work, refusals.
#include "adminprocess.h"
#include "pgcluster.h"
#include "sampleregistry.h"
#include "storage/geopackagestore.h"
#include "storage/postgresstore.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;

namespace {

//! commandpost-admin in English, so the tests read its messages.
test::AdminRun admin(const QStringList &arguments)
{
    return test::runAdmin(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, 120000);
}

} // namespace

class TestAdminDb : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("county"), &error), qPrintable(error));
        m_db = m_cluster.conninfo(QStringLiteral("county"));
        QVERIFY(m_dir.isValid());
    }

    void initCreatesTheSchemaOnce()
    {
        test::AdminRun run = admin({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_db});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(QStringLiteral("schema version %1 created").arg(storage::GeoPackageStore::schemaVersion())),
                 qPrintable(run.outText()));
        run = admin({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("already holds")), qPrintable(run.errText()));
        run = admin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), m_db});
        QVERIFY2(run.code == 0 && run.outText().contains(QStringLiteral("nothing to do")), qPrintable(run.outText() + run.errText()));
    }

    void migrateUpgradesADatabaseOfTheFirstSharedVersion()
    {
        // Version 6, the first shared schema, had no row versions: take them out again.
        QString error;
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("old"), &error), qPrintable(error));
        const QString db = m_cluster.conninfo(QStringLiteral("old"));
        QVERIFY(admin({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db}).code == 0);
        m_cluster.psql(QStringLiteral("old"), QStringLiteral("ALTER TABLE alarms DROP COLUMN row_version; "
                                                             "ALTER TABLE incidents DROP COLUMN row_version; "
                                                             "ALTER TABLE dispatch_orders DROP COLUMN row_version; "
                                                             "ALTER TABLE team_status DROP COLUMN row_version; "
                                                             "ALTER TABLE depot_stock DROP COLUMN row_version; "
                                                             "ALTER TABLE shelter_status DROP COLUMN row_version; "
                                                             "DELETE FROM commandpost_schema; "
                                                             "INSERT INTO commandpost_schema VALUES (6, now(), 'v6')"),
                       &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const test::AdminRun run = admin({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), db});
        QVERIFY2(run.code == 0 && run.outText().contains(QStringLiteral("upgraded from schema version 6 to %1")
                                                             .arg(storage::GeoPackageStore::schemaVersion())),
                 qPrintable(run.outText() + run.errText()));
        QCOMPARE(m_cluster.psql(QStringLiteral("old"), QStringLiteral("SELECT max(version) FROM commandpost_schema")).toInt(),
                 storage::GeoPackageStore::schemaVersion());
        QCOMPARE(m_cluster.psql(QStringLiteral("old"), QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                                                      "WHERE column_name = 'row_version'"))
                     .toInt(),
                 6);
    }

    void importTakesTheDemoDataSetAndStatusReadsIt()
    {
        const QString demo = test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg"));
        test::AdminRun run = admin({QStringLiteral("db"), QStringLiteral("import"), demo, QStringLiteral("--db"), m_db});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(QStringLiteral("33 response plans")), qPrintable(run.outText()));
        // A second import would mix two data sets: refused, nothing changed.
        run = admin({QStringLiteral("db"), QStringLiteral("import"), demo, QStringLiteral("--db"), m_db});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("already holds a data set")), qPrintable(run.errText()));
        run = admin({QStringLiteral("status"), QStringLiteral("--db"), m_db, QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        const QJsonObject status = QJsonDocument::fromJson(run.outText().toUtf8()).object();
        QVERIFY2(status.contains(QStringLiteral("feeds")), qPrintable(run.outText()));
    }

    void followOncePrintsTheLogAsJsonLines()
    {
        const test::AdminRun run = admin({QStringLiteral("follow"), QStringLiteral("--db"), m_db, QStringLiteral("--since"),
                               QStringLiteral("0"), QStringLiteral("--once")});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 100, qPrintable(QString::number(lines.size()))); // the registry and the 814 plan steps
        qint64 previous = 0;
        for (const QString &line : lines) {
            const QJsonObject change = QJsonDocument::fromJson(line.toUtf8()).object();
            for (const char *key : {"seq", "table", "op", "id", "actor", "at"})
                QVERIFY2(change.contains(QLatin1String(key)), qPrintable(line));
            QCOMPARE(static_cast<qint64>(change.value(QStringLiteral("seq")).toDouble()), previous + 1);
            previous = static_cast<qint64>(change.value(QStringLiteral("seq")).toDouble());
        }
        QVERIFY(run.outText().contains(QStringLiteral("\"table\":\"response_plan_steps\"")));
    }

    void followStreamsAChangeWithinASecond()
    {
        QProcess follow;
        follow.start(QStringLiteral(COMMANDPOST_ADMIN_EXECUTABLE),
                     {QStringLiteral("follow"), QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")});
        QByteArray said; // QTRY evaluates its condition once more at the end: collect, never consume
        QTRY_VERIFY_WITH_TIMEOUT((said += follow.readAllStandardError()).contains("connected"), 10000);
        QString error;
        auto store = storage::PostgresStore::connect(*storage::PostgresAddress::parse(m_db, &error), &error);
        QVERIFY2(store && store->setActor(QStringLiteral("李"), &error), qPrintable(error));
        core::Incident incident{QStringLiteral("I17"), QStringLiteral("储罐泄漏"), QStringLiteral("hazchem"),
                                QStringLiteral("toxic_leak"), QStringLiteral("E001"), QString(), {116.0, 35.8},
                                core::ResponseLevel::IV, core::IncidentStatus::Reported, QDateTime::currentDateTimeUtc(),
                                QDateTime(), QStringLiteral("李"), QString()};
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(store->saveIncident(incident, &error), qPrintable(error));
        QVERIFY(follow.waitForReadyRead(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const QJsonObject change = QJsonDocument::fromJson(follow.readLine()).object();
        QCOMPARE(change.value(QStringLiteral("table")).toString(), QStringLiteral("incidents"));
        QCOMPARE(change.value(QStringLiteral("id")).toString(), QStringLiteral("I17"));
        QCOMPARE(change.value(QStringLiteral("actor")).toString(), QStringLiteral("李"));
        follow.kill();
        follow.waitForFinished();
    }

    void exportWritesAGeoPackageForOfflineWork()
    {
        const QString out = m_dir.filePath(QStringLiteral("offline.gpkg"));
        const test::AdminRun run = admin({QStringLiteral("db"), QStringLiteral("export"), out, QStringLiteral("--db"), m_db});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QString error;
        auto exported = storage::GeoPackageStore::open(out, &error);
        auto demo = storage::GeoPackageStore::openForReading(test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), &error);
        QVERIFY2(exported && demo, qPrintable(error));
        const QString difference = test::registryDifference(*exported->readRegistry(&error), *demo->readRegistry(&error));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(exported->responsePlans(&error)->book.plans().size(), 33);
        QCOMPARE(exported->incidents(&error)->size(), 1); // I17 of the change stream
        // Never over an existing file.
        const test::AdminRun again = admin({QStringLiteral("db"), QStringLiteral("export"), out, QStringLiteral("--db"), m_db});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.errText().contains(QStringLiteral("already exists")), qPrintable(again.errText()));
    }

    void anExportThatFailsPartWayLeavesNoFile()
    {
        // The audit log is read after the registry, the plans, the alarms and the incidents have
        // been written into the new file: without its table the copy fails part-way.
        QString error;
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("halfway"), &error), qPrintable(error));
        const QString db = m_cluster.conninfo(QStringLiteral("halfway"));
        const test::AdminRun init = admin({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(init.code == 0, qPrintable(init.errText()));
        m_cluster.psql(QStringLiteral("halfway"), QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_gone"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QTemporaryDir folder;
        const QString out = folder.filePath(QStringLiteral("offline.gpkg"));
        const test::AdminRun run = admin({QStringLiteral("db"), QStringLiteral("export"), out, QStringLiteral("--db"), db});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.errText().contains(QStringLiteral("cannot read the audit log")), qPrintable(run.errText()));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // Mended, the same command goes through: no half-written file stands in its way.
        m_cluster.psql(QStringLiteral("halfway"), QStringLiteral("ALTER TABLE audit_log_gone RENAME TO audit_log"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const test::AdminRun again = admin({QStringLiteral("db"), QStringLiteral("export"), out, QStringLiteral("--db"), db});
        QVERIFY2(again.code == 0, qPrintable(again.errText()));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("offline.gpkg")});
    }

    void badAddressesAreRefusedWithoutEchoingASecret()
    {
        test::AdminRun run = admin({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"),
                         QStringLiteral("postgresql://duty:hunter2@127.0.0.1/county")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.errText().contains(QStringLiteral(".pgpass")) && !run.errText().contains(QStringLiteral("hunter2")), qPrintable(run.errText()));
        run = admin({QStringLiteral("follow"), QStringLiteral("--db"), m_db, QStringLiteral("--since"), QStringLiteral("x")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("--since x")), qPrintable(run.errText()));
        run = admin({QStringLiteral("db"), QStringLiteral("vacuum"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.code, 2);
    }

private:
    test::PgCluster m_cluster;
    QString m_db;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAdminDb)
#include "tst_db.moc"
