// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 12's process-level test: the simulator feeds the desk (the real MainWindow, a real window
// under Xvfb, a --feeds file, no --demo); alarms arrive; some are acknowledged, shelved, suppressed
// and commented through the session's API; kill -9; a restart on the same store shows the same
// open alarms in the same states, and `commandpost-admin status` counts them as the desk does.
//
// The test runs itself as the desk: with --desk it builds the window as commandpost does and takes
// commands on stdin (one per line, tab-separated), answering on stdout; "shot FILE" and
// "feedsshot FILE" save the window and the feeds dialog (docs/screenshots).
#include "commandline.h"
#include "liveconfig.h"
#include "mainwindow.h"

#include "core/alarmkinds.h"
#include "live/livesession.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"
#include "deskchild.h"
#include "testpaths.h"
#include "ui/feedsdialog.h"

#include <qgsapplication.h>
#include <qgsproject.h>

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace cp;

namespace {

constexpr int simEvents = 400;
const QString officer = QStringLiteral("officer-li");

QJsonObject toJson(const core::Alarm &a)
{
    return {{QStringLiteral("key"), a.key.toString()},
            {QStringLiteral("state"), core::toKey(a.state)},
            {QStringLiteral("priority"), core::toKey(a.priority)},
            {QStringLiteral("response_level"), static_cast<int>(a.responseLevel)},
            {QStringLiteral("active"), a.conditionActive},
            {QStringLiteral("acknowledged_by"), a.acknowledgedBy},
            {QStringLiteral("state_by"), a.stateBy},
            {QStringLiteral("state_reason"), a.stateReason},
            {QStringLiteral("shelved_until"), a.shelvedUntil.toString(Qt::ISODateWithMs)},
            {QStringLiteral("value"), a.value}};
}

/*!
 * The desk side: "ack|shelve|suppress|comment \t KEY \t TEXT [\t MS]" asks the session and answers
 * "done ok|refused TEXT" when it finished; "dump" answers one JSON array of the session's alarms.
 */
class DeskDriver : public QObject
{
public:
    DeskDriver(QWidget &window, live::LiveSession &session)
        : m_window(window)
        , m_session(session)
        , m_stdin([this](const QStringList &command) { run(command); })
    {
        connect(&m_session, &live::LiveSession::actionFinished, this, [](quint64, const alarms::ActionResult &result) {
            test::answerLine(QByteArrayLiteral("done ") + (result ? "ok " : "refused ") + result.message.toUtf8());
        });
    }

private:
    void run(const QStringList &command)
    {
        if (command.value(0) == QLatin1String("dump")) {
            QJsonArray alarms;
            for (const core::Alarm &a : m_session.alarms())
                alarms.append(toJson(a));
            test::answerLine(QJsonDocument(alarms).toJson(QJsonDocument::Compact));
            return;
        }
        if (command.value(0) == QLatin1String("shot") || command.value(0) == QLatin1String("feedsshot")) {
            // Screenshots for docs/: the window, or the feeds dialog opened as the officer opens it.
            QWidget *target = &m_window;
            if (command.value(0) == QLatin1String("feedsshot")) {
                m_window.findChild<QAction *>(QStringLiteral("showFeeds"))->trigger();
                target = m_window.findChild<ui::FeedsDialog *>();
                target->resize(1400, 520);
                QTest::qWait(300);
            }
            test::answerLine(target->grab().save(command.value(1)) ? QByteArrayLiteral("saved") : QByteArrayLiteral("not saved"));
            return;
        }
        const QStringList parts = command.value(1).split(QLatin1Char('/'));
        const core::AlarmKey key{parts.value(0), parts.value(1), parts.value(2)};
        const QString text = command.value(2);
        if (command.value(0) == QLatin1String("ack"))
            m_session.acknowledge(key, text);
        else if (command.value(0) == QLatin1String("shelve"))
            m_session.shelve(key, command.value(3).toLongLong(), text);
        else if (command.value(0) == QLatin1String("suppress"))
            m_session.suppress(key, text);
        else if (command.value(0) == QLatin1String("comment"))
            m_session.comment(key, text);
        else
            test::answerLine(QByteArrayLiteral("unknown command"));
    }

