// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storedispatchjournal.h"

namespace cp::storage {

StoreDispatchJournal::StoreDispatchJournal(Store &store)
    : m_store(store)
{
}

bool StoreDispatchJournal::saveOrder(const core::DispatchOrder &order, QString *error)
{
    return m_store.saveDispatchOrder(order, error);
}

bool StoreDispatchJournal::appendAudit(const QString &user, const QDateTime &time, const QString &action,
                                       const QString &target, const QString &comment, QString *error)
{
    return m_store.appendAudit({user, time, action, target, comment}, error);
}

bool StoreDispatchJournal::saveSupplyMovement(const dispatch::SupplyMovement &movement, QString *error)
{
    return m_store.saveSupplyMovement(movement, error);
}

} // namespace cp::storage
