// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/dispatchorder.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cp::dispatch {

/*!
 * \brief The dispatch orders of all incidents and the rules of their lifecycle.
 *
 * An order moves dispatched → en route → on scene → returning → available, one step at a time; a team
 * stood down before it reaches the scene goes from dispatched or en route straight to returning. An
 * order is open until it reaches available, and a team has at most one open order. The book only
 * proposes changes (newOrder(), advanced()); IncidentSession stores them and then take()s them, so a
 * store failure leaves the book as it was.
 */
class DispatchBook
{
public:
    //! Inserts \a order or replaces the one with its id.
    void take(const core::DispatchOrder &order);

    /*!
     * \brief A new order sending \a teamId to \a incidentId, or nothing with \a error set.
     *
     * Refused when the team already has an open order; \a error then names that order's incident
     * with \a incidentLabel.
     */
    std::optional<core::DispatchOrder> newOrder(const QString &incidentId, const QString &teamId, double etaSeconds,
                                                const QString &user, const QDateTime &time,
                                                const std::function<QString(const QString &)> &incidentLabel,
                                                QString *error) const;
    //! Order \a orderId moved to \a to; refused with a message naming both statuses when not allowed.
    std::optional<core::DispatchOrder> advanced(const QString &orderId, core::DispatchStatus to, const QString &user,
                                                const QDateTime &time, QString *error) const;

    //! True when the lifecycle allows going from \a from to \a to.
    static bool isAllowed(core::DispatchStatus from, core::DispatchStatus to);
    //! The statuses allowed after \a from, in lifecycle order (for the buttons of the panel).
    static QList<core::DispatchStatus> nextStatuses(core::DispatchStatus from);

    //! The orders of \a incidentId, or all when empty, in the order they were made.
    QList<core::DispatchOrder> orders(const QString &incidentId = {}) const;
    const core::DispatchOrder *order(const QString &orderId) const;
    //! The open order of \a teamId, if any.
    std::optional<core::DispatchOrder> openOrder(const QString &teamId) const;

private:
    QList<core::DispatchOrder> m_orders;
};

} // namespace cp::dispatch
