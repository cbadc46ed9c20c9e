// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enterprise.h"
#include "core/incident.h"
#include "core/team.h"
#include "dispatch/dispatchbook.h"
#include "dispatch/incidenttimeline.h"
#include "dispatch/supplyallocator.h"
#include "dispatch/teamrecommender.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QgsMapCanvas;
class QgsRubberBand;

namespace cp::core {
struct Alarm;
}
namespace cp::storage {
class Store;
class StoreDispatchJournal;
}
namespace cp::sectors {
class SectorRegistry;
struct Sector;
}

namespace cp::app {

/*!
 * \brief The incident dock of the desk: one open incident, the teams to send and the orders made.
 *
 * Opened from an alarm (its enterprise's place, sector and response level): the operator picks the
 * incident type among the sector plugin's, the panel shows the needed capabilities and the
 * recommendation (proposed teams with their ETA, the others ranked, excluded teams with the reason),
 * dispatches the proposed teams with one button and draws their routes on the map; the orders can
 * then be moved along their lifecycle, and the timeline lists what happened.
 */
class IncidentPanel : public QWidget
{
    Q_OBJECT

public:
    //! \a sectors and \a canvas (for the routes) must outlive the panel.
    IncidentPanel(const sectors::SectorRegistry &sectors, QgsMapCanvas *canvas, QWidget *parent = nullptr);
    ~IncidentPanel() override;

    /*!
     * Takes the road network and the teams of the data set \a gpkgPath (its layers roads and teams).
     * Returns false with \a error naming the file when either cannot be read.
     */
    bool loadData(const QString &gpkgPath, QString *error);

    /*!
     * Keeps incidents, orders, their audit lines and supply movements in \a store (not owned, must
     * outlive the panel), so the wall and a restarted desk see them. Without a store the panel keeps
     * them in memory.
     */
    void setStore(storage::Store *store);

    /*!
     * Opens an incident at \a alarm's enterprise and shows the recommendation for the sector's first
     * incident type. False with \a error when the data set is not loaded, the enterprise is not in it
     * or its sector defines no incident types.
     */
    bool openFromAlarm(const core::Alarm &alarm, QString *error);

    /*!
     * Opens an incident at \a position (longitude/latitude, CGCS2000), e.g. a point clicked on the map;
     * the incident types of every sector are offered. False with \a error when no data set is loaded.
     */
    bool openAt(const core::GeoPoint &position, QString *error);

    const core::Incident &incident() const { return m_incident; }
    const std::optional<dispatch::Recommendation> &recommendation() const { return m_recommendation; }
    const dispatch::DispatchBook &book() const { return m_book; }
    //! Routes drawn on the map, one per order still on the way or on scene.
    int routeCount() const { return static_cast<int>(m_routes.size()); }

    //! Sends the proposed teams; returns how many orders were made.
    int dispatchProposed();
    //! Moves the order in row \a row of the order table to its next status.
    bool advanceOrder(int row);
    /*!
     * Issues \a request to the incident from the depots, nearest by road first; the movements go to the
     * timeline and a shortage to message(). Nothing, with message() saying why, on a bad request.
     */
    std::optional<dispatch::SupplyAllocation> requestSupplies(const QList<dispatch::SupplyRequestLine> &request);

    /*!
     * Prints the incident report to \a pdfPath: the map with the routes of the teams sent, then a page
     * with the incident, its orders, supplies and timeline. False with \a error on failure.
     */
    bool exportReport(const QString &pdfPath, QString *error);

signals:
    //! Emitted with a translated message for the status bar.
    void message(const QString &text);

private:
    //! Makes \a incident the open one (new id, opened now by the user) with the types of \a sectors.
    void start(const core::Incident &incident, const QList<const sectors::Sector *> &sectors);
    void recommend();
    void askForSupplies();
    //! The timeline with the orders and supplies of the open incident merged in.
    dispatch::IncidentTimeline fullTimeline() const;
    void showRecommendation();
    void showOrders();
    void showTimeline();
    void clearRoutes();
    void drawRoute(const QList<core::GeoPoint> &route);
    QString teamName(const QString &teamId) const;
    QString depotName(const QString &depotId) const;
    QString user() const;

    const sectors::SectorRegistry &m_sectors;
    QPointer<QgsMapCanvas> m_canvas;
    std::unique_ptr<dispatch::TeamRecommender> m_recommender;
    QList<core::Team> m_teams;
    QHash<QString, core::Enterprise> m_enterprises;
    std::unique_ptr<dispatch::SupplyAllocator> m_supplies;
    QList<dispatch::SupplyMovement> m_movements; //!< of the open incident
    storage::Store *m_store = nullptr;
    std::unique_ptr<storage::StoreDispatchJournal> m_journal; //!< over m_store; before m_book, which uses it
    dispatch::DispatchBook m_book;
    dispatch::IncidentTimeline m_timeline;
    core::Incident m_incident;
    QList<core::Capability> m_needed;
    std::optional<dispatch::Recommendation> m_recommendation;
    QHash<QString, QList<core::GeoPoint>> m_teamRoutes; //!< route of each dispatched team
    //! Items of the canvas's scene: deleted here while the canvas lives, else by its scene.
    std::vector<QgsRubberBand *> m_routes;
    int m_incidentCount = 0;

    QLabel *m_title;
    QComboBox *m_type;
    QLabel *m_needs;
    QTreeWidget *m_teamTree;
    QLabel *m_uncovered;
    QPushButton *m_dispatch;
    QTableWidget *m_orders;
    QPushButton *m_advance;
    QPushButton *m_requestSupplies;
    QPushButton *m_exportReport;
    QListWidget *m_timelineList;
};

} // namespace cp::app
