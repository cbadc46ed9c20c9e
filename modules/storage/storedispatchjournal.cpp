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

bool StoreDispatchJournal::saveSupplyMovement(const dispatch::SupplyMovement &m, QString *error)
{
    // Machine-readable (not translated) like every audit comment: depot, item, quantity, unit.
    const QString comment = QStringLiteral("depot=%1; item=%2; quantity=%3; unit=%4")
                                .arg(m.depotId, m.item, QString::number(m.quantity), m.unit);
    return appendAudit(m.user, m.time, QStringLiteral("supply.issue"), m.incidentId, comment, error);
}

} // namespace cp::storage
