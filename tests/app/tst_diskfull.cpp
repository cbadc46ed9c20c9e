// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 17, fault injection: the disk fills while the headless ingest runs. The real program runs
// under libfiu's fiu-run (Debian's fiu-utils); fiu-ctrl then makes every pwrite() of the process fail
// with ENOSPC, as SQLite sees a full disk (or EROFS, a file system remounted read-only), and later
// lets them through again. Expected: the ingest
// stops taking events and says why, the feed goes down (the communication alarm), nothing already
// committed is lost, and when space is back every event the simulator served is stored once.
#include "servedlog.h"

#include "core/alarmkinds.h"
#include "storage/geopackagestore.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>

namespace {

constexpr int eventCount = 3000;
const QString feedId = QStringLiteral("county");

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

    QDir m_dir; // this row's
    QProcess m_sim;
    QString m_fiuRun, m_fiuCtrl;

    QString storePath() const { return m_dir.filePath(QStringLiteral("store.gpkg")); }
    QString logPath() const { return m_dir.filePath(QStringLiteral("served.jsonl")); }

    //! A copy of the demo store, the simulator serving eventCount events, and feeds.ini naming it.
    bool startSimulatorAndStore()
    {
        const QString demo = cp::test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg"));
        if (!QFile::copy(demo, storePath()))
            return false;
        QFile::setPermissions(storePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim.start(QStringLiteral(COMMANDPOST_FEEDSIM_EXECUTABLE),
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), demo, QStringLiteral("--scenario"),
                     QStringLiteral("quiet-shift"), QStringLiteral("--rate"), QStringLiteral("150"), QStringLiteral("--seed"),
                     QStringLiteral("1717"), QStringLiteral("--events"), QString::number(eventCount), QStringLiteral("--log"),
                     logPath()});
        if (!m_sim.waitForStarted())
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!m_sim.canReadLine() && waited.elapsed() < 20000)
            m_sim.waitForReadyRead(1000);
        const QString line = QString::fromUtf8(m_sim.readLine()).trimmed();
        const QString prefix = QStringLiteral("listening on ");
        if (!line.startsWith(prefix))
            return false;
        QFile feeds(m_dir.filePath(QStringLiteral("feeds.ini")));
        return feeds.open(QIODevice::WriteOnly)
               && feeds.write(QStringLiteral("[feeds]\nsize=1\n1\\id=%1\n1\\url=http://%2\n1\\interval_ms=200\n"
                                             "1\\down_after_failures=2\n")
                                  .arg(feedId, line.mid(prefix.size()))
                                  .toUtf8())
                      > 0;
    }

    //! The ids of the feed's stored events, read beside the running ingest as the wall reads.
    QSet<QString> storedIds() const
    {
        QString error;
        QSet<QString> ids;
        const auto reader = cp::storage::GeoPackageStore::openForReading(storePath(), &error);
        if (const auto events = reader ? reader->feedEvents(feedId, &error) : std::nullopt)
            for (const cp::core::AlarmEvent &e : *events)
                ids.insert(e.id);
        return ids;
    }

    bool fiuControl(qint64 pid, const QString &command) const
    {
        return QProcess::execute(m_fiuCtrl, {QStringLiteral("-c"), command, QString::number(pid)}) == 0;
    }

