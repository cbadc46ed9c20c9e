// SPDX-License-Identifier: GPL-2.0-or-later
#include "wallwindow.h"

#include "map/alarmoverlay.h"
#include "map/canvasdecorations.h"
#include "map/countymap.h"
#include "ui/alarmtablemodel.h"
#include "ui/countchart.h"
#include "ui/theme.h"
#include "ui/ticker.h"

#include "core/beijingtime.h"
#include "core/risklevel.h"
#include "core/team.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>
#include <qgsvertexmarker.h>

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace cp::app {

namespace {
constexpr int cycleMs = 30000;        // county ↔ incident every 30 s
constexpr qint64 chartRefreshMs = 5000; // the alarms-by-sector chart
}

WallWindow::WallWindow(QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("CommandPost wall display"));
    ui::applyWallTheme(*this);

    m_canvas = new QgsMapCanvas(this);
    m_canvas->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")));
    m_canvas->setCanvasColor(QColor(0x0e, 0x13, 0x1a));
    m_canvas->setCachingEnabled(true);
    m_canvas->setParallelRenderingEnabled(true);
    m_canvas->setInteractive(false); // the wall is for looking, not editing
    new map::CanvasDecorations(m_canvas, true);
    m_overlay = new map::AlarmOverlay(m_canvas);
    // Readable from five metres: a thick red ring, hidden until there is an incident.
    m_incidentMarker = new QgsVertexMarker(m_canvas);
    m_incidentMarker->setIconType(QgsVertexMarker::ICON_CIRCLE);
    m_incidentMarker->setIconSize(44);
    m_incidentMarker->setPenWidth(6);
    m_incidentMarker->setColor(QColor(0xe5, 0x1c, 0x23));
    m_incidentMarker->setVisible(false);

    m_title = new QLabel(this);
    QFont titleFont = font();
    titleFont.setPixelSize(40);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_clock = new QLabel(this);
    m_clock->setFont(titleFont);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_clock);

    m_alarmsBySector = new ui::CountChart(tr("Alarms by sector, last 24 h"), tr("no alarms"), true, this);
    m_enterprisesByRisk = new ui::CountChart(tr("Enterprises by risk grade"), tr("no enterprises"), true, this);
    m_teamsByStatus = new ui::CountChart(tr("Rescue teams by status"), tr("no teams"), true, this);
    auto *panels = new QVBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_alarmsBySector), static_cast<QWidget *>(m_enterprisesByRisk),
                       static_cast<QWidget *>(m_teamsByStatus)})
        panels->addWidget(w, 1);

    m_ticker = new ui::Ticker(this);
    m_ticker->setIdleText(tr("No active alarms"));

    auto *body = new QHBoxLayout;
    body->addWidget(m_canvas, 2);
    body->addLayout(panels, 1);
    auto *root = new QVBoxLayout(this);
    root->addLayout(header);
    root->addLayout(body, 1);
    root->addWidget(m_ticker);

    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &WallWindow::updateClock);
    clock->start(1000);
    updateClock();
    auto *cycle = new QTimer(this);
    connect(cycle, &QTimer::timeout, this, &WallWindow::showNextView);
    cycle->start(cycleMs);
}