    QWidget &m_window;
    live::LiveSession &m_session;
    test::StdinCommands m_stdin;
};

//! The child: the desk on --data and --feeds, as commandpost builds it.
int runDesk(int argc, char **argv)
{
    QgsApplication app(argc, argv, true);
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    int rc = 0;
    {
        sectors::SectorRegistry registry;
        registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAll(QStringLiteral("--desk"));
        app::CommandLine options;
        QString error;
        if (!options.parse(arguments, &error)) {
            std::fprintf(stderr, "desk: %s\n", qPrintable(error));
            return 2;
        }
        app::MainWindow window(registry);
        for (const QString &problem : window.openData(app::DataSetAddress::of(options)))
            std::fprintf(stderr, "desk: %s\n", qPrintable(problem));
        live::LiveSessionConfig config;
        QStringList problems;
        if (!app::liveSessionConfig(options, QUrl(), &config, &problems, &error) || !problems.isEmpty()
            || !window.startAlarms(config, &error)) {
            std::fprintf(stderr, "desk: %s %s\n", qPrintable(error), qPrintable(problems.join(QLatin1Char(' '))));
            return 2;
        }
        window.show();
        DeskDriver driver(window, *window.session());
        test::answerLine(QByteArrayLiteral("ready ") + QGuiApplication::platformName().toUtf8());
        rc = QgsApplication::exec();
        QgsProject::instance()->removeAllMapLayers();
    }
    QgsApplication::exitQgis();
    return rc;
}

} // namespace

class TestDeskRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QString m_display;
    QProcess m_sim;
    QString m_store;
    QString m_feeds;

    QString storeFile() const { return m_dir.filePath(QStringLiteral("desk.gpkg")); }

    void startDesk(QProcess &desk)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X window, not offscreen
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("USER"), officer);
        desk.setProcessEnvironment(env);
        desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desk.start(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--desk"), QStringLiteral("--data"), m_store, QStringLiteral("--feeds"), m_feeds,
                    QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(desk.waitForStarted(), qPrintable(desk.errorString()));
        const QByteArray ready = test::readLineFrom(desk, 60000);
        QVERIFY2(ready == "ready xcb", ready.constData());
    }

    static QJsonArray dump(QProcess &desk)
    {
        desk.write("dump\n");
        return QJsonDocument::fromJson(test::readLineFrom(desk, 10000)).array();
    }

    static QHash<QString, QJsonObject> openByKey(const QJsonArray &alarms)
    {
        QHash<QString, QJsonObject> open;
        for (const QJsonValue &v : alarms) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("state")).toString() != QLatin1String("normal"))
                open.insert(a.value(QStringLiteral("key")).toString(), a);
        }
        return open;
    }

    static qsizetype storedEvents(const QString &store)
    {
        QString error;
        const auto reader = storage::GeoPackageStore::openForReading(store, &error);
        const auto events = reader ? reader->feedEvents(QStringLiteral("county"), &error) : std::nullopt;
        return events ? events->size() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString xvfbError;
        QVERIFY2(test::startXvfb(m_xvfb, &m_display, &xvfbError), qPrintable(xvfbError));

        const QString demo = test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg"));
        m_store = storeFile();
        QVERIFY(QFile::copy(demo, m_store));
        QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        m_sim.start(test::binaryPath(QStringLiteral("app/commandpost-feedsim/commandpost-feedsim")),
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), demo, QStringLiteral("--scenario"),
                     QStringLiteral("gas-leak"), QStringLiteral("--rate"), QStringLiteral("2000"), QStringLiteral("--speed"),
                     QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("20261206"), QStringLiteral("--events"),
                     QString::number(simEvents)});
        QVERIFY2(m_sim.waitForStarted(), qPrintable(m_sim.errorString()));
        const QByteArray listening = test::readLineFrom(m_sim, 20000);
        QVERIFY2(listening.startsWith("listening on "), listening.constData());

        // The documented settings file (docs/feed-api.md), as the bureau writes it.
        m_feeds = m_dir.filePath(QStringLiteral("feeds.ini"));
        QFile ini(m_feeds);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[feeds]\nsize=1\n1\\id=county\n1\\url=http://" + listening.mid(13) + "\n1\\interval_ms=100\n");
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_sim, &m_xvfb}) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished();
        }
    }

    void killedDeskRestartsWithTheSameAlarmsInTheSameStates()
    {
        QProcess desk;
        startDesk(desk);
        QTRY_COMPARE_WITH_TIMEOUT(storedEvents(m_store), simEvents, 60000);
        QHash<QString, QJsonObject> open;
        QTRY_VERIFY_WITH_TIMEOUT((open = openByKey(dump(desk))).size() >= 5, 10000);
        QStringList unacknowledged;
        for (const QJsonObject &a : std::as_const(open))
            if (a.value(QStringLiteral("state")).toString() == QLatin1String("unack_active"))
                unacknowledged.append(a.value(QStringLiteral("key")).toString());
        QVERIFY2(unacknowledged.size() >= 4, qPrintable(QString::number(unacknowledged.size())));
        unacknowledged.sort();
        const QStringList commands{QStringLiteral("ack\t%1\tseen on camera").arg(unacknowledged.at(0)),
                                   QStringLiteral("shelve\t%1\tknown fault\t3600000").arg(unacknowledged.at(1)),
                                   QStringLiteral("suppress\t%1\tdetector under maintenance").arg(unacknowledged.at(2)),
                                   QStringLiteral("comment\t%1\tcalled the plant's shift leader").arg(unacknowledged.at(3))};
        for (const QString &command : commands) {
            desk.write(command.toUtf8() + '\n');
            const QByteArray done = test::readLineFrom(desk, 10000);
            QVERIFY2(done.startsWith("done ok"), qPrintable(command + QStringLiteral(": ") + QString::fromUtf8(done)));
        }
        const QHash<QString, QJsonObject> before = openByKey(dump(desk));
        QCOMPARE(before.value(unacknowledged.at(0)).value(QStringLiteral("acknowledged_by")).toString(), officer);
        QCOMPARE(before.value(unacknowledged.at(1)).value(QStringLiteral("state")).toString(), QStringLiteral("shelved"));
        QCOMPARE(before.value(unacknowledged.at(2)).value(QStringLiteral("state")).toString(), QStringLiteral("suppressed"));

        desk.kill(); // SIGKILL: no handler, no clean shutdown
        QVERIFY(desk.waitForFinished(5000));
        QCOMPARE(desk.exitStatus(), QProcess::CrashExit);

        // What the IT staff see of the store the desk left.
        QProcess admin;
        admin.start(QStringLiteral(COMMANDPOST_ADMIN_EXECUTABLE),
                    {QStringLiteral("status"), QStringLiteral("--data"), m_store, QStringLiteral("--json")});
        QVERIFY(admin.waitForFinished(30000));
        QCOMPARE(admin.exitCode(), 0);
        const QJsonObject status = QJsonDocument::fromJson(admin.readAllStandardOutput()).object();
        const QJsonObject stored = status.value(QStringLiteral("alarms")).toObject();
        QCOMPARE(stored.value(QStringLiteral("open")).toInt(), before.size());
        QCOMPARE(stored.value(QStringLiteral("by_state")).toObject().value(QStringLiteral("shelved")).toInt(), 1);
        const QJsonObject feed = status.value(QStringLiteral("feeds")).toArray().at(0).toObject();
        QCOMPARE(feed.value(QStringLiteral("id")).toString(), QStringLiteral("county"));
        QCOMPARE(feed.value(QStringLiteral("events")).toInt(), simEvents);

        QProcess restarted;
        startDesk(restarted);
        const QHash<QString, QJsonObject> after = openByKey(dump(restarted));
        QCOMPARE(after.keys().size(), before.size());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key() + QStringLiteral(" is gone after the restart")));
            QCOMPARE(after.value(it.key()), it.value());
        }
        restarted.terminate();
        QVERIFY(restarted.waitForFinished(15000));

        // The comment is in the audit log with who wrote it.
        QString error;
        const auto store = storage::GeoPackageStore::openForReading(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        const auto audit = store->auditLog(&error);
        QVERIFY2(audit, qPrintable(error));
        const bool commented = std::any_of(audit->cbegin(), audit->cend(), [&](const storage::AuditEntry &e) {
            return e.action == QLatin1String("alarm.comment") && e.user == officer && e.target == unacknowledged.at(3)
                   && e.comment == QLatin1String("called the plant's shift leader");
        });
        QVERIFY(commented);
    }
};

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--desk") == 0)
            return runDesk(argc, argv);
    QCoreApplication app(argc, argv);
    TestDeskRestart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_deskrestart.moc"
