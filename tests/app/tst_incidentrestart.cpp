// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 13's process-level test: the real MainWindow under Xvfb on a copy of the demo data; three
// incidents, teams dispatched on two by road, supplies issued and returned, a shelter opened with
// arrivals, plan steps ticked, a stage advanced, two accident reports; kill -9; the restarted desk shows the same
// incidents, orders, team status, stock, shelters and ticks. Then closing an incident frees its
// teams, and that survives a second kill -9 as well; `commandpost-admin status` counts as the desk.
// A wall, a third process on the desk's file, shows the open incidents with their teams and the
// shelter, and follows the restarted desk's close.
//
// The test runs itself as the desk: with --desk it builds the window as commandpost does and takes
// commands on stdin (one per line, tab-separated) for the window's incident session, answering
// "ok [VALUE]" or "refused TEXT" on stdout; "dump" answers the session's state as one JSON object.
#include "countydata.h"
#include "incidentpanel.h"
#include "mainwindow.h"
#include "wallwindow.h"

#include "dispatch/accidentreportjson.h"
#include "core/translations.h"
#include "dispatch/incidentsession.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"
#include "ui/wallincidentboard.h"
#include "deskchild.h"
#include "testpaths.h"

#include <qgsapplication.h>
#include <qgsproject.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <functional>

using namespace cp;

namespace {

const QString officer = QStringLiteral("officer-wang");

//! The children speak COMMANDPOST_TEST_LANG when it is set (the screenshots are in Chinese).
void useTestLanguage(QCoreApplication &app)
{
    const QString language = qEnvironmentVariable("COMMANDPOST_TEST_LANG");
    if (language.isEmpty())
        return;
    QLocale::setDefault(QLocale(language));
    core::installTranslations(app, QLocale(language));
}

QJsonArray reportsOf(const dispatch::IncidentSession &session, const QString &incidentId)
{
    QJsonArray reports;
    for (const dispatch::AccidentReport &r : session.reports(incidentId))
        reports.append(dispatch::reportToJson(r));
    return reports;
}

//! Everything the officer changed, in a stable order, for comparing before and after a restart.
QJsonObject snapshot(const dispatch::IncidentSession &session)
{
    QJsonArray incidents;
    for (const core::Incident &i : session.incidents()) {
        QJsonArray ticks;
        for (const dispatch::PlanTick &t : session.planTicks(i.id))
            ticks.append(QStringList{t.stepId, t.user, t.time.toString(Qt::ISODateWithMs)}.join(QLatin1Char(' ')));
        incidents.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("title"), i.title},
                                     {QStringLiteral("status"), core::toKey(i.status)},
                                     {QStringLiteral("level"), core::toKey(i.responseLevel)},
                                     {QStringLiteral("summary"), i.closingSummary},
                                     {QStringLiteral("events"), session.events(i.id).size()},
                                     {QStringLiteral("supply_movements"), session.supplyMovements(i.id).size()},
                                     {QStringLiteral("shelter_movements"), session.shelterMovements(i.id).size()},
                                     {QStringLiteral("reports"), reportsOf(session, i.id)},
                                     {QStringLiteral("ticks"), ticks}});
    }
    QJsonArray orders;
    for (const core::DispatchOrder &o : session.orders())
        orders.append(QJsonObject{{QStringLiteral("id"), o.id},
                                  {QStringLiteral("incident"), o.incidentId},
                                  {QStringLiteral("team"), o.teamId},
                                  {QStringLiteral("status"), core::toKey(o.status)},
                                  {QStringLiteral("by"), o.updatedBy}});
    QJsonObject teams;
    for (const core::Team &t : session.teams()) {
        const dispatch::TeamState state = session.teamState(t.id);
        teams.insert(t.id, QStringList{core::toKey(state.status), state.incidentId}.join(QLatin1Char(' ')));
    }
    QJsonObject stock;
    for (const dispatch::StockLevel &s : session.stock())
        stock.insert(s.depotId + QLatin1Char('/') + s.item, s.quantity);
    QJsonObject shelters;
    for (const core::Shelter &s : session.shelterList()) {
        const dispatch::ShelterState state = session.shelterState(s.id);
        if (state.open || !state.incidentId.isEmpty())
            shelters.insert(s.id, QJsonArray{state.open, state.incidentId, state.present.people, state.present.elderly,
                                             state.present.children, state.present.injured});
    }
    return {{QStringLiteral("incidents"), incidents}, {QStringLiteral("orders"), orders},
            {QStringLiteral("teams"), teams},         {QStringLiteral("stock"), stock},
            {QStringLiteral("shelters"), shelters}};
}

