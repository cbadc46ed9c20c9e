// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidentpanel.h"

#include "accidentreportbar.h"
#include "map/mapexporter.h"
#include "sectors/sectorregistry.h"

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

#include "core/beijingtime.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
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

IncidentPanel::IncidentPanel(const sectors::SectorRegistry &sectors, dispatch::IncidentSession &session,
                             QgsMapCanvas *canvas, QWidget *parent)
    : QWidget(parent)
    , m_sectors(sectors)
    , m_session(session)
    , m_canvas(canvas)
{
    m_title = new QLabel(tr("No incident chosen."), this);
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
    m_nextStage = new QPushButton(this);
    m_nextStage->setObjectName(QStringLiteral("nextStage"));
    m_close = new QPushButton(tr("Close incident…"), this);
    m_close->setObjectName(QStringLiteral("closeIncident"));
    m_reopen = new QPushButton(tr("Reopen…"), this);
    m_reopen->setObjectName(QStringLiteral("reopenIncident"));
    m_reports = new AccidentReportBar(m_session, [this] { return user(); }, this);
    m_requestSupplies = new QPushButton(tr("Request supplies…"), this);
    m_exportReport = new QPushButton(tr("Export incident report to PDF…"), this);
    m_timelineList = new QListWidget(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Incident type"), m_type);
    form->addRow(tr("Needs"), m_needs);
    auto *stage = new QHBoxLayout;
    stage->addWidget(m_nextStage);
    stage->addWidget(m_close);
    stage->addWidget(m_reopen);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(stage);
    layout->addWidget(m_reports);
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

    connect(m_type, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { typeChosen(); });
    connect(m_dispatch, &QPushButton::clicked, this, [this] { dispatchProposed(); });
    connect(m_advance, &QPushButton::clicked, this, [this] { advanceOrder(m_orders->currentRow()); });
    connect(m_nextStage, &QPushButton::clicked, this, [this] { advanceStage(); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString summary = QInputDialog::getMultiLineText(this, tr("Close incident"), tr("Closing summary (结案):"), QString(), &ok);
        if (ok)
            closeIncident(summary);
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reopen incident"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            reopenIncident(reason);
    });
    connect(m_reports, &AccidentReportBar::message, this, &IncidentPanel::message);
    connect(m_requestSupplies, &QPushButton::clicked, this, &IncidentPanel::askForSupplies);
    connect(m_exportReport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export incident report"), m_incidentId + QStringLiteral(".pdf"),
                                                          tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportReport(path, &error))
            emit message(error);
    });
    connect(&m_session, &dispatch::IncidentSession::changed, this, [this](const QString &id) {
        if (id == m_incidentId || id.isEmpty())
            refresh();
    });
    connect(&m_session, &dispatch::IncidentSession::restored, this, &IncidentPanel::refresh);
    connect(&m_session, &dispatch::IncidentSession::readOnlyChanged, this, &IncidentPanel::refresh);
}

IncidentPanel::~IncidentPanel() { clearRoutes(); }

QString IncidentPanel::user() const { return qEnvironmentVariable("USER", QStringLiteral("duty")); }

void IncidentPanel::setEnterprises(const QList<core::Enterprise> &enterprises)
{
    m_enterprises.clear();
    for (const core::Enterprise &e : enterprises)
        m_enterprises.insert(e.id, e);
}

core::Incident IncidentPanel::incident() const
{
    const core::Incident *current = m_session.incident(m_incidentId);
    return current ? *current : core::Incident();
}

bool IncidentPanel::done(bool ok, const QString &error)
{
    if (!ok)
        emit message(error);
    return ok;
}

bool IncidentPanel::openFromAlarm(const core::Alarm &alarm, QString *error)
{
    const sectors::Sector *sector = m_sectors.sector(alarm.sectorId);
    const auto enterprise = m_enterprises.constFind(alarm.key.enterpriseId);
    if (enterprise == m_enterprises.cend()) {
        *error = tr("Enterprise %1 of alarm %2 is not in the data set.").arg(alarm.key.enterpriseId, alarm.key.toString());
        return false;
    }
    if (!sector || sector->incidentTypes.isEmpty()) {
        *error = tr("Sector \"%1\" of alarm %2 defines no incident types.").arg(alarm.sectorId, alarm.key.toString());
        return false;
    }
    core::Incident draft;
    draft.title = enterprise->name;
    draft.sectorId = alarm.sectorId;
    draft.incidentType = sector->incidentTypes.first().id;
    draft.enterpriseId = alarm.key.enterpriseId;
    draft.sourceAlarmId = alarm.key.toString();
    draft.position = enterprise->position;
    draft.responseLevel = alarm.responseLevel;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::Alarm raised = alarm;
    if (!raised.raisedAt.isValid())
        raised.raisedAt = now;
    if (!start(draft, {sector}, error))
        return false;
    m_sourceAlarms.insert(m_incidentId, raised);
    showTimeline();
    return true;
}

