// SPDX-License-Identifier: GPL-2.0-or-later
// The live session against the real simulator on loopback and a real store: event identity per
// feed, the communication-failure alarm of a lost feed, and alarm states across a restart.
#include "../feeds/simprocess.h"

#include "core/alarmkinds.h"
#include "live/livesession.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"
#include "testpaths.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using cp::test::SimProcess;

namespace {

feeds::FeedSettings feedAt(const QString &id, const QString &url)
{
    feeds::FeedSettings s;
    s.id = id;
    s.baseUrl = QUrl(url);
    s.intervalMs = 50;
    s.timeoutMs = 1000;
    s.backoffInitialMs = 50;
    s.backoffMaxMs = 200;
    s.health.downAfterFailures = 2;
    return s;
}

qsizetype storedEvents(const QString &store, const QString &feedId)
{
    QString error;
    const auto reader = storage::GeoPackageStore::openForReading(store, &error);
    if (!reader)
        return -1;
    const auto events = reader->feedEvents(feedId, &error);
    return events ? events->size() : -1;
}

QSet<QString> eventIds(const QString &store, const QString &feedId)
{
    QString error;
    QSet<QString> ids;
    const auto reader = storage::GeoPackageStore::openForReading(store, &error);
    if (reader) {
        if (const auto events = reader->feedEvents(feedId, &error))
            for (const core::AlarmEvent &e : *events)
                ids.insert(e.id);
    }
    return ids;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort(); // closed again when probe goes: nothing listens there now
}

core::AlarmKey communicationKey(const QString &feedId)
{
    return {QString(), feedId, core::toKey(core::AlarmKindId::CommunicationFailure)};
}

} // namespace

class TestLiveSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sectors::SectorRegistry m_registry;
    int m_storeNumber = 0;

    //! A fresh copy of the demo data set, which holds the registry the session classifies with.
    QString freshStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("store%1.gpkg").arg(++m_storeNumber));
        if (!QFile::copy(test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), path))
            return QString();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    live::LiveSessionConfig configFor(const QString &store, const QList<feeds::FeedSettings> &feeds)
    {
        live::LiveSessionConfig config;
        config.storePath = store;
        config.feeds = feeds;
        config.sectors = &m_registry;
        config.user = QStringLiteral("officer-wang");
        config.refreshIntervalMs = 20;
        return config;
    }

    static QStringList demoSim(const QString &scenario, int events)
    {
        return {QStringLiteral("--data"), test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")),
                QStringLiteral("--scenario"), scenario, QStringLiteral("--rate"), QStringLiteral("5000"),
                QStringLiteral("--speed"), QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("12"),
                QStringLiteral("--events"), QString::number(events)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
        QVERIFY2(m_registry.sector(QStringLiteral("hazchem")), "the sector plugins are built beside the tests");
    }

    void sameEventIdsFromTwoFeedsAreTwoEvents()
    {
        constexpr int events = 300;
        SimProcess a;
        SimProcess b;
        QVERIFY2(a.start(demoSim(QStringLiteral("quiet-shift"), events)), qPrintable(a.errorText()));
        QVERIFY2(b.start(demoSim(QStringLiteral("quiet-shift"), events)), qPrintable(b.errorText()));
        const QString store = freshStore();
        live::LiveSession session;
        QString error;
        QVERIFY2(session.start(configFor(store, {feedAt(QStringLiteral("north"), a.baseUrl()),
                                                 feedAt(QStringLiteral("south"), b.baseUrl())}),
                               &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(storedEvents(store, QStringLiteral("north")), events, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(storedEvents(store, QStringLiteral("south")), events, 30000);
        session.stop();
        // The same seed made the same ids on both servers: each feed keeps all of its own.
        const QSet<QString> north = eventIds(store, QStringLiteral("north"));
        QCOMPARE(north.size(), events);
        QCOMPARE(eventIds(store, QStringLiteral("south")), north);
    }

    void gasLeakIsClassifiedWithAResponseLevel()
    {
        SimProcess sim;
        QVERIFY2(sim.start(demoSim(QStringLiteral("gas-leak"), 400)), qPrintable(sim.errorText()));
        const QString store = freshStore();
        live::LiveSession session;
        QString error;
        QVERIFY2(session.start(configFor(store, {feedAt(QStringLiteral("sim"), sim.baseUrl())}), &error), qPrintable(error));
        const auto leakRaised = [&session] {
            for (const core::Alarm &a : session.alarms())
                if (a.key.kind == QLatin1String("combustible_gas") && a.sectorId == QLatin1String("hazchem")
                    && core::isAnnunciated(a.state) && a.responseLevel != core::ResponseLevel::None)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(leakRaised(), 30000);
        // Every kind the simulator sends is in the catalogue and judged by a plugin.
        for (const core::Alarm &a : session.alarms()) {
            QVERIFY2(a.classified, qPrintable(a.key.toString() + QStringLiteral(" is unclassified: ") + a.explanation));
            QVERIFY2(a.enterpriseKnown, qPrintable(a.key.toString()));
        }
    }

    void lostFeedRaisesACommunicationAlarmThatClearsOnRecovery()
    {
        const quint16 port = freePort();
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QString store = freshStore();
        live::LiveSession session;
        QString error;
        QVERIFY2(session.start(configFor(store, {feedAt(QStringLiteral("east"), url)}), &error), qPrintable(error));
        const core::AlarmKey key = communicationKey(QStringLiteral("east"));
        QTRY_VERIFY_WITH_TIMEOUT(session.alarm(key) && session.alarm(key)->conditionActive, 15000);
        QVERIFY(core::isAnnunciated(session.alarm(key)->state));
        QVERIFY(session.alarm(key)->priority >= core::AlarmPriority::High);
        QCOMPARE(session.alarm(key)->feedId, QStringLiteral("east"));
        QCOMPARE(session.feeds().size(), 1);
        QVERIFY(core::isLost(session.feeds().constFirst().health));

        // The server comes up on that port: the feed recovers and the alarm clears by itself.
        QProcess sim;
        sim.start(test::binaryPath(QStringLiteral("app/commandpost-feedsim/commandpost-feedsim")),
                  {QStringLiteral("--port"), QString::number(port), QStringLiteral("--enterprises"), QStringLiteral("5"),
                   QStringLiteral("--events"), QStringLiteral("10")});
        QVERIFY2(sim.waitForStarted(), qPrintable(sim.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(session.alarm(key) && !session.alarm(key)->conditionActive, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(session.feeds().constFirst().health, core::FeedHealthState::Up, 15000);
        session.stop();
        sim.terminate();
        sim.waitForFinished();
    }

    void statesSurviveARestart()
    {
        SimProcess sim;
        QVERIFY2(sim.start(demoSim(QStringLiteral("gas-leak"), 400)), qPrintable(sim.errorText()));
        const QString store = freshStore();
        const live::LiveSessionConfig config = configFor(store, {feedAt(QStringLiteral("sim"), sim.baseUrl())});
        QHash<core::AlarmKey, core::Alarm> before;
        core::AlarmKey shortShelved;
        {
            live::LiveSession session;
            QString error;
            QVERIFY2(session.start(config, &error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(session.alarms().size() >= 6, 30000);
            QTRY_COMPARE_WITH_TIMEOUT(storedEvents(store, QStringLiteral("sim")), 400, 30000);
            QList<core::AlarmKey> annunciated;
            for (const core::Alarm &a : session.alarms())
                if (core::isUnacknowledged(a.state) && a.conditionActive)
                    annunciated.append(a.key);
            QVERIFY2(annunciated.size() >= 5, qPrintable(QString::number(annunciated.size())));
            std::sort(annunciated.begin(), annunciated.end(),
                      [](const core::AlarmKey &x, const core::AlarmKey &y) { return x.toString() < y.toString(); });
            QSignalSpy done(&session, &live::LiveSession::actionFinished);
            session.acknowledge(annunciated.at(0), QStringLiteral("seen on camera"));
            session.shelve(annunciated.at(1), 60 * 60 * 1000, QStringLiteral("known fault"));
            session.suppress(annunciated.at(2), QStringLiteral("detector under maintenance"));
            session.comment(annunciated.at(3), QStringLiteral("called the plant"));
            session.shelve(annunciated.at(4), 1500, QStringLiteral("one moment"));
            shortShelved = annunciated.at(4);
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), 5, 5000);
            for (const QList<QVariant> &answer : std::as_const(done))
                QVERIFY2(answer.at(1).value<alarms::ActionResult>(), qPrintable(answer.at(1).value<alarms::ActionResult>().message));
            QTRY_COMPARE_WITH_TIMEOUT(session.alarm(annunciated.at(2))->state, core::AlarmState::SuppressedByDesign, 5000);
            before = session.alarms();
            session.stop();
        }
        QCOMPARE(before.value(shortShelved).state, core::AlarmState::Shelved);
        QTest::qWait(2000); // the short shelve expires while no session runs

        live::LiveSession restarted;
        QString error;
        live::LiveSessionConfig offline = config;
        offline.feeds.clear(); // nothing new arrives: what shows is what was stored
        QVERIFY2(restarted.start(offline, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(restarted.alarm(shortShelved)
                                     && restarted.alarm(shortShelved)->state != core::AlarmState::Shelved,
                                 5000);
        for (const core::Alarm &was : std::as_const(before)) {
            if (!core::isOpen(was.state) || was.key == shortShelved)
                continue;
            const core::Alarm *now = restarted.alarm(was.key);
            QVERIFY2(now, qPrintable(was.key.toString() + QStringLiteral(" is gone after the restart")));
            QCOMPARE(now->state, was.state);
            QCOMPARE(now->acknowledgedBy, was.acknowledgedBy);
            QCOMPARE(now->stateBy, was.stateBy);
            QCOMPARE(now->stateReason, was.stateReason);
            QCOMPARE(now->shelvedUntil, was.shelvedUntil);
            QCOMPARE(now->priority, was.priority);
            QCOMPARE(now->responseLevel, was.responseLevel);
            QCOMPARE(now->value, was.value);
        }
        const auto suppressed = std::count_if(restarted.alarms().cbegin(), restarted.alarms().cend(), [](const core::Alarm &a) {
            return a.state == core::AlarmState::SuppressedByDesign && a.stateBy == QLatin1String("officer-wang")
                   && a.stateReason == QLatin1String("detector under maintenance");
        });
        QCOMPARE(suppressed, 1);
    }

    void aStoreThatCannotBeOpenedIsRefusedByName()
    {
        live::LiveSession session;
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("missing.gpkg"));
        QVERIFY(!session.start(configFor(missing, {}), &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
        QVERIFY(!session.isRunning());
    }
};

QTEST_MAIN(TestLiveSession)
#include "tst_livesession.moc"
