// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidentpanel.h"

#include "core/alarm.h"
#include "routing/roadnetworkimporter.h"
#include "sectors/sectorregistry.h"
#include "map/mapexporter.h"
#include "storage/registrylayers.h"
#include "storage/store.h"
#include "storage/storedispatchjournal.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsfeature.h>
#include <qgslinesymbol.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsrubberband.h>

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cp::app {

namespace {

QString minutes(double seconds) { return IncidentPanel::tr("%1 min").arg(seconds / 60.0, 0, 'f', 1); }

QString capabilityList(const QList<core::Capability> &capabilities)
{
    QStringList names;
    for (core::Capability c : capabilities)
        names.append(core::displayName(c));
    return names.join(IncidentPanel::tr(", "));
}

} // namespace

IncidentPanel::IncidentPanel(const sectors::SectorRegistry &sectors, QgsMapCanvas *canvas, QWidget *parent)
    : QWidget(parent)
    , m_sectors(sectors)
    , m_canvas(canvas)
{
    m_title = new QLabel(tr("No open incident."), this);
    m_title->setWordWrap(true);
    m_type = new QComboBox(this);
    m_needs = new QLabel(this);
    m_needs->setWordWrap(true);
    m_teamTree = new QTreeWidget(this);
    m_teamTree->setHeaderLabels({tr("Team"), tr("ETA"), tr("Capabilities")});
    m_teamTree->setRootIsDecorated(true);
    m_uncovered = new QLabel(this);
    m_uncovered->setWordWrap(true);
    m_uncovered->setStyleSheet(QStringLiteral("color: #b00020"));
    m_dispatch = new QPushButton(tr("Dispatch proposed teams"), this);
    m_orders = new QTableWidget(0, 4, this);
    m_orders->setHorizontalHeaderLabels({tr("Order"), tr("Team"), tr("Status"), tr("Updated")});
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orders->verticalHeader()->hide();
    m_orders->horizontalHeader()->setStretchLastSection(true);
    m_advance = new QPushButton(tr("Next status"), this);
    m_requestSupplies = new QPushButton(tr("Request supplies…"), this);
    m_exportReport = new QPushButton(tr("Export incident report to PDF…"), this);
    m_timelineList = new QListWidget(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Incident type"), m_type);
    form->addRow(tr("Needs"), m_needs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Recommended teams (proposed first, by road travel time):"), this));
    layout->addWidget(m_teamTree, 3);
    layout->addWidget(m_uncovered);
    layout->addWidget(m_dispatch);
    layout->addWidget(new QLabel(tr("Dispatch orders:"), this));
    layout->addWidget(m_orders, 2);
    layout->addWidget(m_advance);
    layout->addWidget(m_requestSupplies);
    layout->addWidget(new QLabel(tr("Timeline:"), this));
    layout->addWidget(m_timelineList, 2);
    layout->addWidget(m_exportReport);
    setEnabled(false);

    connect(m_type, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { recommend(); });
    connect(m_dispatch, &QPushButton::clicked, this, [this] { dispatchProposed(); });
    connect(m_advance, &QPushButton::clicked, this, [this] { advanceOrder(m_orders->currentRow()); });
    connect(m_requestSupplies, &QPushButton::clicked, this, &IncidentPanel::askForSupplies);
    connect(m_exportReport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export incident report"), m_incident.id + QStringLiteral(".pdf"),
                                                          tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportReport(path, &error))
            emit message(error);
    });
}

IncidentPanel::~IncidentPanel() { clearRoutes(); }

QString IncidentPanel::user() const { return qEnvironmentVariable("USER", QStringLiteral("duty")); }

bool IncidentPanel::loadData(const QString &gpkgPath, QString *error)
{
    const std::optional<storage::Registry> registry = storage::RegistryLayers::read(gpkgPath, error);
    if (!registry)
        return false;
    routing::RoadNetworkImporter importer;
    const routing::RoadGraph graph = importer.import(gpkgPath + QStringLiteral("|layername=roads"), error);
    if (graph.isEmpty())
        return false;
    m_recommender = std::make_unique<dispatch::TeamRecommender>(graph);
    m_supplies = std::make_unique<dispatch::SupplyAllocator>(graph, registry->supplyDepots);
    m_teams = registry->teams;
    m_enterprises.clear();
    for (const core::Enterprise &e : registry->enterprises)
        m_enterprises.insert(e.id, e);
    return true;
}

bool IncidentPanel::openFromAlarm(const core::Alarm &alarm, QString *error)
{
    const sectors::Sector *sector = m_sectors.sector(alarm.sectorId);
    if (!m_recommender) {
        *error = tr("No data set with roads and teams is loaded.");
        return false;
    }
    const auto enterprise = m_enterprises.constFind(alarm.key.enterpriseId);
    if (enterprise == m_enterprises.cend()) {
        *error = tr("Enterprise %1 of alarm %2 is not in the data set.").arg(alarm.key.enterpriseId, alarm.key.toString());
        return false;
    }
    if (!sector || sector->incidentTypes.isEmpty()) {
        *error = tr("Sector \"%1\" of alarm %2 defines no incident types.").arg(alarm.sectorId, alarm.key.toString());
        return false;
    }
    core::Incident incident;
    incident.title = enterprise->name;
    incident.sectorId = alarm.sectorId;
    incident.enterpriseId = alarm.key.enterpriseId;
    incident.sourceAlarmId = alarm.key.toString();
    incident.position = enterprise->position;
    incident.responseLevel = alarm.responseLevel;
    core::Alarm raised = alarm;
    start(incident, {sector});
    if (!raised.raisedAt.isValid())
        raised.raisedAt = m_incident.openedAt;
    // The alarm came first, also when both carry the same second.
    m_timeline = dispatch::IncidentTimeline();
    m_timeline.addAlarm(raised);
    m_timeline.addOpened(m_incident);
    showTimeline();
    return true;
}

bool IncidentPanel::openAt(const core::GeoPoint &position, QString *error)
{
    if (!m_recommender) {
        *error = tr("No data set with roads and teams is loaded.");
        return false;
    }
    core::Incident incident;
    incident.title = tr("Incident at %1, %2").arg(position.lon, 0, 'f', 5).arg(position.lat, 0, 'f', 5);
    incident.position = position;
    start(incident, m_sectors.sectors());
    return true;
}

void IncidentPanel::setStore(storage::Store *store)
{
    m_store = store;
    m_journal = store ? std::make_unique<storage::StoreDispatchJournal>(*store) : nullptr;
    m_book.setJournal(m_journal.get());
}

void IncidentPanel::start(const core::Incident &incident, const QList<const sectors::Sector *> &sectors)
{
    m_incident = incident;
    m_incident.id = QStringLiteral("INC-%1-%2")
                        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")))
                        .arg(++m_incidentCount);
    m_incident.openedAt = QDateTime::currentDateTimeUtc();
    m_incident.openedBy = user();
    m_book.addIncident(m_incident);
    m_timeline = dispatch::IncidentTimeline();
    m_timeline.addOpened(m_incident);
    clearRoutes();
    m_teamRoutes.clear();
    m_movements.clear();

    m_title->setText(tr("<b>%1</b><br>Incident %2 · response level %3")
                         .arg(m_incident.title.toHtmlEscaped(), m_incident.id, core::displayName(m_incident.responseLevel)));
    const QSignalBlocker block(m_type);
    m_type->clear();
    // One sector: its types by name; a place with no sector: every sector's, named with the sector.
    for (const sectors::Sector *sector : sectors) {
        for (const sectors::IncidentType &type : sector->incidentTypes) {
            const QString name = sectors.size() == 1 ? type.name.text()
                                                     : tr("%1: %2").arg(sector->metadata.name.text(), type.name.text());
            m_type->addItem(name, QStringList{sector->metadata.id, type.id});
        }
    }
    setEnabled(true);
    recommend();
    showOrders();
    showTimeline();
}

void IncidentPanel::recommend()
{
    const QStringList sectorAndType = m_type->currentData().toStringList();
    const sectors::Sector *sector = sectorAndType.size() == 2 ? m_sectors.sector(sectorAndType[0]) : nullptr;
    const sectors::IncidentType *type = sector ? sector->incidentType(sectorAndType[1]) : nullptr;
    if (!type || !m_recommender)
        return;
    m_incident.sectorId = sector->metadata.id;
    m_incident.incidentType = type->id;
    m_book.addIncident(m_incident);
    QString storeError;
    if (m_store && !m_store->saveIncident(m_incident, &storeError))
        emit message(tr("The incident was not saved: %1").arg(storeError));
    m_needed = type->capabilities;
    m_needs->setText(capabilityList(m_needed));
    // What the teams already sent bring is not asked for again.
    QList<core::Capability> stillNeeded = m_needed;
    for (const core::DispatchOrder &o : m_book.orders(m_incident.id)) {
        if (o.status == core::DispatchStatus::Available)
            continue;
        for (const core::Team &t : std::as_const(m_teams)) {
            if (t.id == o.teamId)
                stillNeeded.erase(std::remove_if(stillNeeded.begin(), stillNeeded.end(),
                                                 [&t](core::Capability c) { return t.hasCapability(c); }),
                                  stillNeeded.end());
        }
    }
    QString error;
    m_recommendation = m_recommender->recommend(m_incident.position, stillNeeded, m_teams, m_book.commitments(), &error);
    if (!m_recommendation)
        emit message(error);
    showRecommendation();
}

void IncidentPanel::showRecommendation()
{
    m_teamTree->clear();
    m_uncovered->clear();
    m_dispatch->setEnabled(m_recommendation && !m_recommendation->proposed.isEmpty());
    if (!m_recommendation)
        return;
    const dispatch::Recommendation &r = *m_recommendation;
    const QString proposedTitle = r.proposed.isEmpty()
        ? tr("Proposed: none, the teams sent bring every need")
        : tr("Proposed (all on scene in %1)").arg(minutes(r.lastArrivalSeconds()));
    auto *proposed = new QTreeWidgetItem(m_teamTree, {proposedTitle});
    auto *others = new QTreeWidgetItem(m_teamTree, {tr("Other available teams")});
    auto *excluded = new QTreeWidgetItem(m_teamTree, {tr("Not available")});
    for (const dispatch::TeamEta &t : r.ranked) {
        const bool isProposed = std::any_of(r.proposed.cbegin(), r.proposed.cend(),
                                            [&t](const dispatch::TeamEta &p) { return p.team.id == t.team.id; });
        new QTreeWidgetItem(isProposed ? proposed : others,
                            {t.team.name, minutes(t.etaSeconds), capabilityList(t.team.capabilities)});
    }
    for (const dispatch::ExcludedTeam &e : r.excluded) {
        auto *item = new QTreeWidgetItem(excluded, {e.team.name, QString(), e.reason});
        item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_teamTree->expandItem(proposed);
    m_teamTree->expandItem(excluded);
    m_teamTree->resizeColumnToContents(0);
    if (!r.uncovered.isEmpty())
        m_uncovered->setText(tr("No available team can bring: %1").arg(capabilityList(r.uncovered)));
}

int IncidentPanel::dispatchProposed()
{
    if (!m_recommendation)
        return 0;
    int made = 0;
    for (const dispatch::TeamEta &t : m_recommendation->proposed) {
        QString error;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const std::optional<core::DispatchOrder> order = m_book.dispatch(m_incident.id, t.team.id, t.etaSeconds, user(), now, &error);
        if (!order) {
            emit message(error);
            continue;
        }
        ++made;
        m_teamRoutes.insert(t.team.id, t.route);
        for (core::Team &team : m_teams) {
            if (team.id == t.team.id)
                team.status = core::TeamStatus::Dispatched;
        }
    }
    emit message(tr("Teams dispatched to %1: %2").arg(m_incident.title).arg(made));
    recommend();
    showOrders();
    showTimeline();
    return made;
}

bool IncidentPanel::advanceOrder(int row)
{
    const QList<core::DispatchOrder> orders = m_book.orders(m_incident.id);
    if (row < 0 || row >= orders.size())
        return false;
    const core::DispatchOrder &order = orders[row];
    const QList<core::DispatchStatus> next = dispatch::DispatchBook::nextStatuses(order.status);
    QString error;
    if (next.isEmpty() || !m_book.advance(order.id, next.first(), user(), QDateTime::currentDateTimeUtc(), &error)) {
        emit message(next.isEmpty() ? tr("Order %1 is complete.").arg(order.id) : error);
        return false;
    }
    if (next.first() == core::DispatchStatus::Available) {
        m_teamRoutes.remove(order.teamId);
        for (core::Team &team : m_teams) {
            if (team.id == order.teamId)
                team.status = core::TeamStatus::Available;
        }
    }
    showOrders();
    showTimeline();
    m_orders->selectRow(row);
    return true;
}

std::optional<dispatch::SupplyAllocation> IncidentPanel::requestSupplies(const QList<dispatch::SupplyRequestLine> &request)
{
    if (!m_supplies)
        return std::nullopt;
    QString error;
    const std::optional<dispatch::SupplyAllocation> result =
        m_supplies->allocate(m_incident, request, user(), QDateTime::currentDateTimeUtc(), m_journal.get(), &error);
    if (!result) {
        emit message(error);
        return std::nullopt;
    }
    m_movements.append(result->movements);
    QStringList shortages;
    for (const dispatch::SupplyShortage &s : result->shortages)
        shortages.append(tr("%1 short by %2").arg(s.item).arg(s.missing));
    if (!shortages.isEmpty())
        emit message(tr("Supplies short: %1").arg(shortages.join(tr(", "))));
    showTimeline();
    return result;
}

void IncidentPanel::askForSupplies()
{
    if (!m_supplies)
        return;
    QStringList items;
    for (const core::SupplyDepot &d : m_supplies->depots()) {
        for (const core::InventoryLine &line : d.inventory) {
            if (!items.contains(line.item))
                items.append(line.item);
        }
    }
    items.sort();
    bool ok = false;
    const QString item = QInputDialog::getItem(this, tr("Request supplies"), tr("Item"), items, 0, false, &ok);
    if (!ok)
        return;
    const double quantity = QInputDialog::getDouble(this, tr("Request supplies"), tr("Quantity of %1").arg(item), 1, 0.001,
                                                    1e9, 0, &ok);
    if (ok)
        requestSupplies({{item, quantity}});
}

void IncidentPanel::showOrders()
{
    const QList<core::DispatchOrder> orders = m_book.orders(m_incident.id);
    m_orders->setRowCount(orders.size());
    for (int row = 0; row < orders.size(); ++row) {
        const core::DispatchOrder &o = orders[row];
        const QStringList cells = {o.id, teamName(o.teamId), core::displayName(o.status),
                                   tr("%1 by %2").arg(o.updatedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), o.updatedBy)};
        for (int column = 0; column < cells.size(); ++column)
            m_orders->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_orders->resizeColumnsToContents();
    m_advance->setEnabled(!orders.isEmpty());
    clearRoutes();
    for (auto it = m_teamRoutes.cbegin(); it != m_teamRoutes.cend(); ++it)
        drawRoute(it.value());
}

void IncidentPanel::showTimeline()
{
    m_timelineList->clear();
    const dispatch::IncidentTimeline timeline = fullTimeline();
    for (const dispatch::TimelineEntry &e : timeline.entries())
        m_timelineList->addItem(QStringLiteral("%1  %2").arg(e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.text));
}

dispatch::IncidentTimeline IncidentPanel::fullTimeline() const
{
    dispatch::IncidentTimeline timeline = m_timeline;
    for (const dispatch::OrderEvent &e : m_book.history(m_incident.id))
        timeline.addOrderEvent(e, teamName(e.teamId));
    for (const dispatch::SupplyMovement &m : std::as_const(m_movements))
        timeline.addSupplyMovement(m, depotName(m.depotId));
    return timeline;
}

bool IncidentPanel::exportReport(const QString &pdfPath, QString *error)
{
    // The routes as a layer of their own: rubber bands are canvas items and do not print.
    QgsVectorLayer routes(QStringLiteral("LineString?crs=EPSG:4490&field=team:string"), tr("Routes"), QStringLiteral("memory"));
    QgsFeatureList features;
    QgsRectangle extent;
    const QgsCoordinateTransform toSheet(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                         QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")), QgsProject::instance());
    extent.combineExtentWith(toSheet.transform(QgsPointXY(m_incident.position.lon, m_incident.position.lat)));
    for (auto it = m_teamRoutes.cbegin(); it != m_teamRoutes.cend(); ++it) {
        QgsPolylineXY line;
        for (const core::GeoPoint &p : it.value()) {
            line.append(QgsPointXY(p.lon, p.lat));
            extent.combineExtentWith(toSheet.transform(line.last()));
        }
        QgsFeature feature(routes.fields());
        feature.setAttribute(0, teamName(it.key()));
        feature.setGeometry(QgsGeometry::fromPolylineXY(line));
        features.append(feature);
    }
    routes.dataProvider()->addFeatures(features);
    routes.setRenderer(new QgsSingleSymbolRenderer(QgsLineSymbol::createSimple(
        {{QStringLiteral("line_color"), QStringLiteral("30,136,229")}, {QStringLiteral("line_width"), QStringLiteral("1.2")}})));
    extent = extent.buffered(std::max(1500.0, 0.15 * std::max(extent.width(), extent.height())));

    map::MapSheet sheet;
    sheet.title = tr("Incident report: %1").arg(m_incident.title);
    sheet.layers.append(&routes);
    if (m_canvas)
        sheet.layers.append(m_canvas->layers());
    sheet.extent = extent;
    sheet.dataNotice = tr("Routes by road travel time on the county road network. Demo data, synthetic.");
    sheet.appendix << tr("Incident %1: %2").arg(m_incident.id, m_incident.title)
                   << tr("Type: %1 · response level %2 · opened %3 by %4")
                          .arg(m_type->currentText(), core::displayName(m_incident.responseLevel),
                               m_incident.openedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m_incident.openedBy)
                   << tr("Needs: %1").arg(capabilityList(m_needed)) << QString() << tr("Teams:");
    for (const core::DispatchOrder &o : m_book.orders(m_incident.id))
        sheet.appendix << tr("  %1  %2  ETA %3  %4").arg(o.id, teamName(o.teamId), minutes(o.etaSeconds), core::displayName(o.status));
    sheet.appendix << QString() << tr("Supplies:");
    for (const dispatch::SupplyMovement &m : std::as_const(m_movements))
        sheet.appendix << tr("  %1 %2 %3 from depot %4").arg(m.quantity).arg(m.unit, m.item, depotName(m.depotId));
    sheet.appendix << QString() << tr("Timeline:");
    const dispatch::IncidentTimeline timeline = fullTimeline();
    for (const dispatch::TimelineEntry &e : timeline.entries())
        sheet.appendix << QStringLiteral("  %1  %2").arg(e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.text);
    return map::exportMapPdf(sheet, pdfPath, error);
}

QString IncidentPanel::teamName(const QString &teamId) const
{
    for (const core::Team &t : m_teams) {
        if (t.id == teamId)
            return t.name;
    }
    return teamId;
}

QString IncidentPanel::depotName(const QString &depotId) const
{
    for (const core::SupplyDepot &d : m_supplies->depots()) {
        if (d.id == depotId)
            return d.name;
    }
    return depotId;
}

void IncidentPanel::clearRoutes()
{
    if (m_canvas)
        qDeleteAll(m_routes);
    m_routes.clear();
}

void IncidentPanel::drawRoute(const QList<core::GeoPoint> &route)
{
    if (!m_canvas || route.size() < 2)
        return;
    QgsPolylineXY line;
    for (const core::GeoPoint &p : route)
        line.append(QgsPointXY(p.lon, p.lat));
    auto *band = new QgsRubberBand(m_canvas, QgsWkbTypes::LineGeometry);
    band->setStrokeColor(QColor(0x1e, 0x88, 0xe5, 220));
    band->setWidth(4);
    // Routes come in longitude/latitude on CGCS2000 (RoadGraph::toGeo()).
    band->setToGeometry(QgsGeometry::fromPolylineXY(line), QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")));
    m_routes.push_back(band);
}

} // namespace cp::app
