// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/dispatchbook.h"

#include "dispatch/dispatchjournal.h"
#include "dispatch/tr.h"

#include <algorithm>

namespace cp::dispatch {

using core::DispatchStatus;

DispatchBook::DispatchBook(DispatchJournal *journal)
    : m_journal(journal)
{
}

void DispatchBook::addIncident(const core::Incident &incident) { m_incidents.insert(incident.id, incident); }

void DispatchBook::restoreOrder(const core::DispatchOrder &order)
{
    for (core::DispatchOrder &o : m_orders) {
        if (o.id == order.id) {
            o = order;
            return;
        }
    }
    m_orders.append(order);
}

const core::Incident *DispatchBook::incident(const QString &id) const
{
    const auto it = m_incidents.constFind(id);
    return it == m_incidents.cend() ? nullptr : &*it;
}

QString DispatchBook::incidentLabel(const QString &incidentId) const
{
    const core::Incident *i = incident(incidentId);
    return i && !i->title.isEmpty() ? Tr::tr("%1 \"%2\"").arg(incidentId, i->title) : incidentId;
}

bool DispatchBook::persist(const core::DispatchOrder &order, const QString &action, const QString &comment,
                           QString *error)
{
    return !m_journal
        || (m_journal->saveOrder(order, error)
            && m_journal->appendAudit(order.updatedBy, order.updatedAt, action, order.id, comment, error));
}

std::optional<core::DispatchOrder> DispatchBook::dispatch(const QString &incidentId, const QString &teamId,
                                                          double etaSeconds, const QString &user,
                                                          const QDateTime &time, QString *error)
{
    const core::Incident *target = incident(incidentId);
    if (!target) {
        if (error)
            *error = Tr::tr("Cannot dispatch team %1: incident %2 is unknown").arg(teamId, incidentId);
        return std::nullopt;
    }
    if (target->status == core::IncidentStatus::Closed) {
        if (error)
            *error = Tr::tr("Cannot dispatch team %1: incident %2 is closed").arg(teamId, incidentLabel(incidentId));
        return std::nullopt;
    }
    if (const std::optional<core::DispatchOrder> other = openOrder(teamId)) {
        if (error)
            *error = Tr::tr("Cannot dispatch team %1: it is already committed to incident %2 (order %3, %4)")
                         .arg(teamId, incidentLabel(other->incidentId), other->id, core::displayName(other->status));
        return std::nullopt;
    }
    core::DispatchOrder order;
    for (int n = 1; order.id.isEmpty(); ++n) {
        const QString id = QStringLiteral("%1-%2").arg(incidentId).arg(n, 3, 10, QLatin1Char('0'));
        if (std::none_of(m_orders.cbegin(), m_orders.cend(), [&id](const core::DispatchOrder &o) { return o.id == id; }))
            order.id = id;
    }
    order.incidentId = incidentId;
    order.teamId = teamId;
    order.status = DispatchStatus::Dispatched;
    order.etaSeconds = etaSeconds;
    order.updatedAt = time;
    order.updatedBy = user;
    if (!persist(order, QStringLiteral("dispatch.create"), QStringLiteral("%1 -> %2").arg(teamId, incidentId), error))
        return std::nullopt;
    m_orders.append(order);
    m_history.append({order.id, incidentId, teamId, order.status, time, user});
    return order;
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

bool DispatchBook::advance(const QString &orderId, DispatchStatus to, const QString &user, const QDateTime &time,
                           QString *error)
{
    const auto it = std::find_if(m_orders.begin(), m_orders.end(),
                                 [&orderId](const core::DispatchOrder &o) { return o.id == orderId; });
    if (it == m_orders.end()) {
        if (error)
            *error = Tr::tr("Dispatch order %1 is unknown").arg(orderId);
        return false;
    }
    if (!isAllowed(it->status, to)) {
        if (error)
            *error = Tr::tr("Dispatch order %1 cannot go from \"%2\" to \"%3\"")
                         .arg(orderId, core::displayName(it->status), core::displayName(to));
        return false;
    }
    core::DispatchOrder changed = *it;
    changed.status = to;
    changed.updatedAt = time;
    changed.updatedBy = user;
    if (!persist(changed, QStringLiteral("dispatch.status"),
                 QStringLiteral("%1 -> %2").arg(core::toKey(it->status), core::toKey(to)), error))
        return false;
    *it = changed;
    m_history.append({changed.id, changed.incidentId, changed.teamId, to, time, user});
    return true;
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

QHash<QString, QString> DispatchBook::commitments() const
{
    QHash<QString, QString> result;
    for (const core::DispatchOrder &o : m_orders) {
        if (o.status != DispatchStatus::Available)
            result.insert(o.teamId, incidentLabel(o.incidentId));
    }
    return result;
}

QList<OrderEvent> DispatchBook::history(const QString &incidentId) const
{
    QList<OrderEvent> result;
    for (const OrderEvent &e : m_history) {
        if (e.incidentId == incidentId)
            result.append(e);
    }
    std::stable_sort(result.begin(), result.end(), [](const OrderEvent &a, const OrderEvent &b) { return a.time < b.time; });
    return result;
}

} // namespace cp::dispatch
