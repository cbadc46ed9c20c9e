// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/dispatchjournal.h"
#include "storage/store.h"

namespace cp::storage {

//! Keeps dispatch decisions in a Store: its dispatch orders, supply movements and audit log.
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
