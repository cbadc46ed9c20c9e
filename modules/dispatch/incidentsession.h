// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/incident.h"
#include "core/shelter.h"
#include "core/supplydepot.h"
#include "core/team.h"
#include "dispatch/dispatchbook.h"
#include "dispatch/incidentrecords.h"
#include "dispatch/planchecklist.h"
#include "dispatch/responseplan.h"
#include "dispatch/supplyallocator.h"
#include "dispatch/teamrecommender.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace cp::dispatch {

/*!
 * \brief The incident workflow of a seat: every incident open at once, their orders, teams, supplies,
 * shelters and plan steps, kept in the journal.
 *
 * Each action checks what it may do, writes its rows and the event (who, when) in one transaction
 * through the IncidentJournal and only then changes the session, so a refused or failed action
 * changes nothing and a restart (restore()) shows exactly what was stored. No widgets: the desk's
 * incident list and panel are views of it, the wall reads the same store.
 *
 * Lifecycle: reported → verified → responding → under control → closed (结案, with a summary);
 * a closed incident reopens with a reason to the stage it was closed from. Closing stands its teams
 * down (their orders complete, the teams available again).
 */
class IncidentSession : public QObject
{
    Q_OBJECT

public:
    //! \a journal (not owned, may be nullptr to keep everything in memory) must outlive the session.
    explicit IncidentSession(IncidentJournal *journal, QObject *parent = nullptr);
    ~IncidentSession() override;

    //! Keeps the workflow in \a journal from now on (not owned, may be nullptr), e.g. once a seat opened its store.
    void setJournal(IncidentJournal *journal) { m_journal = journal; }
    /*!
     * While \a reason is not empty every action is refused with it and nothing is written, e.g. while
     * the seat cannot reach the shared database; the session keeps showing what it holds. Emits
     * readOnlyChanged() when it changes.
     */
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    /*!
     * The county's resources as registered: teams (roster status), depots (their inventory is the
     * stock until movements are stored) and shelters (capacity). \a minimumShare of a depot's
     * registered quantity is its minimum stock (the bureau's reserve rule; no national norm gives one).
     */
    void setResources(const QList<core::Team> &teams, const QList<core::SupplyDepot> &depots,
                      const QList<core::Shelter> &shelters, double minimumShare = 0.3);
    //! Routes teams and supplies on \a graph (a copy is kept), after setResources(); without it recommend() and requestSupplies() refuse.
    void setRoadGraph(const routing::RoadGraph &graph);
    //! The data set's response plans; the checklist of an incident comes from its type's plan.
    void setResponsePlans(ResponsePlanBook plans) { m_plans = std::move(plans); }
    const ResponsePlanBook &responsePlans() const { return m_plans; }
    //! Takes back everything the journal holds, replacing the session's state; false with \a error.
    bool restore(QString *error);
    //! Replaces the session's state with \a records, e.g. what a read-only reader took from a store.
    void restore(const IncidentRecords &records);

    // What the session holds.
    //! Every incident, by opening time.
    QList<core::Incident> incidents() const { return m_incidents; }
    const core::Incident *incident(const QString &id) const;
    QList<core::DispatchOrder> orders(const QString &incidentId = {}) const { return m_book.orders(incidentId); }
    const DispatchBook &book() const { return m_book; }
    //! The teams with their live status (for the recommender, the map and the wall).
    QList<core::Team> teams() const;
    TeamState teamState(const QString &teamId) const;
    //! Each committed team mapped to its incident as "id title", for TeamRecommender::recommend().
    QHash<QString, QString> commitments() const;
    QList<StockLevel> stock() const { return m_stock; }
    double stockOf(const QString &depotId, const QString &item) const;
    QList<StockLevel> stockBelowMinimum() const;
    const QList<core::SupplyDepot> &depots() const { return m_depots; }
    const QList<core::Shelter> &shelterList() const { return m_shelterList; }
    ShelterState shelterState(const QString &shelterId) const;
    //! People present as a share of the shelter's capacity, 0–100+ (0 when it has no capacity).
    int occupancyPercent(const QString &shelterId) const;
    //! True when \a shelterId is open and has room for one more, or is closed and could be opened.
    bool hasRoom(const QString &shelterId) const;
    QList<PlanTick> planTicks(const QString &incidentId) const;
    //! The plan of \a incidentId's type, or nullptr when the incident is unknown or the data set has none.
    const ResponsePlan *responsePlan(const QString &incidentId) const;
    //! The plan's steps for the incident's level at \a now, with due times and ticks (planChecklist()).
    QList<ChecklistItem> checklist(const QString &incidentId, const QDateTime &now) const;
    //! The accident reports submitted for \a incidentId, version 1 first.
    QList<AccidentReport> reports(const QString &incidentId) const;
    /*!
     * The kinds submitReport() takes next for \a incidentId: the initial report (初报) first, then a
     * follow-up (续报) or the final report (终报); none after the final one or for an unknown incident.
     */
    QList<ReportKind> nextReportKinds(const QString &incidentId) const;
    QList<IncidentEvent> events(const QString &incidentId) const;
    QList<SupplyMovement> supplyMovements(const QString &incidentId) const;
    QList<ShelterMovement> shelterMovements(const QString &incidentId) const;

