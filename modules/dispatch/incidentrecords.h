// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/dispatchorder.h"
#include "core/enumkeys.h"
#include "core/incident.h"
#include "core/team.h"
#include "dispatch/accidentreport.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cp::dispatch {

enum class SupplyMovementKind
{
    Issue,    //!< from a depot to an incident
    Return,   //!< from an incident back to a depot
    Transfer, //!< from one depot to another (toDepotId)
};

QString toKey(SupplyMovementKind kind);
QString displayName(SupplyMovementKind kind);

//! One movement of supplies; the depot's stock changes by it in the same transaction.
struct SupplyMovement
{
    QString depotId;
    QString item;
    double quantity = 0;
    QString unit;
    QString incidentId; //!< empty for a transfer between depots
    QDateTime time;
    QString user;
    //! Road travel time from the depot to the incident, which decided the depot's turn (issues only).
    double travelSeconds = 0;
    SupplyMovementKind kind = SupplyMovementKind::Issue;
    QString toDepotId; //!< the receiving depot of a transfer
};

//! What a depot holds of one item now, and the reserve it should not fall below.
struct StockLevel
{
    QString depotId;
    QString item;
    QString unit;
    double quantity = 0;
    double minimum = 0;
    int rowVersion = 0; //!< the stored row's version this copy was read at, as core::Incident::rowVersion

    bool isBelowMinimum() const { return quantity < minimum; }
};

//! A team's live status: its roster status, or where its open order stands.
struct TeamState
{
    QString teamId;
    core::TeamStatus status = core::TeamStatus::Available;
    QString incidentId; //!< the incident of its open order; empty when not committed
    QDateTime updatedAt;
    QString updatedBy;
    int rowVersion = 0; //!< the stored row's version this copy was read at, as core::Incident::rowVersion
};

//! People counted at a shelter, in the groups the relief work plans for.
struct ShelterCount
{
    int people = 0;   //!< everyone, including the groups below
    int elderly = 0;  //!< of whom aged 60 and over
    int children = 0; //!< of whom under 14
    int injured = 0;  //!< of whom injured

    ShelterCount &operator+=(const ShelterCount &other);
    ShelterCount &operator-=(const ShelterCount &other);
    bool operator==(const ShelterCount &other) const;
    //! Empty when the counts are consistent, else a translated message naming the group.
    QString problem() const;
};

//! A shelter opened for an incident and who is in it now.
struct ShelterState
{
    QString shelterId;
    QString incidentId;
    bool open = false;
    ShelterCount present;
    QDateTime updatedAt;
    QString updatedBy;
    int rowVersion = 0; //!< the stored row's version this copy was read at, as core::Incident::rowVersion
};

enum class ShelterMovementKind
{
    Arrival,
    Departure,
};

QString toKey(ShelterMovementKind kind);

struct ShelterMovement
{
    QString shelterId;
    QString incidentId;
    ShelterMovementKind kind = ShelterMovementKind::Arrival;
    ShelterCount count;
    QDateTime time;
    QString user;
};

//! A step of the response plan ticked as done.
struct PlanTick
{
    QString incidentId;
    QString stepId;
    QDateTime time;
    QString user;
};

/*!
 * \brief One line of an incident's history: who did what, when.
 *
 * \a action is a stable key ("incident.open", "incident.status", "incident.close", "incident.reopen",
 * "incident.type", "incident.note", "order.create", "order.status", "team.duty", "shelter.open",
 * "shelter.close", "plan.tick", "report.submit"); \a detail is a JSON object with the action's
 * values, turned into text by timelineText() in the reader's language.
 */
struct IncidentEvent
{
    QString incidentId;
    QDateTime time;
    QString user;
    QString action;
    QString detail;
};

/*!
 * \brief What the incident workflow keeps: as a change, the rows one action writes in one
 * transaction; as a snapshot, everything a restarted session takes back.
 *
 * The state lists (incidents, orders, teams, stock, shelters, plan ticks) are upserts keyed by their
 * ids; the logs (supply and shelter movements, events) are appended and never changed.
 */
struct IncidentRecords
{
    QList<core::Incident> incidents;
    QList<core::DispatchOrder> orders;
    QList<TeamState> teams;
    QList<StockLevel> stock;
    QList<ShelterState> shelters;
    QList<PlanTick> planTicks;
    QList<SupplyMovement> supplyMovements;
    QList<ShelterMovement> shelterMovements;
    QList<IncidentEvent> events;
    QList<AccidentReport> reports; //!< submitted versions, oldest first
};

/*!
 * \brief Where the incident workflow is kept.
 *
 * Dispatch sits below storage (DESIGN.md "Layout"), so it writes through this interface and
 * storage::Store implements it. Both return false / nullopt with \a error (may be nullptr) set to a
 * translated message naming the store when they fail; a failed commit leaves nothing of the change.
 */
class IncidentJournal
{
public:
    virtual ~IncidentJournal();

    //! Writes \a change in one transaction, with one audit line per event.
    virtual bool commitIncidentRecords(const IncidentRecords &change, QString *error) = 0;
    //! Everything kept: the state lists whole, the logs in the order they were written.
    virtual std::optional<IncidentRecords> incidentRecords(QString *error) const = 0;
};

} // namespace cp::dispatch

namespace cp::core {
template<>
std::optional<dispatch::SupplyMovementKind> fromKey<dispatch::SupplyMovementKind>(const QString &key);
template<>
std::optional<dispatch::ShelterMovementKind> fromKey<dispatch::ShelterMovementKind>(const QString &key);
} // namespace cp::core