bool IncidentPanel::openAt(const core::GeoPoint &position, QString *error)
{
    core::Incident draft;
    draft.title = tr("Incident at %1, %2").arg(position.lon, 0, 'f', 5).arg(position.lat, 0, 'f', 5);
    draft.position = position;
    return start(draft, m_sectors.sectors(), error);
}

bool IncidentPanel::start(const core::Incident &draft, const QList<const sectors::Sector *> &sectors, QString *error)
{
    const std::optional<core::Incident> opened = m_session.open(draft, user(), QDateTime::currentDateTimeUtc(), error);
    if (!opened)
        return false;
    m_incidentId = opened->id;
    fillTypes(sectors);
    typeChosen();
    refresh();
    emit currentChanged(m_incidentId);
    return true;
}

void IncidentPanel::showIncident(const QString &id)
{
    if (id == m_incidentId || !m_session.incident(id))
        return;
    m_incidentId = id;
    const core::Incident *current = m_session.incident(id);
    const sectors::Sector *sector = m_sectors.sector(current->sectorId);
    fillTypes(sector && current->enterpriseId.size() ? QList<const sectors::Sector *>{sector} : m_sectors.sectors());
    refresh();
    emit currentChanged(id);
}

void IncidentPanel::fillTypes(const QList<const sectors::Sector *> &sectors)
{
    const core::Incident current = incident();
    const QSignalBlocker block(m_type);
    m_type->clear();
    // One sector: its types by name; a place with no sector: every sector's, named with the sector.
    for (const sectors::Sector *sector : sectors) {
        for (const sectors::IncidentType &type : sector->incidentTypes) {
            const QString name = sectors.size() == 1 ? type.name.text()
                                                     : tr("%1: %2").arg(sector->metadata.name.text(), type.name.text());
            m_type->addItem(name, QStringList{sector->metadata.id, type.id});
            if (sector->metadata.id == current.sectorId && type.id == current.incidentType)
                m_type->setCurrentIndex(m_type->count() - 1);
        }
    }
}

void IncidentPanel::typeChosen()
{
    const QStringList sectorAndType = m_type->currentData().toStringList();
    if (sectorAndType.size() != 2 || !incident().isOpen())
        return;
    QString error;
    done(m_session.setIncidentType(m_incidentId, sectorAndType[0], sectorAndType[1], user(), QDateTime::currentDateTimeUtc(), &error),
         error);
    recommend();
}

void IncidentPanel::recommend()
{
    const core::Incident current = incident();
    const sectors::Sector *sector = m_sectors.sector(current.sectorId);
    const sectors::IncidentType *type = sector ? sector->incidentType(current.incidentType) : nullptr;
    m_needed = type ? type->capabilities : QList<core::Capability>();
    m_needs->setText(capabilityList(m_needed));
    m_recommendation.reset();
    if (type && current.isOpen()) {
        QString error;
        m_recommendation = m_session.recommend(m_incidentId, m_needed, &error);
        if (!m_recommendation)
            emit message(error);
    }
    showRecommendation();
}

void IncidentPanel::refresh()
{
    const core::Incident current = incident();
    m_reports->setIncident(current.id);
    setEnabled(!current.id.isEmpty());
    if (current.id.isEmpty())
        return;
    const bool open = current.isOpen();
    m_title->setText(tr("<b>%1</b><br>Incident %2 · %3 · %4")
                         .arg(current.title.toHtmlEscaped(), current.id, core::displayName(current.responseLevel),
                              core::displayName(current.status)));
    const bool lastStage = current.status == core::IncidentStatus::UnderControl;
    // While read-only (the shared database out of reach) the panel shows the incident but offers no action.
    const bool writable = !m_session.isReadOnly();
    setToolTip(m_session.readOnlyReason());
    m_nextStage->setEnabled(writable && open && !lastStage);
    if (open && !lastStage)
        m_nextStage->setText(tr("Mark %1").arg(core::displayName(core::IncidentStatus(int(current.status) + 1))));
    else
        m_nextStage->setText(tr("Next stage"));
    m_close->setEnabled(writable && open);
    m_reopen->setEnabled(writable && !open);
    m_type->setEnabled(writable && open);
    m_requestSupplies->setEnabled(writable && open);
    recommend();
    showOrders();
    showTimeline();
}

