// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "map/searchindex.h"

#include <qgsrectangle.h>

#include "live/livesessionconfig.h"
#include "countydata.h"
#include "storage/store.h"

#include <QMainWindow>

#include <memory>

class QgsMapCanvas;
class QgsMapTool;
class QgsVectorLayer;
class QLabel;

namespace cp::map {
class AlarmOverlay;
class FacilityIdentifyTool;
class MeasureTool;
}
namespace cp::ui {
class AlarmConsole;
class AlarmTableModel;
class ConnectionBanner;
class FacilityPanel;
class FeedStatusBar;
class FeedsDialog;
class IncidentList;
}
namespace cp::dispatch {
class IncidentSession;
}
namespace cp::sectors {
class SectorRegistry;
}
namespace cp::live {
class LiveSession;
}

namespace cp::app {

class DeskAlarms;
class IncidentPanel;
class PlanningView;
class SearchBox;

/*!
 * \brief The duty desk: the county map in the middle; docks for layers, alarms, facility details
 * and the incident; a status bar with feed health, coordinates, scale and the Beijing-time clock.
 * Window layout is remembered between sessions.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! \a sectors supplies the sector plugins' attribute formats; it must outlive the window.
    explicit MainWindow(const sectors::SectorRegistry &sectors, QWidget *parent = nullptr);
    ~MainWindow() override;

    /*!
     * Opens the store of \a address, a GeoPackage or the shared database (alarms, audit, incidents
     * and orders are kept there), loads its registry layers into the project and zooms to the
     * county. Call it once. Returns the problems met (each naming file or database and layer); the
     * layers that loaded are shown, and without a store the desk keeps what happens in memory.
     */
    QStringList openData(const DataSetAddress &address);

    QgsMapCanvas *canvas() const { return m_canvas; }
    map::AlarmOverlay *alarmOverlay() const { return m_overlay; }
    //! Shows the planning view (dock) and returns it.
    PlanningView *showPlanning();
    /*!
     * Starts the seat's live session on \a config (its feeds, the engine's settings, the store of
     * the data set opened) with the enterprises of the loaded registry, and shows its alarms in the
     * console, on the map and in the status bar. False with \a error when the session cannot start
     * (the store cannot be written …).
     */
    bool startAlarms(live::LiveSessionConfig config, QString *error);
    //! The live session, or nullptr before startAlarms().
    live::LiveSession *session() const { return m_session; }
    //! The incident workflow of this seat, kept in the store of openData().
    dispatch::IncidentSession *incidents() const { return m_incidents; }

    //! Exports the current view (or, with \a wholeCounty, the county) to \a pdfPath; false with \a error on failure.
    bool exportMap(const QString &pdfPath, QString *error, bool wholeCounty = false);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createActions();
    void zoomToCounty();
    QgsRectangle countyExtent() const;
    void showFeature(QgsVectorLayer *layer, qint64 featureId);
    void addUserLayer();
    void updateClock();
    void acknowledgeSelected();
    //! The alarm context menu at \a globalPos, for the console's selected alarm.
    void showAlarmMenu(const QPoint &globalPos);
    void openIncidentFromSelected();
    //! Asks the session for \a kind on the selected alarm; the outcome shows in the status bar.
    void actOnSelected(live::AlarmAction::Kind kind, const QString &comment = QString(), qint64 shelveMs = 0,
                       core::Verification verification = core::Verification::None);
    void showFeedHealth();
    //! The feeds dialog: each feed's health, cursor, counts and its quarantined items.
    void showFeeds();

    const sectors::SectorRegistry &m_sectors;
    std::unique_ptr<storage::Store> m_store; //!< outlives m_alarms and the incident panel (~MainWindow)
    QgsMapCanvas *m_canvas = nullptr;
    map::AlarmOverlay *m_overlay = nullptr;
    QgsMapTool *m_panTool = nullptr;
    map::FacilityIdentifyTool *m_identifyTool = nullptr;
    map::MeasureTool *m_measureTool = nullptr;
    QgsMapTool *m_incidentTool = nullptr;
    ui::FacilityPanel *m_facilityPanel = nullptr;
    ui::AlarmTableModel *m_alarmModel = nullptr;
    ui::AlarmConsole *m_console = nullptr;
    live::LiveSession *m_session = nullptr;
    DeskAlarms *m_alarms = nullptr;
    dispatch::IncidentSession *m_incidents = nullptr;
    ui::IncidentList *m_incidentList = nullptr;
    IncidentPanel *m_incidentPanel = nullptr;
    PlanningView *m_planning = nullptr;
    SearchBox *m_search = nullptr;
    QList<QgsVectorLayer *> m_registryLayers;
    ui::FeedStatusBar *m_feedStatus = nullptr;
    ui::ConnectionBanner *m_connection = nullptr; //!< on the shared database, while it cannot be reached
    ui::FeedsDialog *m_feedsDialog = nullptr;
    QLabel *m_coordinates = nullptr;
    QLabel *m_scale = nullptr;
    QLabel *m_clock = nullptr;
};

} // namespace cp::app
