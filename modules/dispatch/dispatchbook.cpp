// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/dispatchbook.h"

#include "dispatch/tr.h"

#include "core/beijingtime.h"

#include <algorithm>

namespace cp::dispatch {

using core::DispatchStatus;

void DispatchBook::take(const core::DispatchOrder &order)
{
    for (core::DispatchOrder &o : m_orders) {
        if (o.id == order.id) {
            o = order;
            return;
        }
    }
    m_orders.append(order);
}

const core::DispatchOrder *DispatchBook::order(const QString &orderId) const
{
    const auto it = std::find_if(m_orders.cbegin(), m_orders.cend(),
                                 [&orderId](const core::DispatchOrder &o) { return o.id == orderId; });
    return it == m_orders.cend() ? nullptr : &*it;
}

std::optional<core::DispatchOrder> DispatchBook::newOrder(const QString &incidentId, const QString &teamId,
                                                          double etaSeconds, const QString &user, const QDateTime &time,
                                                          const std::function<QString(const QString &)> &incidentLabel,
                                                          QString *error) const
{
    if (const std::optional<core::DispatchOrder> other = openOrder(teamId)) {
        if (error)
            // Who and when: on the shared database the other order may be another seat's.
            *error = Tr::tr("Cannot dispatch team %1: it is already committed to incident %2 (order %3, %4 by %5 at %6)")
                         .arg(teamId, incidentLabel(other->incidentId), other->id, core::displayName(other->status),
                              other->updatedBy, core::beijingText(other->updatedAt));
        return std::nullopt;
    }
    core::DispatchOrder made;
    for (int n = 1; made.id.isEmpty(); ++n) {
        const QString id = QStringLiteral("%1-%2").arg(incidentId).arg(n, 3, 10, QLatin1Char('0'));
        if (!order(id))
            made.id = id;
    }
    made.incidentId = incidentId;
    made.teamId = teamId;
    made.status = DispatchStatus::Dispatched;
    made.etaSeconds = etaSeconds;
    made.updatedAt = time;
    made.updatedBy = user;
    return made;
}

bool DispatchBook::isAllowed(DispatchStatus from, DispatchStatus to) { return nextStatuses(from).contains(to); }

QList<DispatchStatus> DispatchBook::nextStatuses(DispatchStatus from)
{
    switch (from) {
    case DispatchStatus::Dispatched:
        return {DispatchStatus::EnRoute, DispatchStatus::Returning};
    case DispatchStatus::EnRoute:
        return {DispatchStatus::OnScene, DispatchStatus::Returning};
    case DispatchStatus::OnScene:
        return {DispatchStatus::Returning};
    case DispatchStatus::Returning:
        return {DispatchStatus::Available};
    case DispatchStatus::Available:
        break;
    }
    return {};
}

std::optional<core::DispatchOrder> DispatchBook::advanced(const QString &orderId, DispatchStatus to, const QString &user,
                                                          const QDateTime &time, QString *error) const
{
    const core::DispatchOrder *current = order(orderId);
    if (!current) {
        if (error)
            *error = Tr::tr("Dispatch order %1 is unknown").arg(orderId);
        return std::nullopt;
    }
    if (!isAllowed(current->status, to)) {
        if (error)
            *error = Tr::tr("Dispatch order %1 cannot go from \"%2\" to \"%3\"")
                         .arg(orderId, core::displayName(current->status), core::displayName(to));
        return std::nullopt;
    }
    core::DispatchOrder changed = *current;
    changed.status = to;
    changed.updatedAt = time;
    changed.updatedBy = user;
    return changed;
}

QList<core::DispatchOrder> DispatchBook::orders(const QString &incidentId) const
{
    QList<core::DispatchOrder> result;
    for (const core::DispatchOrder &o : m_orders) {
        if (incidentId.isEmpty() || o.incidentId == incidentId)
            result.append(o);
    }
    return result;
}

std::optional<core::DispatchOrder> DispatchBook::openOrder(const QString &teamId) const
{
    for (const core::DispatchOrder &o : m_orders) {
        if (o.teamId == teamId && o.status != DispatchStatus::Available)
            return o;
    }
    return std::nullopt;
}

} // namespace cp::dispatch
