// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/enterprise.h"
#include "core/incident.h"
#include "core/team.h"
#include "dispatch/incidentsession.h"
#include "dispatch/incidenttimeline.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QgsMapCanvas;
class QgsRubberBand;

namespace cp::sectors {
class SectorRegistry;
struct Sector;
}

namespace cp::app {

class AccidentReportBar;

/*!
 * \brief The incident dock's detail: the current incident of the session, the teams to send, the
 * orders made, its stage and its timeline.
 *
 * A view of dispatch::IncidentSession: every button forwards the officer's intent to the session,
 * which checks it and stores it; the panel shows what the session then holds. Opened from an alarm
 * (its enterprise's place, sector and response level) or a place on the map: the officer picks the
 * incident type among the sector plugin's, the panel shows the needed capabilities and the
 * recommendation (proposed teams with their ETA, the others ranked, excluded teams with the reason),
 * dispatches the proposed teams with one button and draws their routes on the map.
 */
class IncidentPanel : public QWidget
{
    Q_OBJECT

public:
    //! \a sectors, \a session and \a canvas (for the routes) must outlive the panel.
    IncidentPanel(const sectors::SectorRegistry &sectors, dispatch::IncidentSession &session, QgsMapCanvas *canvas,
                  QWidget *parent = nullptr);
    ~IncidentPanel() override;

    //! The enterprises of the data set, for incidents opened from their alarms.
    void setEnterprises(const QList<core::Enterprise> &enterprises);

    /*!
     * Opens an incident at \a alarm's enterprise and makes it current. False with \a error when the
     * enterprise is not in the data set, its sector defines no incident types or the session refuses.
     */
    bool openFromAlarm(const core::Alarm &alarm, QString *error);
    //! Opens an incident at \a position (longitude/latitude, CGCS2000), e.g. a point clicked on the map.
    bool openAt(const core::GeoPoint &position, QString *error);
    //! Makes incident \a id current (e.g. clicked in the incident list).
    void showIncident(const QString &id);

    //! The current incident, or an empty one.
    core::Incident incident() const;
    const std::optional<dispatch::Recommendation> &recommendation() const { return m_recommendation; }
    dispatch::IncidentSession &session() const { return m_session; }
    //! Routes drawn on the map, one per order of the current incident still on the way or on scene.
    int routeCount() const { return static_cast<int>(m_routes.size()); }

    //! Sends the proposed teams; returns how many orders were made.
    int dispatchProposed();
    //! Moves the order in row \a row of the order table to its next status.
    bool advanceOrder(int row);
    //! Moves the incident one stage on (reported → verified → responding → under control).
    bool advanceStage();
    bool closeIncident(const QString &summary);
    bool reopenIncident(const QString &reason);
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

    //! Who this seat's actions are stored as: the login name.
    QString user() const;

signals:
    //! Emitted with a translated message for the status bar.
    void message(const QString &text);
    //! The current incident changed (opened here or chosen).
    void currentChanged(const QString &id);

private:
    //! Opens \a draft through the session and makes it current, offering the types of \a sectors.
    bool start(const core::Incident &draft, const QList<const sectors::Sector *> &sectors, QString *error);
    void fillTypes(const QList<const sectors::Sector *> &sectors);
    void typeChosen();
    void recommend();
    void askForSupplies();
    //! Reports a refusal from the session through message(); returns \a ok.
    bool done(bool ok, const QString &error);
    dispatch::TimelineNames names() const;
    void refresh();
    void showRecommendation();
    void showOrders();
    void showTimeline();
    void clearRoutes();
    void drawRoute(const QList<core::GeoPoint> &route);
    QString teamName(const QString &teamId) const;
    QString depotName(const QString &depotId) const;

    const sectors::SectorRegistry &m_sectors;
    dispatch::IncidentSession &m_session;
    QPointer<QgsMapCanvas> m_canvas;
    QHash<QString, core::Enterprise> m_enterprises;
    QString m_incidentId;
    QList<core::Capability> m_needed;
    std::optional<dispatch::Recommendation> m_recommendation;
    QHash<QString, QList<core::GeoPoint>> m_orderRoutes; //!< the route of each order dispatched from this desk
    QHash<QString, core::Alarm> m_sourceAlarms;          //!< the alarm each incident opened here came from
    //! Items of the canvas's scene: deleted here while the canvas lives, else by its scene.
    std::vector<QgsRubberBand *> m_routes;

    QLabel *m_title;
    QComboBox *m_type;
    QLabel *m_needs;
    QTreeWidget *m_teamTree;
    QLabel *m_uncovered;
    QPushButton *m_dispatch;
    QTableWidget *m_orders;
    QPushButton *m_advance;
    QPushButton *m_nextStage;
    QPushButton *m_close;
    QPushButton *m_reopen;
    AccidentReportBar *m_reports;
    QPushButton *m_requestSupplies;
    QPushButton *m_exportReport;
    QListWidget *m_timelineList;
};

} // namespace cp::app