private slots:
    void initTestCase()
    {
        m_fiuRun = QStandardPaths::findExecutable(QStringLiteral("fiu-run"));
        m_fiuCtrl = QStandardPaths::findExecutable(QStringLiteral("fiu-ctrl"));
        QVERIFY2(!m_fiuRun.isEmpty() && !m_fiuCtrl.isEmpty(),
                 "fiu-run and fiu-ctrl are missing: install the Debian package fiu-utils (scripts/install-deps.sh)");
    }

    void cleanup()
    {
        m_sim.terminate();
        if (!m_sim.waitForFinished(5000))
            m_sim.kill();
        m_sim.waitForFinished();
    }

    void aStoreThatCannotWriteStopsTheIngestWithItsReasonAndNothingIsLost_data()
    {
        QTest::addColumn<int>("errorNumber");
        QTest::addColumn<QString>("reason");
        QTest::newRow("the disk is full (ENOSPC)") << ENOSPC << "disk is full";
        QTest::newRow("the file system was remounted read-only (EROFS)") << EROFS << "disk I/O error";
    }

    void aStoreThatCannotWriteStopsTheIngestWithItsReasonAndNothingIsLost()
    {
        QFETCH(int, errorNumber);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_dir = dir.path();
        QVERIFY(startSimulatorAndStore());
        QProcess ingest;
        ingest.setProcessChannelMode(QProcess::SeparateChannels);
        ingest.start(m_fiuRun, {QStringLiteral("-x"), QStringLiteral(COMMANDPOST_EXECUTABLE), QStringLiteral("--headless"),
                                QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data"), storePath(),
                                QStringLiteral("--feeds"), m_dir.filePath(QStringLiteral("feeds.ini"))});
        QVERIFY2(ingest.waitForStarted(), qPrintable(ingest.errorString()));
        QByteArray said;
        const auto listen = [&] { said += ingest.readAllStandardError(); };
        connect(&ingest, &QProcess::readyReadStandardError, this, listen);
        QTRY_VERIFY_WITH_TIMEOUT(storedIds().size() >= 500, 60000);

        // From now every write SQLite makes fails with this error number.
        QVERIFY(fiuControl(ingest.processId(), QStringLiteral("enable name=posix/io/rw/pwrite,failinfo=%1").arg(errorNumber)));
        QTRY_VERIFY_WITH_TIMEOUT(said.contains("feed county: down"), 30000);
        const QSet<QString> beforeFull = storedIds();
        QTest::qWait(3000); // the simulator serves on; nothing more is taken
        const QSet<QString> whileFull = storedIds();
        QCOMPARE(whileFull.size(), beforeFull.size());
        QVERIFY2(said.contains(reason.toUtf8()), said.constData());
        QVERIFY2(ingest.state() == QProcess::Running, said.constData());

        // Space is back: the feed resumes from its stored cursor and takes everything served.
        QVERIFY(fiuControl(ingest.processId(), QStringLiteral("disable name=posix/io/rw/pwrite")));
        QTRY_VERIFY_WITH_TIMEOUT(said.contains("feed county: up"), 90000);
        QTRY_COMPARE_WITH_TIMEOUT(storedIds().size(), eventCount, 90000);
        ingest.terminate();
        QVERIFY(ingest.waitForFinished(10000));
        listen();
        QCOMPARE(ingest.exitStatus(), QProcess::NormalExit);

        const QSet<QString> stored = storedIds();
        QVERIFY2(stored.contains(beforeFull), "an event committed before the disk filled is gone");
        const cp::test::ServedLog log = cp::test::readServedLog(logPath());
        QCOMPARE(stored, QSet<QString>(log.valid.keyBegin(), log.valid.keyEnd()));

        // The communication alarm raised while the feed was down is stored now, awaiting acknowledgement.
        QString error;
        const auto reader = cp::storage::GeoPackageStore::openForReading(storePath(), &error);
        QVERIFY2(reader, qPrintable(error));
        const auto alarms = reader->alarms(&error);
        QVERIFY2(alarms, qPrintable(error));
        const auto communication = std::find_if(alarms->cbegin(), alarms->cend(), [](const cp::core::Alarm &a) {
            return a.key.sensorId == feedId && a.key.kind == cp::core::toKey(cp::core::AlarmKindId::CommunicationFailure);
        });
        QVERIFY2(communication != alarms->cend(), said.constData());
        QVERIFY(cp::core::isUnacknowledged(communication->state));
        qInfo("%s", said.constData());
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