void WallWindow::updateClock()
{
    const QDateTime now = core::beijingNow();
    m_clock->setText(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString WallWindow::viewTitle() const
{
    return m_title->text();
}

void WallWindow::showLayers(const QList<QgsVectorLayer *> &layers)
{
    QList<QgsMapLayer *> mapLayers;
    for (QgsVectorLayer *l : layers)
        mapLayers << l;
    m_canvas->setLayers(mapLayers);
    if (QgsVectorLayer *boundary = map::CountyMap::find(layers, QStringLiteral("county_boundary")))
        m_county = m_canvas->mapSettings().layerExtentToOutputExtent(boundary, boundary->extent()).buffered(1500);
    m_showingIncident = true; // so the next view is the county
    showNextView();

    if (QgsVectorLayer *enterprises = map::CountyMap::find(layers, QStringLiteral("enterprises"))) {
        const QMap<QString, int> counts = map::CountyMap::countBy(*enterprises, QStringLiteral("risk_level"));
        QList<ui::CountBar> bars;
        for (core::RiskLevel level : {core::RiskLevel::Major, core::RiskLevel::Significant, core::RiskLevel::General, core::RiskLevel::Low})
            bars.append({core::displayName(level), counts.value(core::toKey(level)), QColor(core::riskColorName(level))});
        m_enterprisesByRisk->setBars(bars);
    }
    if (QgsVectorLayer *teams = map::CountyMap::find(layers, QStringLiteral("teams"))) {
        const QMap<QString, int> counts = map::CountyMap::countBy(*teams, QStringLiteral("status"));
        const QPair<core::TeamStatus, QColor> statuses[] = {{core::TeamStatus::Available, QColor(0x33, 0xa0, 0x2c)},
                                                            {core::TeamStatus::Dispatched, QColor(0xe3, 0x1a, 0x1c)},
                                                            {core::TeamStatus::OffDuty, QColor(0x99, 0x99, 0x99)},
                                                            {core::TeamStatus::Maintenance, QColor(0x9e, 0x7b, 0xd6)}};
        QList<ui::CountBar> bars;
        for (const auto &s : statuses)
            bars.append({core::displayName(s.first), counts.value(core::toKey(s.first)), s.second});
        m_teamsByStatus->setBars(bars);
    }
}

void WallWindow::showAlarms(const ui::AlarmTableModel &alarms)
{
    constexpr int tickerItems = 12;
    QStringList ticker;
    QMap<QString, int> bySector;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int row = 0; row < alarms.rowCount(); ++row) {
        const core::Alarm *a = alarms.alarmAt(row);
        auto text = [&](int column) { return alarms.data(alarms.index(row, column)).toString(); };
        if (a->state == core::AlarmState::UnacknowledgedActive && ticker.size() < tickerItems)
            ticker << tr("%1 %2: %3 %4").arg(text(ui::AlarmTableModel::Priority), text(ui::AlarmTableModel::Enterprise),
                                              text(ui::AlarmTableModel::Kind), text(ui::AlarmTableModel::Value));
        if (a->activeSince >= dayAgo)
            ++bySector[text(ui::AlarmTableModel::Sector)];
    }
    m_ticker->setItems(ticker);
    // The chart is read from across the room: redraw it every few seconds, not at the console's pace.
    if (m_chartUpdated.isValid() && m_chartUpdated.elapsed() < chartRefreshMs)
        return;
    m_chartUpdated.start();
    QList<ui::CountBar> bars;
    for (auto it = bySector.cbegin(); it != bySector.cend(); ++it)
        bars.append({it.key(), it.value(), QColor(0xe5, 0x1c, 0x23)});
    std::sort(bars.begin(), bars.end(), [](const ui::CountBar &a, const ui::CountBar &b) { return a.count > b.count; });
    m_alarmsBySector->setBars(bars.mid(0, 4)); // the four busiest sectors: more do not fit legibly
}

void WallWindow::setNewestIncident(const std::optional<core::Incident> &incident)
{
    const QString previousId = m_incidentId;
    m_incident = QgsRectangle();
    m_incidentId.clear();
    m_incidentTitle.clear();
    if (incident && incident->position.isValid()) {
        const QgsCoordinateTransform toMap(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")), m_canvas->mapSettings().destinationCrs(),
                                           QgsProject::instance()->transformContext());
        try {
            const QgsPointXY at = toMap.transform(QgsPointXY(incident->position.lon, incident->position.lat));
            // About 3 km either side: the incident's site, its neighbours and the roads in.
            m_incident = QgsRectangle(at.x() - 3000, at.y() - 3000, at.x() + 3000, at.y() + 3000);
            m_incidentMarker->setCenter(at);
            m_incidentId = incident->id;
            m_incidentTitle = incident->title;
        } catch (const QgsCsException &) {
            // A position outside the map's projection zone is not on the county map: county view only.
        }
    }
    m_incidentMarker->setVisible(!m_incidentId.isEmpty());
    if (m_incidentId != previousId && (!m_incidentId.isEmpty() || m_showingIncident)) {
        m_showingIncident = m_incidentId.isEmpty(); // so that showNextView() moves to the new state
        showNextView();
    }
}

void WallWindow::showNextView()
{
    m_showingIncident = !m_showingIncident && !m_incident.isEmpty();
    if (m_showingIncident) {
        m_canvas->setExtent(m_incident);
        m_title->setText(tr("Incident: %1").arg(m_incidentTitle));
    } else {
        m_canvas->setExtent(m_county);
        m_title->setText(tr("Liangshan County — situation overview"));
    }
    m_canvas->refresh();
}

} // namespace cp::app
