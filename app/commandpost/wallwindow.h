// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/incident.h"

#include <qgsrectangle.h>

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QgsMapCanvas;
class QgsVertexMarker;
class QgsVectorLayer;
class QLabel;
class QTimer;

namespace cp::map {
class AlarmOverlay;
}
namespace cp::ui {
class AlarmTableModel;
class CountChart;
class Ticker;
}

namespace cp::app {

/*!
 * \brief The wall display: full screen, dark and high-contrast, no editing. The map, a ticker of the
 * latest alarms, and chart panels (alarms by sector over 24 h, enterprises by risk grade, teams by
 * status). It alternates every 30 s between the county and the newest active incident, if any.
 */
class WallWindow : public QWidget
{
    Q_OBJECT

public:
    explicit WallWindow(QWidget *parent = nullptr);

    //! Shows the project's registry layers (already loaded by the desk code) and fills the panels.
    void showLayers(const QList<QgsVectorLayer *> &layers);
    /*!
     * The newest open incident to alternate with, or none. A newly opened incident is shown at
     * once; when the one on screen is closed the wall goes back to the county.
     */
    void setNewestIncident(const std::optional<core::Incident> &incident);
    //! Shows the next view of the cycle now (county → incident → county …).
    void showNextView();
    /*!
     * Feeds the ticker (the newest unacknowledged alarms) and the alarms-by-sector chart (alarms
     * active in the last 24 h) from \a alarms, the console's rows.
     */
    void showAlarms(const ui::AlarmTableModel &alarms);

    QgsMapCanvas *canvas() const { return m_canvas; }
    map::AlarmOverlay *alarmOverlay() const { return m_overlay; }
    ui::Ticker *ticker() const { return m_ticker; }
    QString viewTitle() const;

private:
    void updateClock();

    QgsMapCanvas *m_canvas = nullptr;
    map::AlarmOverlay *m_overlay = nullptr;
    ui::Ticker *m_ticker = nullptr;
    ui::CountChart *m_alarmsBySector = nullptr;
    ui::CountChart *m_enterprisesByRisk = nullptr;
    ui::CountChart *m_teamsByStatus = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QgsRectangle m_county;
    QgsRectangle m_incident;
    QgsVertexMarker *m_incidentMarker = nullptr; //!< a ring on the incident's site, on the canvas
    QString m_incidentId;
    QString m_incidentTitle;
    bool m_showingIncident = false;
    QElapsedTimer m_chartUpdated;
};

} // namespace cp::app
