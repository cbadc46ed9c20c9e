// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/incident.h"

#include <qgsrectangle.h>

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QgsMapCanvas;
class QgsVertexMarker;
class QgsVectorLayer;
class QLabel;
class QTimer;

namespace cp::dispatch {
class IncidentSession;
}
namespace cp::map {
class AlarmOverlay;
}
namespace cp::storage {
class Store;
}
namespace cp::ui {
class AlarmTableModel;
class ConnectionBanner;
class CountChart;
class Ticker;
class WallIncidentBoard;
}

namespace cp::app {

/*!
 * \brief The wall display: full screen, dark and high-contrast, no editing. The map, a ticker of the
 * latest alarms, the board of open incidents and shelters, and chart panels (alarms by sector over
 * 24 h, enterprises by risk grade, teams by status).
 *
 * Every open incident is ringed on the map in its level's colour. The map rotates every 20 s through
 * the county and then each open incident, newest first; a newly opened incident is shown at once,
 * and when the one on screen is closed the wall goes back to the county.
 */
class WallWindow : public QWidget
{
    Q_OBJECT

public:
    explicit WallWindow(QWidget *parent = nullptr);

    //! Shows the project's registry layers (already loaded by the desk code) and fills the panels.
    void showLayers(const QList<QgsVectorLayer *> &layers);
    /*!
     * Follows the incidents of \a store (the desk's, another process) and shows what it holds
     * (showIncidents()): a GeoPackage is read every 5 s, the shared database whenever its change
     * log shows an incident changed, with a banner while it cannot be reached. A failed read is
     * printed and the last one kept. False with \a error when its registry cannot be read. \a store
     * must outlive the wall.
     */
    bool followIncidents(const storage::Store &store, QString *error);
    //! Shows the incidents, teams and shelters of \a session (the desk's, as the store holds it),
    //! which must outlive the wall; the board's times move on with the rotation.
    void showIncidents(const dispatch::IncidentSession &session);
    //! Shows the next view of the rotation now (county → newest incident → next … → county).
    void showNextView();
    /*!
     * Feeds the ticker (the newest unacknowledged alarms) and the alarms-by-sector chart (alarms
     * active in the last 24 h) from \a alarms, the console's rows.
     */
    void showAlarms(const ui::AlarmTableModel &alarms);

    QgsMapCanvas *canvas() const { return m_canvas; }
    map::AlarmOverlay *alarmOverlay() const { return m_overlay; }
    ui::Ticker *ticker() const { return m_ticker; }
    ui::WallIncidentBoard *board() const { return m_board; }
    QString viewTitle() const;

private:
    //! An open incident as the wall shows it: its site's ring and the map's extent around it.
    struct IncidentView
    {
        QString id;
        QString title;
        QString summary; //!< level and teams, for the title line
        QgsRectangle extent;
        QgsVertexMarker *marker = nullptr;
    };

    void updateClock();
    void showView(int index);
    void clearIncidentViews();

    QgsMapCanvas *m_canvas = nullptr;
    map::AlarmOverlay *m_overlay = nullptr;
    ui::Ticker *m_ticker = nullptr;
    ui::WallIncidentBoard *m_board = nullptr;
    ui::CountChart *m_alarmsBySector = nullptr;
    ui::CountChart *m_enterprisesByRisk = nullptr;
    ui::CountChart *m_teamsByStatus = nullptr;
    ui::ConnectionBanner *m_connection = nullptr; //!< on the shared database, while it cannot be reached
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QgsRectangle m_county;
    const dispatch::IncidentSession *m_session = nullptr; //!< the last one shown; outlives the wall
    QList<IncidentView> m_incidents; //!< newest first
    int m_view = -1;                 //!< the incident on the map, -1 for the county
    QElapsedTimer m_chartUpdated;
};

} // namespace cp::app