void IncidentPanel::showRecommendation()
{
    m_teamTree->clear();
    m_uncovered->clear();
    m_dispatch->setEnabled(!m_session.isReadOnly() && m_recommendation && !m_recommendation->proposed.isEmpty());
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
    const QList<dispatch::TeamEta> proposed = m_recommendation->proposed;
    for (const dispatch::TeamEta &t : proposed) {
        QString error;
        const std::optional<core::DispatchOrder> order =
            m_session.dispatchTeam(m_incidentId, t.team.id, t.etaSeconds, user(), QDateTime::currentDateTimeUtc(), &error);
        if (!done(order.has_value(), error))
            continue;
        ++made;
        m_orderRoutes.insert(order->id, t.route);
    }
    emit message(tr("Teams dispatched to %1: %2").arg(incident().title).arg(made));
    refresh();
    return made;
}

bool IncidentPanel::advanceOrder(int row)
{
    const QList<core::DispatchOrder> orders = m_session.orders(m_incidentId);
    if (row < 0 || row >= orders.size())
        return false;
    const core::DispatchOrder &order = orders[row];
    const QList<core::DispatchStatus> next = dispatch::DispatchBook::nextStatuses(order.status);
    if (next.isEmpty()) {
        emit message(tr("Order %1 is complete.").arg(order.id));
        return false;
    }
    QString error;
    if (!done(m_session.advanceOrder(order.id, next.first(), user(), QDateTime::currentDateTimeUtc(), &error), error))
        return false;
    m_orders->selectRow(row);
    return true;
}

bool IncidentPanel::advanceStage()
{
    const core::Incident current = incident();
    if (current.status >= core::IncidentStatus::UnderControl)
        return false;
    QString error;
    return done(m_session.advance(m_incidentId, core::IncidentStatus(int(current.status) + 1), user(),
                                  QDateTime::currentDateTimeUtc(), &error),
                error);
}

bool IncidentPanel::closeIncident(const QString &summary)
{
    QString error;
    return done(m_session.close(m_incidentId, summary, user(), QDateTime::currentDateTimeUtc(), &error), error);
}

bool IncidentPanel::reopenIncident(const QString &reason)
{
    QString error;
    return done(m_session.reopen(m_incidentId, reason, user(), QDateTime::currentDateTimeUtc(), &error), error);
}

std::optional<dispatch::SupplyAllocation> IncidentPanel::requestSupplies(const QList<dispatch::SupplyRequestLine> &request)
{
    QString error;
    const std::optional<dispatch::SupplyAllocation> result =
        m_session.requestSupplies(m_incidentId, request, user(), QDateTime::currentDateTimeUtc(), &error);
    if (!done(result.has_value(), error))
        return std::nullopt;
    QStringList shortages;
    for (const dispatch::SupplyShortage &s : result->shortages)
        shortages.append(tr("%1 short by %2").arg(s.item).arg(s.missing));
    if (!shortages.isEmpty())
        emit message(tr("Supplies short: %1").arg(shortages.join(tr(", "))));
    return result;
}

