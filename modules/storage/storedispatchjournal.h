// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/dispatchjournal.h"
#include "storage/store.h"

namespace cp::storage {

/*!
 * \brief Keeps dispatch decisions in a Store: orders in its dispatch orders, the rest in its audit log.
 *
 * A supply movement becomes the audit line "supply.issue" on the incident, naming depot, item,
 * quantity and unit (the store has no table of its own for movements yet).
 */
class StoreDispatchJournal : public dispatch::DispatchJournal
{
public:
    //! \a store (not owned) must outlive the journal.
    explicit StoreDispatchJournal(Store &store);

    bool saveOrder(const core::DispatchOrder &order, QString *error) override;
    bool appendAudit(const QString &user, const QDateTime &time, const QString &action, const QString &target,
                     const QString &comment, QString *error) override;
    bool saveSupplyMovement(const dispatch::SupplyMovement &movement, QString *error) override;

private:
    Store &m_store;
};

} // namespace cp::storage
