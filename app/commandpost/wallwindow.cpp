// SPDX-License-Identifier: GPL-2.0-or-later
#include "wallwindow.h"

#include "map/alarmoverlay.h"
#include "map/canvasdecorations.h"
#include "map/countymap.h"
#include "map/lastpicture.h"
#include "ui/alarmtablemodel.h"
#include "ui/connectionbanner.h"
#include "ui/countchart.h"
#include "ui/theme.h"
#include "ui/ticker.h"
#include "ui/storeincidentwatcher.h"
#include "ui/wallincidentboard.h"
#include "ui/incidentlistmodel.h"

#include "core/beijingtime.h"
#include "core/risklevel.h"
#include "core/team.h"
#include "dispatch/incidentsession.h"
#include "storage/changefollower.h"
#include "storage/postgresstore.h"

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

#include <chrono>
#include <cstdio>

namespace cp::app {

namespace {
constexpr int viewMs = 20000;           // each view of the rotation: county, then each open incident
constexpr qint64 chartRefreshMs = 5000; // the alarms-by-sector chart
constexpr std::chrono::seconds storeReadInterval(5); // the desk writes, the wall reads
constexpr double incidentHalfExtentM = 3000; // the incident's site, its neighbours and the roads in

//! The team statuses the wall counts, in its colours.
const QPair<core::TeamStatus, QColor> teamStatusColors[] = {
    {core::TeamStatus::Available, QColor(0x33, 0xa0, 0x2c)}, {core::TeamStatus::Dispatched, QColor(0xff, 0x7f, 0x00)},
    {core::TeamStatus::EnRoute, QColor(0xe3, 0x1a, 0x1c)},   {core::TeamStatus::OnScene, QColor(0xb1, 0x15, 0x9d)},
    {core::TeamStatus::Returning, QColor(0x1f, 0x78, 0xb4)}, {core::TeamStatus::OffDuty, QColor(0x99, 0x99, 0x99)},
    {core::TeamStatus::Maintenance, QColor(0x9e, 0x7b, 0xd6)}};

QList<ui::CountBar> teamBars(const QMap<QString, int> &countsByKey)
{
    QList<ui::CountBar> bars;
    for (const auto &s : teamStatusColors)
        if (countsByKey.value(core::toKey(s.first)) > 0 || s.first == core::TeamStatus::Available)
            bars.append({core::displayName(s.first), countsByKey.value(core::toKey(s.first)), s.second});
    return bars;
}
} // namespace

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

    m_title = new QLabel(this);
    QFont titleFont = font();
    titleFont.setPixelSize(40);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // A long incident title is cut at the clock rather than pushing it off the screen.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_clock = new QLabel(this);
    m_clock->setFont(titleFont);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_clock);

    m_alarmsBySector = new ui::CountChart(tr("Alarms by sector, last 24 h"), tr("no alarms"), true, this);
    m_enterprisesByRisk = new ui::CountChart(tr("Enterprises by risk grade"), tr("no enterprises"), true, this);
    m_teamsByStatus = new ui::CountChart(tr("Rescue teams by status"), tr("no teams"), true, this);
    m_board = new ui::WallIncidentBoard(this);
    auto *panels = new QVBoxLayout;
    m_board->setMinimumHeight(440); // four incidents and two shelters at the wall's type size
    panels->addWidget(m_board, 1);
    auto *charts = new QGridLayout;
    charts->addWidget(m_teamsByStatus, 0, 0);
    charts->addWidget(m_alarmsBySector, 0, 1);
    charts->addWidget(m_enterprisesByRisk, 1, 0, 1, 2);
    panels->addLayout(charts, 1);

    m_ticker = new ui::Ticker(this);
    m_ticker->setIdleText(tr("No active alarms"));

    auto *body = new QHBoxLayout;
    body->addWidget(m_canvas, 2);
    body->addLayout(panels, 1);
    m_connection = new ui::ConnectionBanner(this);
    auto *root = new QVBoxLayout(this);
    root->addLayout(header);
    root->addWidget(m_connection);
    root->addLayout(body, 1);
    root->addWidget(m_ticker);

    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &WallWindow::updateClock);
    clock->start(1000);
    updateClock();
    auto *cycle = new QTimer(this);
    connect(cycle, &QTimer::timeout, this, &WallWindow::showNextView);
    cycle->start(viewMs);
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
    showView(-1);

    if (QgsVectorLayer *enterprises = map::CountyMap::find(layers, QStringLiteral("enterprises"))) {
        const QMap<QString, int> counts = map::CountyMap::countBy(*enterprises, QStringLiteral("risk_level"));
        QList<ui::CountBar> bars;
        for (core::RiskLevel level : {core::RiskLevel::Major, core::RiskLevel::Significant, core::RiskLevel::General, core::RiskLevel::Low})
            bars.append({core::displayName(level), counts.value(core::toKey(level)), QColor(core::riskColorName(level))});
        m_enterprisesByRisk->setBars(bars);
    }
    if (QgsVectorLayer *teams = map::CountyMap::find(layers, QStringLiteral("teams")))
        m_teamsByStatus->setBars(teamBars(map::CountyMap::countBy(*teams, QStringLiteral("status"))));
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

