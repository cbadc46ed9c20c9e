// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/dispatchorder.h"

#include <QDateTime>
#include <QString>

namespace cp::dispatch {

//! One issue of supplies from a depot to an incident.
struct SupplyMovement
{
    QString depotId;
    QString item;
    double quantity = 0;
    QString unit;
    QString incidentId;
    QDateTime time;
    QString user;
    //! Road travel time from the depot to the incident, which decided the depot's turn.
    double travelSeconds = 0;
};

/*!
 * \brief Where dispatch decisions are persisted.
 *
 * Dispatch sits below storage (DESIGN.md "Layout"), so it writes through this interface and
 * storage::StoreDispatchJournal forwards to a storage::Store. Every method returns false and sets
 * \a error (may be nullptr) to a translated message when the record could not be kept.
 */
class DispatchJournal
{
public:
    virtual ~DispatchJournal();

    //! Inserts or replaces \a order (keyed by its id).
    virtual bool saveOrder(const core::DispatchOrder &order, QString *error) = 0;
    //! Appends one audit line: \a action is a stable key such as "dispatch.create".
    virtual bool appendAudit(const QString &user, const QDateTime &time, const QString &action,
                             const QString &target, const QString &comment, QString *error) = 0;
    //! Records an issue of supplies.
    virtual bool saveSupplyMovement(const SupplyMovement &movement, QString *error) = 0;
};

} // namespace cp::dispatch
