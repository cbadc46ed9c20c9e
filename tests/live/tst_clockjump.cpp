// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 17, fault injection: the system clock set back or forward an hour while the live session
// runs (an NTP step, an officer fixing the clock). CTest runs this test under libfaketime (package
// faketime) with the monotonic clock left alone, as a real clock step leaves it; the test moves the
// wall clock by rewriting FAKETIME_TIMESTAMP_FILE. Shelve expiry, escalation and a feed's
// staleness are durations and must not move with it.
#include "../feeds/simprocess.h"

#include "live/livesession.h"
#include "sectors/sectorregistry.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;

class TestClockJump : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sectors::SectorRegistry m_registry;

    //! Sets libfaketime's offset of the wall clock from the real one ("+0", "-1h", "+2h").
    static bool setWallClockOffset(const QByteArray &offset)
    {
        QSaveFile file(qEnvironmentVariable("FAKETIME_TIMESTAMP_FILE"));
        return file.open(QIODevice::WriteOnly) && file.write(offset + '\n') > 0 && file.commit();
    }

    //! Waits until the wall clock moved by about \a expectedSeconds (libfaketime re-reads its file each second).
    static bool wallClockMoved(qint64 expectedSeconds)
    {
        QElapsedTimer steady;
        steady.start();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        while (steady.elapsed() < 5000) {
            QTest::qWait(100);
            const qint64 moved = before.secsTo(QDateTime::currentDateTimeUtc()) - steady.elapsed() / 1000;
            if (std::abs(moved - expectedSeconds) < 5)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("libfaketime")),
                 "run by CTest under libfaketime: install the Debian package faketime (scripts/install-deps.sh)");
        QVERIFY(setWallClockOffset("+0"));
        m_registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
        QVERIFY2(m_registry.sector(QStringLiteral("hazchem")), "the sector plugins are built beside the tests");
    }

    void cleanupTestCase() { setWallClockOffset("+0"); }

    void durationsFollowTheMonotonicClockWhenTheWallClockJumps()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--data"), test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")),
                            QStringLiteral("--scenario"), QStringLiteral("gas-leak"), QStringLiteral("--rate"),
                            QStringLiteral("2000"), QStringLiteral("--speed"), QStringLiteral("50"), QStringLiteral("--seed"),
                            QStringLiteral("17"), QStringLiteral("--events"), QStringLiteral("200")}),
                 qPrintable(sim.errorText()));
        const QString store = m_dir.filePath(QStringLiteral("store.gpkg"));
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), store));
        QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        live::LiveSessionConfig config;
        config.storePath = store;
        config.sectors = &m_registry;
        config.user = QStringLiteral("officer-wang");
        config.refreshIntervalMs = 20;
        config.engine.escalation[static_cast<int>(core::AlarmPriority::High)] = {60 * 60 * 1000, 2 * 60 * 60 * 1000};
        feeds::FeedSettings feed;
        feed.id = QStringLiteral("sim");
        feed.baseUrl = QUrl(sim.baseUrl());
        feed.intervalMs = 100;
        feed.health.staleAfterMs = 30 * 60 * 1000; // stale after half an hour without a successful poll
        config.feeds = {feed};
        live::LiveSession session;
        QString error;
        QVERIFY2(session.start(config, &error), qPrintable(error));

        QList<core::AlarmKey> annunciated;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            annunciated.clear();
            for (const core::Alarm &a : session.alarms())
                if (a.state == core::AlarmState::UnacknowledgedActive && a.key.enterpriseId.size() > 0)
                    annunciated.append(a.key);
            return annunciated.size() >= 2;
        }(), 30000);
        std::sort(annunciated.begin(), annunciated.end(),
                  [](const core::AlarmKey &x, const core::AlarmKey &y) { return x.toString() < y.toString(); });
        const core::AlarmKey shortShelve = annunciated.at(0), longShelve = annunciated.at(1);
        QSignalSpy done(&session, &live::LiveSession::actionFinished);
        session.shelve(shortShelve, 4000, QStringLiteral("four seconds"));
        session.shelve(longShelve, 60 * 60 * 1000, QStringLiteral("an hour"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 5000);
        QElapsedTimer sinceShelved;
        sinceShelved.start();

        // Back an hour: a wall-clock expiry would hold the four-second shelve for an hour and four seconds.
        QVERIFY(setWallClockOffset("-1h"));
        QVERIFY2(wallClockMoved(-3600), "libfaketime did not move the wall clock");
        QTRY_VERIFY_WITH_TIMEOUT(session.alarm(shortShelve)->state != core::AlarmState::Shelved, 10000);
        QVERIFY2(sinceShelved.elapsed() >= 3500, qPrintable(QString::number(sinceShelved.elapsed())));

        // Forward two hours: a wall-clock expiry would end the hour's shelve and escalate at once,
        // and the feed would look stale for want of a poll in the last half hour.
        QVERIFY(setWallClockOffset("+1h"));
        QVERIFY2(wallClockMoved(2 * 3600), "libfaketime did not move the wall clock");
        QTest::qWait(3000); // several engine ticks and feed polls on the new wall clock
        QCOMPARE(session.alarm(longShelve)->state, core::AlarmState::Shelved);
        for (const core::Alarm &a : session.alarms())
            QVERIFY2(a.escalation == core::EscalationStage::None, qPrintable(a.key.toString()));
        for (const core::FeedStatus &f : session.feeds()) {
            if (f.feedId == feed.id)
                QVERIFY2(f.health != core::FeedHealthState::Stale && f.health != core::FeedHealthState::Down,
                         qPrintable(core::toKey(f.health)));
        }
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestClockJump)
#include "tst_clockjump.moc"