/*!
 * The desk side; every command goes to the window's session as the incident panel sends it:
 * open TITLE LON LAT LEVEL SECTOR TYPE · dispatch INCIDENT CAPABILITY (the proposed teams) · order ORDER STATUS ·
 * stage INCIDENT STATUS · close INCIDENT SUMMARY · supplies INCIDENT ITEM QUANTITY ·
 * return INCIDENT DEPOT ITEM QUANTITY · shelter SHELTER INCIDENT · arrive SHELTER P E C I ·
 * tick INCIDENT STEP · report INCIDENT KIND SERIOUSLY_INJURED · dump · shot FILE INCIDENT (the window with
 * the incident's response plan shown, saved to FILE).
 */
class DeskDriver : public QObject
{
public:
    explicit DeskDriver(app::MainWindow &window)
        : m_window(window)
        , m_session(*window.incidents())
        , m_stdin([this](const QStringList &command) { run(command); })
    {
    }

private:
    static void reply(bool ok, const QString &error, const QString &value = {})
    {
        test::answerLine(ok ? QString(QStringLiteral("ok ") + value).trimmed().toUtf8() : QByteArrayLiteral("refused ") + error.toUtf8());
    }

    void run(const QStringList &c)
    {
        const QString what = c.value(0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;
        if (what == QLatin1String("dump")) {
            test::answerLine(QJsonDocument(snapshot(m_session)).toJson(QJsonDocument::Compact));
        } else if (what == QLatin1String("open")) {
            core::Incident draft;
            draft.title = c.value(1);
            draft.position = {c.value(2).toDouble(), c.value(3).toDouble()};
            draft.responseLevel = core::fromKey<core::ResponseLevel>(c.value(4)).value_or(core::ResponseLevel::None);
            draft.sectorId = c.value(5);
            draft.incidentType = c.value(6);
            const auto opened = m_session.open(draft, officer, now, &error);
            reply(bool(opened), error, opened ? opened->id : QString());
        } else if (what == QLatin1String("dispatch")) {
            const auto capability = core::fromKey<core::Capability>(c.value(2));
            const auto recommendation =
                capability ? m_session.recommend(c.value(1), {*capability}, &error) : std::nullopt;
            bool ok = recommendation && !recommendation->proposed.isEmpty();
            QStringList orders;
            for (const dispatch::TeamEta &t : recommendation ? recommendation->proposed : QList<dispatch::TeamEta>()) {
                const auto order = m_session.dispatchTeam(c.value(1), t.team.id, t.etaSeconds, officer, now, &error);
                ok = ok && order;
                if (order)
                    orders.append(order->id);
            }
            reply(ok, error.isEmpty() ? QStringLiteral("nothing proposed") : error, orders.join(QLatin1Char(' ')));
        } else if (what == QLatin1String("order")) {
            const auto to = core::fromKey<core::DispatchStatus>(c.value(2));
            reply(to && m_session.advanceOrder(c.value(1), *to, officer, now, &error), error);
        } else if (what == QLatin1String("stage")) {
            const auto to = core::fromKey<core::IncidentStatus>(c.value(2));
            reply(to && m_session.advance(c.value(1), *to, officer, now, &error), error);
        } else if (what == QLatin1String("close")) {
            reply(m_session.close(c.value(1), c.value(2), officer, now, &error), error);
        } else if (what == QLatin1String("supplies")) {
            const auto issued = m_session.requestSupplies(c.value(1), {{c.value(2), c.value(3).toDouble()}}, officer, now, &error);
            reply(issued && !issued->movements.isEmpty(), error,
                  issued && !issued->movements.isEmpty() ? issued->movements.first().depotId : QString());
        } else if (what == QLatin1String("return")) {
            reply(m_session.returnSupplies(c.value(1), c.value(2), c.value(3), c.value(4).toDouble(), officer, now, &error),
                  error);
        } else if (what == QLatin1String("shelter")) {
            reply(m_session.openShelter(c.value(1), c.value(2), officer, now, &error), error);
        } else if (what == QLatin1String("arrive")) {
            const dispatch::ShelterCount count{c.value(2).toInt(), c.value(3).toInt(), c.value(4).toInt(), c.value(5).toInt()};
            reply(m_session.registerShelterMovement(c.value(1), dispatch::ShelterMovementKind::Arrival, count, officer, now,
                                                    &error),
                  error);
        } else if (what == QLatin1String("report")) {
            dispatch::AccidentReport report;
            report.incidentId = c.value(1);
            report.kind = core::fromKey<dispatch::ReportKind>(c.value(2)).value_or(dispatch::ReportKind::Initial);
            report.unit = QStringLiteral("梁山盛通化工有限公司");
            report.occurredAt = now.addSecs(-1800);
            report.place = QStringLiteral("Tank farm");
            report.account = QStringLiteral("Chlorine escaped from a valve during unloading.");
            report.seriouslyInjured = c.value(3).toInt();
            report.reporter = officer;
            report.reporterPhone = QStringLiteral("0537-7321234");
            const auto sent = m_session.submitReport(report, officer, now, &error);
            reply(bool(sent), error, sent ? QString::number(sent->version) : QString());
        } else if (what == QLatin1String("tick")) {
            reply(m_session.tickPlanStep(c.value(1), c.value(2), officer, now, &error), error);
        } else if (what == QLatin1String("shot")) {
            m_window.findChild<app::IncidentPanel *>()->showIncident(c.value(2));
            m_window.findChild<QTabWidget *>(QStringLiteral("incidentTabs"))->setCurrentIndex(1);
            m_window.resize(1920, 1080);
            const QString path = c.value(1);
            QTimer::singleShot(3000, &m_window, [this, path] { reply(m_window.grab().save(path), QStringLiteral("cannot write ") + path); });
        } else {
            test::answerLine(QByteArrayLiteral("unknown command"));
        }
    }

    app::MainWindow &m_window;
    dispatch::IncidentSession &m_session;
    test::StdinCommands m_stdin;
};

/*!
 * A child seat: QGIS started as commandpost starts it, the sector plugins loaded, then \a seat run
 * with them; its return value is the exit code. The project's layers go before QGIS exits.
 */
int runSeat(int argc, char **argv, const std::function<int(const sectors::SectorRegistry &)> &seat)
{
    QgsApplication app(argc, argv, true);
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    useTestLanguage(app);
    int rc = 0;
    {
        sectors::SectorRegistry registry;
        registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
        rc = seat(registry);
        QgsProject::instance()->removeAllMapLayers();
    }
    QgsApplication::exitQgis();
    return rc;
}

//! The child: the desk on --data, as commandpost builds it.
int runDesk(const sectors::SectorRegistry &registry)
{
    app::MainWindow window(registry);
    const QStringList problems = window.openData(app::DataSetAddress::file(QCoreApplication::arguments().value(2)));
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "desk: %s\n", qPrintable(problems.join(QLatin1Char(' '))));
        return 2;
    }
    window.show();
    DeskDriver driver(window);
    test::answerLine(QByteArrayLiteral("ready ") + QGuiApplication::platformName().toUtf8());
    return QgsApplication::exec();
}