void IncidentPanel::askForSupplies()
{
    QStringList items;
    for (const dispatch::StockLevel &s : m_session.stock()) {
        if (!items.contains(s.item))
            items.append(s.item);
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
    const QList<core::DispatchOrder> orders = m_session.orders(m_incidentId);
    m_orders->setRowCount(orders.size());
    clearRoutes();
    for (int row = 0; row < orders.size(); ++row) {
        const core::DispatchOrder &o = orders[row];
        const QStringList cells = {o.id, teamName(o.teamId), core::displayName(o.status),
                                   tr("%1 by %2").arg(core::beijingClockText(o.updatedAt), o.updatedBy)};
        for (int column = 0; column < cells.size(); ++column)
            m_orders->setItem(row, column, new QTableWidgetItem(cells[column]));
        // A returning team is still on the road; its route goes when it is back.
        if (o.status != core::DispatchStatus::Available)
            drawRoute(m_orderRoutes.value(o.id));
    }
    m_orders->resizeColumnsToContents();
    m_advance->setEnabled(!m_session.isReadOnly() && !orders.isEmpty());
}

dispatch::TimelineNames IncidentPanel::names() const
{
    return {[this](const QString &id) { return teamName(id); }, [this](const QString &id) { return depotName(id); },
            [this](const QString &id) {
                for (const core::Shelter &s : m_session.shelterList())
                    if (s.id == id)
                        return s.name;
                return id;
            },
            [this](const QString &id) {
                const dispatch::ResponsePlan *plan = m_session.responsePlan(m_incidentId);
                const dispatch::ResponsePlanStep *step = plan ? plan->step(id) : nullptr;
                return step ? step->what : id;
            }};
}

void IncidentPanel::showTimeline()
{
    m_timelineList->clear();
    const auto alarm = m_sourceAlarms.constFind(m_incidentId);
    const dispatch::IncidentTimeline timeline = dispatch::IncidentTimeline::of(
        m_session, m_incidentId, names(), alarm == m_sourceAlarms.cend() ? nullptr : &*alarm);
    for (const dispatch::TimelineEntry &e : timeline.entries())
        m_timelineList->addItem(QStringLiteral("%1  %2").arg(core::beijingClockText(e.time), e.text));
}

bool IncidentPanel::exportReport(const QString &pdfPath, QString *error)
{
    const core::Incident current = incident();
    // The routes as a layer of their own: rubber bands are canvas items and do not print.
    QgsVectorLayer routes(QStringLiteral("LineString?crs=EPSG:4490&field=team:string"), tr("Routes"), QStringLiteral("memory"));
    QgsFeatureList features;
    QgsRectangle extent;
    const QgsCoordinateTransform toSheet(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")),
                                         QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")), QgsProject::instance());
    extent.combineExtentWith(toSheet.transform(QgsPointXY(current.position.lon, current.position.lat)));
    const QList<core::DispatchOrder> orders = m_session.orders(current.id);
    for (const core::DispatchOrder &o : orders) {
        const auto it = m_orderRoutes.constFind(o.id);
        if (it == m_orderRoutes.cend())
            continue;
        QgsPolylineXY line;
        for (const core::GeoPoint &p : it.value()) {
            line.append(QgsPointXY(p.lon, p.lat));
            extent.combineExtentWith(toSheet.transform(line.last()));
        }
        QgsFeature feature(routes.fields());
        feature.setAttribute(0, teamName(o.teamId));
        feature.setGeometry(QgsGeometry::fromPolylineXY(line));
        features.append(feature);
    }
    routes.dataProvider()->addFeatures(features);
    routes.setRenderer(new QgsSingleSymbolRenderer(QgsLineSymbol::createSimple(
        {{QStringLiteral("line_color"), QStringLiteral("30,136,229")}, {QStringLiteral("line_width"), QStringLiteral("1.2")}})));
    extent = extent.buffered(std::max(1500.0, 0.15 * std::max(extent.width(), extent.height())));

    map::MapSheet sheet;
    sheet.title = tr("Incident report: %1").arg(current.title);
    sheet.layers.append(&routes);
    if (m_canvas)
        sheet.layers.append(m_canvas->layers());
    sheet.extent = extent;
    sheet.dataNotice = tr("Routes by road travel time on the county road network. Demo data, synthetic.");
    sheet.appendix << tr("Incident %1: %2").arg(current.id, current.title)
                   << tr("Type: %1 · response level %2 · opened %3 by %4")
                          .arg(m_type->currentText(), core::displayName(current.responseLevel),
                               core::beijingText(current.openedAt), current.openedBy)
                   << tr("Needs: %1").arg(capabilityList(m_needed)) << QString() << tr("Teams:");
    for (const core::DispatchOrder &o : orders)
        sheet.appendix << tr("  %1  %2  ETA %3  %4").arg(o.id, teamName(o.teamId), minutes(o.etaSeconds), core::displayName(o.status));
    sheet.appendix << QString() << tr("Supplies:");
    for (const dispatch::SupplyMovement &m : m_session.supplyMovements(current.id))
        sheet.appendix << tr("  %1 %2 %3 from depot %4").arg(m.quantity).arg(m.unit, m.item, depotName(m.depotId));
    sheet.appendix << QString() << tr("Timeline:");
    const auto alarm = m_sourceAlarms.constFind(current.id);
    const dispatch::IncidentTimeline timeline = dispatch::IncidentTimeline::of(
        m_session, current.id, names(), alarm == m_sourceAlarms.cend() ? nullptr : &*alarm);
    for (const dispatch::TimelineEntry &e : timeline.entries())
        sheet.appendix << QStringLiteral("  %1  %2").arg(core::beijingClockText(e.time), e.text);
    return map::exportMapPdf(sheet, pdfPath, error);
}

QString IncidentPanel::teamName(const QString &teamId) const
{
    for (const core::Team &t : m_session.teams()) {
        if (t.id == teamId)
            return t.name;
    }
    return teamId;
}

QString IncidentPanel::depotName(const QString &depotId) const
{
    for (const core::SupplyDepot &d : m_session.depots()) {
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
