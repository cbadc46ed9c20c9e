// SPDX-License-Identifier: GPL-2.0-or-later
// The desk's incident panel on the demo data: from an alarm to dispatched teams with their routes drawn,
// the orders through their lifecycle, the timeline. With COMMANDPOST_INCIDENT_SCREENSHOT=FILE.png set, one more
// function saves the panel in Chinese beside the map with the routes (docs/screenshots/incident.png is made so).
#include "../map/qgistestapp.h"
#include "incidentpanel.h"
#include "incidentresources.h"
#include "testpaths.h"

#include "core/alarm.h"
#include "core/translations.h"
#include "map/countymap.h"
#include "routing/roadnetworkimporter.h"
#include "routing/snapper.h"
#include "sectors/sectorregistry.h"
#include "storage/registrylayers.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QTemporaryDir>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>

using namespace cp;

class TestIncidentPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sectors.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
        QVERIFY2(m_sectors.sector(QStringLiteral("hazchem")), "the hazchem plugin is built beside the tests");
        QString error;
        const auto registry = storage::RegistryLayers::read(m_demo, &error);
        QVERIFY2(registry, qPrintable(error));
        // A chemical plant near the demo's roads (a few enterprises lie beyond the snapping distance).
        routing::RoadNetworkImporter importer;
        const routing::Snapper snapper(importer.import(m_demo + QStringLiteral("|layername=roads"), &error));
        for (const core::Enterprise &e : registry->enterprises) {
            if (e.sectorId == QLatin1String("hazchem") && snapper.snap(e.position)) {
                m_enterprise = e;
                break;
            }
        }
        QVERIFY(!m_enterprise.id.isEmpty());
        for (const core::SupplyDepot &d : registry->supplyDepots) {
            if (d.inventory.isEmpty() || d.status != core::FacilityStatus::Existing)
                continue;
            if (m_item.isEmpty())
                m_item = d.inventory.first().item;
            for (const core::InventoryLine &line : d.inventory)
                m_itemStock += line.item == m_item ? line.quantity : 0;
        }
        QVERIFY(m_itemStock > 0);
    }

    void anAlarmBecomesAnIncidentWithDispatchedTeamsAndRoutes()
    {
        QWidget window;
        QgsMapCanvas *canvas = nullptr;
        app::IncidentPanel *panel = deskIn(window, &canvas);
        QString error;
        const core::Alarm alarm = alarmAtTheEnterprise();
        QVERIFY(!panel->openFromAlarm(alarm, &error));
        QCOMPARE(error, QStringLiteral("Enterprise %1 of alarm %2 is not in the data set.").arg(m_enterprise.id, alarm.key.toString()));
        load(*panel);

        QVERIFY2(panel->openFromAlarm(alarm, &error), qPrintable(error));
        QCOMPARE(panel->incident().title, m_enterprise.name);
        QCOMPARE(panel->incident().responseLevel, core::ResponseLevel::III);
        QVERIFY(!panel->incident().incidentType.isEmpty());
        QVERIFY(panel->recommendation());
        const dispatch::Recommendation first = *panel->recommendation();
        QVERIFY(!first.proposed.isEmpty());
        // The tree shows the proposed teams, the other available ones and those not available.
        auto *tree = panel->findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->childCount(), first.proposed.size());

        QCOMPARE(panel->dispatchProposed(), first.proposed.size());
        QCOMPARE(panel->routeCount(), first.proposed.size());
        QCOMPARE(panel->session().orders(panel->incident().id).size(), first.proposed.size());
        // The dispatched teams are now excluded, naming this incident.
        const dispatch::Recommendation after = *panel->recommendation();
        int namingThisIncident = 0;
        for (const dispatch::ExcludedTeam &e : after.excluded)
            namingThisIncident += e.reason.contains(panel->incident().id) ? 1 : 0;
        QCOMPARE(namingThisIncident, first.proposed.size());
        auto *timeline = panel->findChild<QListWidget *>();
        QCOMPARE(timeline->count(), 2 + first.proposed.size()); // alarm, opened, one line per dispatch

        // Everything needed is on the way: nothing more is proposed.
        QVERIFY(after.proposed.isEmpty());

        // Supplies: more than every depot holds, so several depots give, nearest first, and the rest is short.
        QSignalSpy shortage(panel, &app::IncidentPanel::message);
        const auto supplies = panel->requestSupplies({{m_item, m_itemStock + 5}});
        QVERIFY(supplies);
        QVERIFY(supplies->movements.size() > 1);
        double moved = 0;
        for (int i = 0; i < supplies->movements.size(); ++i) {
            moved += supplies->movements[i].quantity;
            if (i > 0)
                QVERIFY(supplies->movements[i - 1].travelSeconds <= supplies->movements[i].travelSeconds);
        }
        QCOMPARE(supplies->shortages.size(), 1);
        QVERIFY(supplies->shortages.first().missing >= 5);
        QCOMPARE(moved + supplies->shortages.first().missing, m_itemStock + 5);
        QCOMPARE(shortage.size(), 1);
        QCOMPARE(timeline->count(), 2 + first.proposed.size() + supplies->movements.size());
        const int beforeSteps = timeline->count();

        // The report: the map page and the page with teams, supplies and timeline.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("incident.pdf"));
        QVERIFY2(panel->exportReport(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        // The page tree's count (page objects can appear twice: QGIS rewrites the map page for GeoPDF).
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("/Type\\s*/Pages[^>]*/Count\\s*(\\d+)"))
                                                  .match(QString::fromLatin1(bytes.constData(), bytes.size()));
        QVERIFY(pages.hasMatch());
        QCOMPARE(pages.captured(1).toInt(), 2);

        // The first order through its lifecycle; its route goes when the team is back.
        QVERIFY(panel->advanceOrder(0));
        QVERIFY(panel->advanceOrder(0));
        QVERIFY(panel->advanceOrder(0));
        QCOMPARE(panel->routeCount(), first.proposed.size());
        QVERIFY(panel->advanceOrder(0));
        QCOMPARE(panel->session().orders(panel->incident().id).first().status, core::DispatchStatus::Available);
        QCOMPARE(panel->routeCount(), first.proposed.size() - 1);
        QSignalSpy messages(panel, &app::IncidentPanel::message);
        QVERIFY(!panel->advanceOrder(0));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(timeline->count(), beforeSteps + 4);
        QCOMPARE(panel->findChild<QTableWidget *>()->item(0, 2)->text(), core::displayName(core::DispatchStatus::Available));
    }

    void aReadOnlyDeskShowsTheIncidentButOffersOnlyTheReport()
    {
        QWidget window;
        QgsMapCanvas *canvas = nullptr;
        app::IncidentPanel *panel = deskIn(window, &canvas);
        load(*panel);
        QString error;
        QVERIFY2(panel->openFromAlarm(alarmAtTheEnterprise(), &error), qPrintable(error));
        const auto enabledButtons = [panel] {
            QStringList texts;
            for (const QPushButton *button : panel->findChildren<QPushButton *>())
                if (button->isEnabled())
                    texts.append(button->text());
            texts.sort();
            return texts;
        };
        QVERIFY(enabledButtons().contains(QStringLiteral("Dispatch proposed teams")));
        const QString why = QStringLiteral("Not done: this seat cannot reach the shared database");
        panel->session().setReadOnly(why);
        QCOMPARE(enabledButtons(), QStringList{QStringLiteral("Export incident report to PDF…")});
        QCOMPARE(panel->toolTip(), why);
        QSignalSpy messages(panel, &app::IncidentPanel::message);
        const int ordersBefore = panel->session().orders().size();
        panel->dispatchProposed(); // as a shortcut or a script would, past the greyed button
        QCOMPARE(panel->session().orders().size(), ordersBefore);
        QVERIFY(!messages.isEmpty() && messages.first().first().toString() == why);
        panel->session().setReadOnly(QString());
        QVERIFY(enabledButtons().contains(QStringLiteral("Dispatch proposed teams")));
        QVERIFY(panel->toolTip().isEmpty());
    }

    void aPlaceOnTheMapOpensAnIncidentWithEverySectorsTypes()
    {
        dispatch::IncidentSession session(nullptr);
        app::IncidentPanel panel(m_sectors, session, nullptr);
        QString error;
        load(panel);
        QVERIFY2(panel.openAt(m_enterprise.position, &error), qPrintable(error));
        QVERIFY(panel.incident().enterpriseId.isEmpty());
        QVERIFY(panel.incident().title.startsWith(QStringLiteral("Incident at ")));
        auto *types = panel.findChild<QComboBox *>();
        int expected = 0;
        for (const sectors::Sector *sector : m_sectors.sectors())
            expected += sector->incidentTypes.size();
        QCOMPARE(types->count(), expected);
        // Choosing another sector's type sets the incident's sector and recommends for its needs.
        const int last = types->count() - 1;
        types->setCurrentIndex(last);
        QCOMPARE(panel.incident().sectorId, types->itemData(last).toStringList().first());
        QCOMPARE(panel.incident().incidentType, types->itemData(last).toStringList().last());
        QVERIFY(panel.recommendation());
    }

    void anEnterpriseOutsideTheDataSetIsRefused()
    {
        dispatch::IncidentSession session(nullptr);
        app::IncidentPanel panel(m_sectors, session, nullptr);
        QString error;
        load(panel);
        core::Alarm alarm;
        alarm.key.enterpriseId = QStringLiteral("E-NONE");
        alarm.sectorId = QStringLiteral("hazchem");
        alarm.key.sensorId = QStringLiteral("GT-02");
        alarm.key.kind = QStringLiteral("combustible_gas");
        QVERIFY(!panel.openFromAlarm(alarm, &error));
        QCOMPARE(error, QStringLiteral("Enterprise E-NONE of alarm E-NONE/GT-02/combustible_gas is not in the data set."));
    }

    //! Last, as it installs the Chinese translation. Writes docs/screenshots/incident.png's source when COMMANDPOST_INCIDENT_SCREENSHOT=FILE.png is set.
    void screenshotOfADispatchedIncidentInChinese()
    {
        const QString shot = qEnvironmentVariable("COMMANDPOST_INCIDENT_SCREENSHOT");
        if (shot.isEmpty())
            QSKIP("set COMMANDPOST_INCIDENT_SCREENSHOT=FILE.png to write the screenshot");
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        core::installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China));
        QWidget window;
        QgsMapCanvas *canvas = nullptr;
        app::IncidentPanel *panel = deskIn(window, &canvas);
        QString error;
        load(*panel);
        QVERIFY2(panel->openFromAlarm(alarmAtTheEnterprise(), &error), qPrintable(error));
        QVERIFY(panel->dispatchProposed() > 0);
        QVERIFY(panel->advanceOrder(0));
        saveScreenshot(window, *canvas, shot);
    }