bool WallWindow::followIncidents(const storage::Store &store, QString *error)
{
    auto *watcher = new ui::StoreIncidentWatcher(store, storeReadInterval, this);
    if (const auto *shared = dynamic_cast<const storage::PostgresStore *>(&store)) {
        // On the shared database the change log says when the desk changed something: within a second.
        storage::ChangeFollower *follower = storage::ChangeFollower::fromNow(*shared, {}, error).release();
        if (!follower)
            return false;
        follower->setParent(this);
        watcher->follow(*follower);
        // A plan adopted at a desk, or any registry layer changed there, is drawn on the wall too.
        connect(follower, &storage::ChangeFollower::changed, this, [this](const QList<storage::ChangeRecord> &changes) {
            map::CountyMap::reloadTables(m_canvas->layers(), storage::Store::changedRegistryLayers(changes));
        });
        connect(watcher, &ui::StoreIncidentWatcher::connectionChanged, m_connection,
                [this](bool connected, const QString &reason) {
                    m_connection->showConnection(connected, reason);
                    map::keepLastPicture(*m_canvas, connected);
                });
        follower->start();
    }
    connect(watcher, &ui::StoreIncidentWatcher::changed, this, [this, watcher] { showIncidents(watcher->session()); });
    connect(watcher, &ui::StoreIncidentWatcher::readFailed, this,
            [](const QString &text) { std::fprintf(stderr, "commandpost: %s\n", qPrintable(text)); });
    return watcher->start(error);
}

void WallWindow::showIncidents(const dispatch::IncidentSession &session)
{
    m_session = &session;
    m_board->show(session, QDateTime::currentDateTimeUtc());
    QMap<QString, int> teams;
    for (const core::Team &t : session.teams())
        ++teams[core::toKey(session.teamState(t.id).status)];
    m_teamsByStatus->setBars(teamBars(teams));

    const QString shown = m_view >= 0 ? m_incidents.at(m_view).id : QString();
    QStringList known;
    for (const IncidentView &v : std::as_const(m_incidents))
        known << v.id;
    clearIncidentViews();
    const QgsCoordinateTransform toMap(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")), m_canvas->mapSettings().destinationCrs(),
                                       QgsProject::instance()->transformContext());
    QString newest;
    for (const ui::IncidentRow &row : ui::openIncidentRows(session)) {
        const core::Incident &i = row.incident;
        if (!i.position.isValid())
            continue;
        QgsPointXY at;
        try {
            at = toMap.transform(QgsPointXY(i.position.lon, i.position.lat));
        } catch (const QgsCsException &) {
            continue; // outside the map's projection zone: not on the county map
        }
        IncidentView view{i.id, i.title,
                          tr("%1 · %2 en route, %3 on scene").arg(core::displayName(i.responseLevel)).arg(row.teamsEnRoute).arg(row.teamsOnScene),
                          QgsRectangle(at.x() - incidentHalfExtentM, at.y() - incidentHalfExtentM, at.x() + incidentHalfExtentM,
                                       at.y() + incidentHalfExtentM),
                          new QgsVertexMarker(m_canvas)};
        // Readable from five metres: a thick ring in the level's warning colour.
        view.marker->setIconType(QgsVertexMarker::ICON_CIRCLE);
        view.marker->setIconSize(44);
        view.marker->setPenWidth(6);
        view.marker->setColor(ui::responseLevelColor(i.responseLevel));
        view.marker->setCenter(at);
        if (newest.isEmpty() && !known.contains(i.id))
            newest = i.id;
        m_incidents.append(view);
    }
    // A new incident is shown at once; otherwise the one on screen stays, or the county when it closed.
    const QString next = newest.isEmpty() ? shown : newest;
    int index = -1;
    for (int v = 0; v < m_incidents.size(); ++v)
        if (m_incidents.at(v).id == next)
            index = v;
    showView(index);
}

void WallWindow::clearIncidentViews()
{
    for (IncidentView &v : m_incidents)
        delete v.marker;
    m_incidents.clear();
    m_view = -1;
}

void WallWindow::showNextView()
{
    if (m_session)
        m_board->show(*m_session, QDateTime::currentDateTimeUtc());
    showView(m_view + 1 < m_incidents.size() ? m_view + 1 : -1);
}

void WallWindow::showView(int index)
{
    m_view = index;
    if (m_view >= 0) {
        const IncidentView &v = m_incidents.at(m_view);
        m_canvas->setExtent(v.extent);
        m_title->setText(m_incidents.size() > 1 ? tr("Incident %1/%2: %3 — %4").arg(m_view + 1).arg(m_incidents.size()).arg(v.title, v.summary)
                                                : tr("Incident: %1 — %2").arg(v.title, v.summary));
        m_board->setHighlighted(v.id);
    } else {
        m_canvas->setExtent(m_county);
        m_title->setText(tr("Liangshan County — situation overview"));
        m_board->setHighlighted(QString());
    }
    m_canvas->refresh();
}

} // namespace cp::app
