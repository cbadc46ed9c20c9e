// SPDX-License-Identifier: GPL-2.0-or-later
// ChangeFollower on a real PostgreSQL server: seat B sees seat A's change within a second, a killed
// backend and a lost notification cost seconds and no change, and no change comes twice.
#include "pgcluster.h"
#include "storage/changefollower.h"
#include "storage/postgresstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace cp;
using namespace cp::storage;

namespace {

core::Incident incident(const QString &id)
{
    return {id, QStringLiteral("燃气泄漏"), QStringLiteral("gas"), QStringLiteral("leak"), QStringLiteral("E001"), QString(),
            {116.1, 35.8}, core::ResponseLevel::IV, core::IncidentStatus::Reported,
            QDateTime(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC), QDateTime(), QStringLiteral("李"), QString()};
}

//! Every change the follower delivered, in order.
QList<ChangeRecord> delivered(const QSignalSpy &spy)
{
    QList<ChangeRecord> all;
    for (const QList<QVariant> &arguments : spy)
        all += arguments.first().value<QList<ChangeRecord>>();
    return all;
}

} // namespace

class TestChangeFollower : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("seats"), &error), qPrintable(error));
        m_address = *PostgresAddress::parse(m_cluster.conninfo(QStringLiteral("seats")), &error);
        QVERIFY2(PostgresStore::initialize(m_address, &error), qPrintable(error));
        m_seatA = PostgresStore::connect(m_address, &error);
        QVERIFY2(m_seatA, qPrintable(error));
    }

    void seatBSeesSeatAsChangeWithinASecond()
    {
        QString error;
        ChangeFollower seatB(m_address, *m_seatA->latestChange(&error), {});
        QSignalSpy connected(&seatB, &ChangeFollower::connectionChanged);
        QSignalSpy changes(&seatB, &ChangeFollower::changed);
        seatB.start();
        QVERIFY(seatB.isConnected());
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(m_seatA->saveIncident(incident(QStringLiteral("I1")), &error), qPrintable(error));
        QVERIFY(changes.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        const QList<ChangeRecord> seen = delivered(changes);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().table, QStringLiteral("incidents"));
        QCOMPARE(seen.first().rowId, QStringLiteral("I1"));
        QCOMPARE(seatB.lastSeq(), seen.first().seq);
    }

    void aKilledBackendIsNoticedAndExactlyTheMissedChangesCatchUp()
    {
        QString error;
        ChangeFollower seatB(m_address, *m_seatA->latestChange(&error), {500, true});
        QSignalSpy connection(&seatB, &ChangeFollower::connectionChanged);
        QSignalSpy changes(&seatB, &ChangeFollower::changed);
        seatB.start();
        QCOMPARE(connection.size(), 1);
        QCOMPARE(m_cluster.psql(QStringLiteral("seats"),
                                QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                               "WHERE application_name = 'commandpost-changes'")),
                 QStringLiteral("1"));
        const qint64 before = *m_seatA->latestChange(&error);
        for (const char *id : {"K1", "K2", "K3"})
            QVERIFY2(m_seatA->saveIncident(incident(QString::fromLatin1(id)), &error), qPrintable(error));
        // Down (the heartbeat's read fails), up again, and the three changes: each once, in order.
        QTRY_VERIFY_WITH_TIMEOUT(delivered(changes).size() >= 3, 5000);
        QCOMPARE(connection.at(1).at(0).toBool(), false);
        QVERIFY(!connection.at(1).at(1).toString().isEmpty());
        QCOMPARE(connection.last().at(0).toBool(), true);
        QTest::qWait(700); // another heartbeat: nothing more comes
        const QList<ChangeRecord> seen = delivered(changes);
        QCOMPARE(seen.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(seen.at(i).seq, before + 1 + i);
            QCOMPARE(seen.at(i).rowId, QStringLiteral("K%1").arg(i + 1));
        }
    }

    void withoutNotificationsTheHeartbeatStillDeliversEveryChange()
    {
        // A seat whose notifications never arrive (behind a pooler in transaction mode).
        QString error;
        ChangeFollower seatB(m_address, *m_seatA->latestChange(&error), {400, false});
        QSignalSpy changes(&seatB, &ChangeFollower::changed);
        seatB.start();
        QVERIFY2(m_seatA->saveIncident(incident(QStringLiteral("P1")), &error), qPrintable(error));
        QVERIFY(changes.wait(2000));
        QCOMPARE(delivered(changes).size(), 1);
        QCOMPARE(delivered(changes).first().rowId, QStringLiteral("P1"));
    }

    void aChangeThatCommitsLateIsNotSkipped()
    {
        // Another seat's transaction makes its change first and commits two seconds later; seat A's
        // change comes meanwhile. With numbers drawn in start order, B would read A's change, move
        // past the other one's number and never see it; drawn in commit order, B gets both, in order.
        QString error;
        QVERIFY2(m_seatA->saveIncident(incident(QStringLiteral("T1")), &error), qPrintable(error));
        ChangeFollower seatB(m_address, *m_seatA->latestChange(&error), {});
        QSignalSpy changes(&seatB, &ChangeFollower::changed);
        seatB.start();
        const std::unique_ptr<QProcess> late = m_cluster.startPsql(
            QStringLiteral("seats"),
            QStringLiteral("BEGIN; UPDATE incidents SET title = 'late' WHERE id = 'T1'; SELECT pg_sleep(2); COMMIT;"));
        // The other transaction has made its change and sleeps.
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster.psql(QStringLiteral("seats"),
                                                 QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")),
                                  QStringLiteral("1"), 10000);
        QVERIFY2(m_seatA->saveIncident(incident(QStringLiteral("L1")), &error), qPrintable(error));
        // B handles notifications while the other transaction is still open, then after its commit.
        QTRY_VERIFY_WITH_TIMEOUT(late->state() == QProcess::NotRunning, 10000);
        QCOMPARE(late->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(delivered(changes).size() >= 2, 5000);
        QTest::qWait(2500); // past a heartbeat: nothing else comes
        const QList<ChangeRecord> seen = delivered(changes);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).rowId, QStringLiteral("T1"));
        QCOMPARE(seen.at(0).op, QStringLiteral("update"));
        QCOMPARE(seen.at(1).rowId, QStringLiteral("L1"));
        QCOMPARE(seen.at(1).seq, seen.at(0).seq + 1);
    }

    void aSeatStartedLaterReadsTheWholeLogFromItsLastChange()
    {
        QString error;
        const qint64 latest = *m_seatA->latestChange(&error);
        ChangeFollower seatB(m_address, 0, {});
        QSignalSpy changes(&seatB, &ChangeFollower::changed);
        seatB.start();
        const QList<ChangeRecord> seen = delivered(changes);
        QCOMPARE(seen.size(), static_cast<int>(latest));
        QCOMPARE(seen.last().seq, latest);
    }

private:
    test::PgCluster m_cluster;
    PostgresAddress m_address;
    std::unique_ptr<PostgresStore> m_seatA;
};

QTEST_GUILESS_MAIN(TestChangeFollower)
#include "tst_changefollower.moc"