//! What \a table shows, row by row.
QJsonArray rowsOf(const QTableWidget *table)
{
    QJsonArray rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QJsonArray row;
        for (int c = 0; c < table->columnCount(); ++c)
            row.append(table->item(r, c)->text());
        rows.append(row);
    }
    return rows;
}

/*!
 * The other child: the wall on the desk's data, as commandpost --wall builds it (read-only store,
 * following the incidents). Any line on stdin answers what it shows: the title line, the board's
 * incidents (level, title, since, en route, on scene) and shelters (name, people, occupancy).
 */
int runWall(const sectors::SectorRegistry &registry)
{
    const app::CountyData data = app::openCountyData(app::DataSetAddress::file(QCoreApplication::arguments().value(2)), app::StoreAccess::ReadOnly, registry);
    app::WallWindow wall;
    wall.showLayers(data.layers);
    QString error = data.storeError;
    if (!data.store || !wall.followIncidents(*data.store, &error)) {
        std::fprintf(stderr, "wall: %s\n", qPrintable(error));
        return 2;
    }
    wall.resize(1920, 1080);
    wall.show();
    test::StdinCommands commands([&](const QStringList &) {
        test::answerLine(QJsonDocument(QJsonObject{{QStringLiteral("title"), wall.viewTitle()},
                                                   {QStringLiteral("incidents"), rowsOf(wall.board()->incidents())},
                                                   {QStringLiteral("shelters"), rowsOf(wall.board()->shelters())}})
                             .toJson(QJsonDocument::Compact));
    });
    test::answerLine(QByteArrayLiteral("ready ") + QGuiApplication::platformName().toUtf8());
    return QgsApplication::exec();
}

} // namespace

class TestIncidentRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QString m_display;
    QString m_store;
    storage::Registry m_registry;

    QProcessEnvironment childEnvironment(const QString &language = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X window, not offscreen
        env.insert(QStringLiteral("DISPLAY"), m_display);
        if (!language.isEmpty())
            env.insert(QStringLiteral("COMMANDPOST_TEST_LANG"), language);
        return env;
    }

    //! Starts the desk (or with \a seat "--wall" the wall) child on \a store (the test's by default).
    void startDesk(QProcess &desk, const QString &seat = QStringLiteral("--desk"), const QString &store = {},
                   const QString &language = {})
    {
        desk.setProcessEnvironment(childEnvironment(language));
        desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desk.start(QCoreApplication::applicationFilePath(), {seat, store.isEmpty() ? m_store : store});
        QVERIFY2(desk.waitForStarted(), qPrintable(desk.errorString()));
        const QByteArray ready = test::readLineFrom(desk, 60000);
        QVERIFY2(ready == "ready xcb", ready.constData());
    }

    //! Sends one command; returns what followed "ok", or fails the test with the desk's refusal.
    static QByteArray exchange(QProcess &desk, const QStringList &command)
    {
        desk.write(command.join(QLatin1Char('\t')).toUtf8() + '\n');
        return test::readLineFrom(desk, 30000);
    }

    static QString ask(QProcess &desk, const QStringList &command)
    {
        const QByteArray reply = exchange(desk, command);
        if (!reply.startsWith("ok")) {
            QTest::qFail(qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(reply)),
                         __FILE__, __LINE__);
            return QStringLiteral("<refused>");
        }
        return QString::fromUtf8(reply.mid(3));
    }

    static QJsonObject dump(QProcess &desk)
    {
        desk.write("dump\n");
        return QJsonDocument::fromJson(test::readLineFrom(desk, 10000)).object();
    }

    static void kill(QProcess &desk)
    {
        desk.kill(); // SIGKILL: no handler, no clean shutdown
        QVERIFY(desk.waitForFinished(5000));
        QCOMPARE(desk.exitStatus(), QProcess::CrashExit);
    }

    QStringList at(const QString &enterpriseId) const
    {
        for (const core::Enterprise &e : m_registry.enterprises)
            if (e.id == enterpriseId)
                return {QString::number(e.position.lon, 'f', 6), QString::number(e.position.lat, 'f', 6)};
        return {};
    }

    double registered(const QString &depotId, const QString &item) const
    {
        for (const core::SupplyDepot &d : m_registry.supplyDepots)
            for (const core::InventoryLine &line : d.inventory)
                if (d.id == depotId && line.item == item)
                    return line.quantity;
        return -1;
    }

    QJsonObject adminStatus() const
    {
        QProcess admin;
        admin.start(test::binaryPath(QStringLiteral("app/commandpost-admin/commandpost-admin")),
                    {QStringLiteral("status"), QStringLiteral("--data"), m_store, QStringLiteral("--json")});
        if (!admin.waitForFinished(30000) || admin.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(admin.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString xvfbError;
        QVERIFY2(test::startXvfb(m_xvfb, &m_display, &xvfbError), qPrintable(xvfbError));

        m_store = m_dir.filePath(QStringLiteral("desk.gpkg"));
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), m_store));
        QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QString error;
        const auto store = storage::GeoPackageStore::open(m_store, &error); // upgrades the demo file, as the desk would
        QVERIFY2(store, qPrintable(error));
        const auto registry = store->readRegistry(&error);
        QVERIFY2(registry, qPrintable(error));
        m_registry = *registry;
    }

    void cleanupTestCase()
    {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(5000))
            m_xvfb.kill();
        m_xvfb.waitForFinished();
    }

    void killedDeskRestartsWithTheSameIncidents()
    {
        QProcess desk;
        startDesk(desk);
        const QString leak = ask(desk, QStringList{QStringLiteral("open"), QStringLiteral("Chlorine leak")}
                                           << at(QStringLiteral("E0001")) << QStringLiteral("II")
                                           << QStringLiteral("hazchem") << QStringLiteral("toxic_leak"));
        const QString fire = ask(desk, QStringList{QStringLiteral("open"), QStringLiteral("Warehouse fire")}
                                           << at(QStringLiteral("E0002")) << QStringLiteral("III")
                                           << QStringLiteral("hazchem") << QStringLiteral("leak_fire"));
        const QString crash = ask(desk, QStringList{QStringLiteral("open"), QStringLiteral("Road accident")}
                                            << at(QStringLiteral("E0001")) << QStringLiteral("IV"));
        QVERIFY(leak.startsWith(QStringLiteral("INC-")) && fire != leak && crash != fire);

        const QStringList leakOrders = ask(desk, {QStringLiteral("dispatch"), leak, QStringLiteral("hazmat")}).split(QLatin1Char(' '));
        const QStringList fireOrders = ask(desk, {QStringLiteral("dispatch"), fire, QStringLiteral("fire")}).split(QLatin1Char(' '));
        ask(desk, {QStringLiteral("order"), leakOrders.first(), QStringLiteral("en_route")});
        ask(desk, {QStringLiteral("order"), leakOrders.first(), QStringLiteral("on_scene")});
        ask(desk, {QStringLiteral("stage"), leak, QStringLiteral("verified")});
        ask(desk, {QStringLiteral("stage"), leak, QStringLiteral("responding")});
        const QString depot = ask(desk, {QStringLiteral("supplies"), leak, QStringLiteral("口罩"), QStringLiteral("50")});
        ask(desk, {QStringLiteral("return"), leak, depot, QStringLiteral("口罩"), QStringLiteral("10")});
        ask(desk, {QStringLiteral("supplies"), fire, QStringLiteral("棉被"), QStringLiteral("40")});
        ask(desk, {QStringLiteral("shelter"), QStringLiteral("S003"), leak});
        ask(desk, {QStringLiteral("arrive"), QStringLiteral("S003"), QStringLiteral("120"), QStringLiteral("30"),
                   QStringLiteral("20"), QStringLiteral("3")});
        ask(desk, {QStringLiteral("arrive"), QStringLiteral("S003"), QStringLiteral("15"), QStringLiteral("2"),
                   QStringLiteral("1"), QStringLiteral("0")});
        ask(desk, {QStringLiteral("tick"), leak, QStringLiteral("hazchem.toxic_leak.m01")});
        // The plan is the one of the data set: a step of another incident type's plan is refused.
        QVERIFY(exchange(desk, {QStringLiteral("tick"), leak, QStringLiteral("hazchem.leak_fire.m01")}).startsWith("refused Step"));
        QCOMPARE(ask(desk, {QStringLiteral("report"), leak, QStringLiteral("initial"), QStringLiteral("2")}), QStringLiteral("1"));
        QCOMPARE(ask(desk, {QStringLiteral("report"), leak, QStringLiteral("follow_up"), QStringLiteral("3")}), QStringLiteral("2"));
        ask(desk, {QStringLiteral("tick"), fire, QStringLiteral("hazchem.leak_fire.s02")});
        const QJsonObject before = dump(desk);
        QCOMPARE(before.value(QStringLiteral("incidents")).toArray().size(), 3);
        QCOMPARE(before.value(QStringLiteral("orders")).toArray().size(), leakOrders.size() + fireOrders.size());
        const QJsonObject stock = before.value(QStringLiteral("stock")).toObject();
        QCOMPARE(stock.value(depot + QStringLiteral("/口罩")).toDouble(), registered(depot, QStringLiteral("口罩")) - 40);
        QVERIFY(stock.value(depot + QStringLiteral("/口罩")).toDouble() > 0);
        QCOMPARE(before.value(QStringLiteral("incidents")).toArray().at(0).toObject().value(QStringLiteral("ticks")).toArray().size(), 1);
        QCOMPARE(before.value(QStringLiteral("incidents")).toArray().at(0).toObject().value(QStringLiteral("reports")).toArray().size(), 2);
        QCOMPARE(before.value(QStringLiteral("shelters")).toObject().value(QStringLiteral("S003")).toArray(),
                 (QJsonArray{true, leak, 135, 32, 21, 3}));

        // The wall, another process on the desk's file, shows the three incidents, their teams and the shelter.
        QProcess wall;
        startDesk(wall, QStringLiteral("--wall"));
        QJsonObject shown = dump(wall);
        QCOMPARE(shown.value(QStringLiteral("incidents")).toArray().size(), 3);
        QCOMPARE(shown.value(QStringLiteral("incidents")).toArray().at(0).toArray().at(ui::WallIncidentBoard::Title).toString(),
                 QStringLiteral("Road accident")); // newest first
        const QJsonArray leakRow = shown.value(QStringLiteral("incidents")).toArray().at(2).toArray();
        QCOMPARE(leakRow.at(ui::WallIncidentBoard::Title).toString(), QStringLiteral("Chlorine leak"));
        QCOMPARE(leakRow.at(ui::WallIncidentBoard::OnScene).toString(), QStringLiteral("1"));
        QCOMPARE(leakRow.at(ui::WallIncidentBoard::EnRoute).toString(), QString::number(leakOrders.size() - 1));
        const QJsonArray shelterRow = shown.value(QStringLiteral("shelters")).toArray().at(0).toArray();
        QVERIFY(shelterRow.at(ui::WallIncidentBoard::People).toString().startsWith(QStringLiteral("135 / ")));
        QVERIFY2(shown.value(QStringLiteral("title")).toString().contains(QStringLiteral("Road accident")),
                 qPrintable(shown.value(QStringLiteral("title")).toString())); // a new incident is shown at once

        kill(desk);
        QProcess restarted;
        startDesk(restarted);
        QCOMPARE(dump(restarted), before);

        // Closing the leak frees its teams; the fire's stay committed. That survives a second kill.
        ask(restarted, {QStringLiteral("close"), leak, QStringLiteral("Leak sealed, area cleared, 135 people home")});
        const QJsonObject closed = dump(restarted);
        const QJsonObject teams = closed.value(QStringLiteral("teams")).toObject();
        int committedToFire = 0;
        for (auto it = teams.constBegin(); it != teams.constEnd(); ++it) {
            QVERIFY2(!it.value().toString().endsWith(leak), qPrintable(it.key() + QStringLiteral(" still on the closed incident")));
            committedToFire += it.value().toString().endsWith(fire) ? 1 : 0;
        }
        QCOMPARE(committedToFire, fireOrders.size());
        // The wall kept running through the desk's kill -9; the restarted desk's close reaches it within its 5 s read.
        QTRY_COMPARE_WITH_TIMEOUT(dump(wall).value(QStringLiteral("incidents")).toArray().size(), 2, 15000);
        wall.terminate();
        QVERIFY(wall.waitForFinished(10000));
        kill(restarted);

        const QJsonObject status = adminStatus();
        QCOMPARE(status.value(QStringLiteral("incidents")).toObject().value(QStringLiteral("open")).toInt(), 2);
        QCOMPARE(status.value(QStringLiteral("teams")).toObject().value(QStringLiteral("by_status")).toObject()
                     .value(QStringLiteral("dispatched")).toInt(),
                 fireOrders.size());

        QProcess again;
        startDesk(again);
        QCOMPARE(dump(again), closed);
        again.terminate();
        QVERIFY(again.waitForFinished(15000));
    }

    /*!
     * Last. With COMMANDPOST_SCREENSHOT_DIR set, writes plan-checklist.png (the desk in Chinese with
     * three incidents, the leak's response plan shown) and wall-incidents.png (the real wall on the
     * desk's file) there, for docs/screenshots.
     */
    void screenshotsInChinese()
    {
        const QString dir = qEnvironmentVariable("COMMANDPOST_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set COMMANDPOST_SCREENSHOT_DIR to write the screenshots");
        const QString store = m_dir.filePath(QStringLiteral("shots.gpkg"));
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), store));
        QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess desk;
        startDesk(desk, QStringLiteral("--desk"), store, QStringLiteral("zh_CN"));
        const QString leak = ask(desk, QStringList{QStringLiteral("open"), QStringLiteral("梁山盛通化工 氯气泄漏")}
                                           << at(QStringLiteral("E0001")) << QStringLiteral("II") << QStringLiteral("hazchem")
                                           << QStringLiteral("toxic_leak"));
        const QString fire = ask(desk, QStringList{QStringLiteral("open"), QStringLiteral("仓库火灾")}
                                           << at(QStringLiteral("E0002")) << QStringLiteral("III") << QStringLiteral("hazchem")
                                           << QStringLiteral("leak_fire"));
        ask(desk, QStringList{QStringLiteral("open"), QStringLiteral("国道220线 货车侧翻")} << at(QStringLiteral("E0003"))
                                                                                      << QStringLiteral("IV"));
        const QStringList leakOrders = ask(desk, {QStringLiteral("dispatch"), leak, QStringLiteral("hazmat")}).split(QLatin1Char(' '));
        ask(desk, {QStringLiteral("dispatch"), fire, QStringLiteral("fire")});
        ask(desk, {QStringLiteral("order"), leakOrders.first(), QStringLiteral("en_route")});
        ask(desk, {QStringLiteral("order"), leakOrders.first(), QStringLiteral("on_scene")});
        ask(desk, {QStringLiteral("shelter"), QStringLiteral("S003"), leak});
        ask(desk, {QStringLiteral("arrive"), QStringLiteral("S003"), QStringLiteral("135"), QStringLiteral("32"),
                   QStringLiteral("21"), QStringLiteral("3")});
        for (const char *step : {"g01", "g02", "r01", "m01", "s01"})
            ask(desk, {QStringLiteral("tick"), leak, QStringLiteral("hazchem.toxic_leak.") + QLatin1String(step)});
        ask(desk, {QStringLiteral("shot"), QDir(dir).filePath(QStringLiteral("plan-checklist.png")), leak});

        QProcess wall;
        wall.setProcessEnvironment(childEnvironment());
        wall.setProcessChannelMode(QProcess::ForwardedChannels);
        wall.start(QStringLiteral(COMMANDPOST_EXECUTABLE),
                   {QStringLiteral("--wall"), QStringLiteral("--data"), store, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                    QStringLiteral("--screenshot"), QDir(dir).filePath(QStringLiteral("wall-incidents.png"))});
        QVERIFY(wall.waitForFinished(90000));
        QCOMPARE(wall.exitCode(), 0);
        desk.terminate();
        QVERIFY(desk.waitForFinished(15000));
    }
};

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--desk") == 0)
            return runSeat(argc, argv, runDesk);
        else if (qstrcmp(argv[i], "--wall") == 0)
            return runSeat(argc, argv, runWall);
    QCoreApplication app(argc, argv);
    TestIncidentRestart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_incidentrestart.moc"