    // What the officer does; each returns false (or nothing) with a translated \a error when refused.
    std::optional<core::Incident> open(core::Incident draft, const QString &user, const QDateTime &time, QString *error);
    bool setIncidentType(const QString &incidentId, const QString &sectorId, const QString &incidentType,
                         const QString &user, const QDateTime &time, QString *error);
    //! One step forward in the lifecycle (not to Closed: close() asks for the summary).
    bool advance(const QString &incidentId, core::IncidentStatus to, const QString &user, const QDateTime &time,
                 QString *error);
    bool close(const QString &incidentId, const QString &summary, const QString &user, const QDateTime &time,
               QString *error);
    bool reopen(const QString &incidentId, const QString &reason, const QString &user, const QDateTime &time,
                QString *error);
    bool addNote(const QString &incidentId, const QString &text, const QString &user, const QDateTime &time,
                 QString *error);

    std::optional<Recommendation> recommend(const QString &incidentId, const QList<core::Capability> &needed,
                                            QString *error) const;
    std::optional<core::DispatchOrder> dispatchTeam(const QString &incidentId, const QString &teamId, double etaSeconds,
                                                    const QString &user, const QDateTime &time, QString *error);
    bool advanceOrder(const QString &orderId, core::DispatchStatus to, const QString &user, const QDateTime &time,
                      QString *error);
    //! Takes a team off duty or back on; refused while it has an open order.
    bool setOffDuty(const QString &teamId, bool offDuty, const QString &user, const QDateTime &time, QString *error);

    //! Issues \a request from the nearest depots by road; the movements lower their stock.
    std::optional<SupplyAllocation> requestSupplies(const QString &incidentId, const QList<SupplyRequestLine> &request,
                                                    const QString &user, const QDateTime &time, QString *error);
    //! Returns \a quantity of \a item from \a incidentId to \a depotId, raising its stock.
    bool returnSupplies(const QString &incidentId, const QString &depotId, const QString &item, double quantity,
                        const QString &user, const QDateTime &time, QString *error);
    bool transferSupplies(const QString &fromDepotId, const QString &toDepotId, const QString &item, double quantity,
                          const QString &user, const QDateTime &time, QString *error);

    bool openShelter(const QString &shelterId, const QString &incidentId, const QString &user, const QDateTime &time,
                     QString *error);
    //! Refused while people are registered in it.
    bool closeShelter(const QString &shelterId, const QString &user, const QDateTime &time, QString *error);
    //! An arrival beyond the capacity or a departure of more than are present is refused.
    bool registerShelterMovement(const QString &shelterId, ShelterMovementKind kind, const ShelterCount &count,
                                 const QString &user, const QDateTime &time, QString *error);

    /*!
     * Submits \a report for its incident at \a time: the session numbers the version and stamps the
     * submission. The first report is the initial one (初报); follow-ups (续报) and the final report (终报)
     * come after it, nothing after the final one. Refused with the field named when reportProblem()
     * finds one. Returns the report as stored.
     */
    std::optional<AccidentReport> submitReport(AccidentReport report, const QString &user, const QDateTime &time,
                                               QString *error);
    //! Marks \a stepId of the incident's plan done; refused for a step the plan lacks or one ticked already.
    bool tickPlanStep(const QString &incidentId, const QString &stepId, const QString &user, const QDateTime &time,
                      QString *error);

signals:
    //! After a stored change of \a incidentId (empty for a change of no incident, e.g. a transfer).
    void changed(const QString &incidentId);
    //! After restore() replaced everything.
    void restored();
    //! After setReadOnly() changed whether actions are refused.
    void readOnlyChanged(bool readOnly);

private:
    core::Incident *findIncident(const QString &id);
    //! The open incident \a id, or nullptr with \a error naming why \a what cannot be done.
    const core::Incident *openIncident(const QString &id, const QString &what, QString *error) const;
    QString incidentLabel(const QString &id) const;
    IncidentEvent event(const QString &incidentId, const QString &action, const QVariantMap &detail,
                        const QString &user, const QDateTime &time) const;
    TeamState teamStateFor(const core::DispatchOrder &order) const;
    StockLevel *findStock(const QString &depotId, const QString &item);
    //! \a change with each state row once, at the version of it the session holds (0: not stored yet).
    IncidentRecords atReadVersions(const IncidentRecords &change) const;
    //! Writes \a change, then takes it into the session and emits changed(\a incidentId).
    bool commit(const IncidentRecords &change, const QString &incidentId, QString *error);
    void take(const IncidentRecords &change);

    IncidentJournal *m_journal;
    QString m_readOnlyReason; //!< empty while actions are taken
    QList<core::Incident> m_incidents;
    DispatchBook m_book;
    QList<core::Team> m_roster;
    QHash<QString, TeamState> m_teamStates;
    QList<core::SupplyDepot> m_depots;
    QList<StockLevel> m_stock;
    QList<core::Shelter> m_shelterList;
    QHash<QString, ShelterState> m_shelters;
    QList<PlanTick> m_ticks;
    ResponsePlanBook m_plans;
    QList<AccidentReport> m_reports;
    QList<IncidentEvent> m_events;
    QList<SupplyMovement> m_supplyMovements;
    QList<ShelterMovement> m_shelterMovements;
    std::unique_ptr<TeamRecommender> m_recommender;
    std::unique_ptr<SupplyAllocator> m_allocator;
};

} // namespace cp::dispatch