private:
    //! The map and the panel side by side in \a window, as the desk shows them.
    app::IncidentPanel *deskIn(QWidget &window, QgsMapCanvas **canvas)
    {
        *canvas = new QgsMapCanvas(&window);
        (*canvas)->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")));
        auto *panel = new app::IncidentPanel(m_sectors, m_session, *canvas, &window);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(*canvas, 3);
        layout->addWidget(panel, 2);
        return panel;
    }

    //! The demo's teams, depots, shelters and roads in \a panel's session.
    void load(app::IncidentPanel &panel)
    {
        QString error;
        QStringList planProblems;
        QVERIFY2(app::loadIncidentResources(m_demo, nullptr, panel.session(), panel, &planProblems, &error), qPrintable(error));
        QVERIFY(planProblems.isEmpty());
    }

    core::Alarm alarmAtTheEnterprise() const
    {
        core::Alarm alarm;
        alarm.key.enterpriseId = m_enterprise.id;
        alarm.sectorId = QStringLiteral("hazchem");
        alarm.key.sensorId = QStringLiteral("GT-01");
        alarm.key.kind = QStringLiteral("combustible_gas");
        alarm.value = 38;
        alarm.unit = QStringLiteral("%LEL");
        alarm.threshold = 25;
        alarm.responseLevel = core::ResponseLevel::III;
        return alarm;
    }

    void saveScreenshot(QWidget &window, QgsMapCanvas &canvas, const QString &path)
    {
        QStringList errors;
        const QList<QgsVectorLayer *> layers = map::CountyMap::load(m_demo, &errors, &m_sectors);
        QList<QgsMapLayer *> shown;
        for (QgsVectorLayer *layer : layers) {
            QgsProject::instance()->addMapLayer(layer, false);
            shown.append(layer);
        }
        canvas.setLayers(shown);
        const QgsCoordinateTransform toCanvas(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                              canvas.mapSettings().destinationCrs(), QgsProject::instance());
        const QgsPointXY centre = toCanvas.transform(QgsPointXY(m_enterprise.position.lon, m_enterprise.position.lat));
        canvas.setExtent(QgsRectangle(centre.x() - 6000, centre.y() - 4500, centre.x() + 6000, centre.y() + 4500));
        window.resize(1600, 900);
        window.show();
        QSignalSpy rendered(&canvas, &QgsMapCanvas::mapCanvasRefreshed);
        canvas.refresh();
        rendered.wait(30000);
        QVERIFY(window.grab().save(path));
    }

    sectors::SectorRegistry m_sectors;
    dispatch::IncidentSession m_session{nullptr}; //!< of the panels deskIn() makes
    const QString m_demo = test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg"));
    core::Enterprise m_enterprise;
    QString m_item;         //!< the first item of the first existing depot with stock
    double m_itemStock = 0; //!< of m_item in all existing depots
};

COMMANDPOST_QGIS_TEST_MAIN(TestIncidentPanel)
#include "tst_incidentpanel.moc"
