// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/dispatchorder.h"
#include "core/incident.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cp::dispatch {

class DispatchJournal;

//! One step of an order's lifecycle as it happened.
struct OrderEvent
{
    QString orderId;
    QString incidentId;
    QString teamId;
    core::DispatchStatus status = core::DispatchStatus::Dispatched;
    QDateTime time;
    QString user;
};

/*!
 * \brief The dispatch orders of all incidents and their lifecycle.
 *
 * An order moves dispatched → en route → on scene → returning → available, one step at a time; a team
 * stood down before it reaches the scene goes from dispatched or en route straight to returning. An
 * order is open until it reaches available, and a team has at most one open order: dispatching a
 * committed team is refused with the other incident named. Every change is written through the
 * journal (order row and audit line) before it is taken; a journal failure leaves the book unchanged.
 */
class DispatchBook
{
public:
    //! \a journal (not owned, may be nullptr for a book kept in memory) must outlive the book.
    explicit DispatchBook(DispatchJournal *journal = nullptr);

    //! Writes from now on through \a journal (not owned, may be nullptr), e.g. once a seat has opened its store.
    void setJournal(DispatchJournal *journal) { m_journal = journal; }

    //! Makes \a incident known (or updates it), e.g. from Store::incidents().
    void addIncident(const core::Incident &incident);
    //! Takes \a order as stored, e.g. from Store::dispatchOrders() after a restart; nothing is written.
    void restoreOrder(const core::DispatchOrder &order);

    const core::Incident *incident(const QString &id) const;

    /*!
     * \brief Sends team \a teamId to incident \a incidentId; the new order, or nothing with \a error set.
     *
     * Refused when the incident is unknown or closed, or the team already has an open order.
     */
    std::optional<core::DispatchOrder> dispatch(const QString &incidentId, const QString &teamId, double etaSeconds,
                                                const QString &user, const QDateTime &time, QString *error);
    //! Moves order \a orderId to \a to; refused with a message naming both statuses when not allowed.
    bool advance(const QString &orderId, core::DispatchStatus to, const QString &user, const QDateTime &time,
                 QString *error);

    //! True when the lifecycle allows going from \a from to \a to.
    static bool isAllowed(core::DispatchStatus from, core::DispatchStatus to);
    //! The statuses allowed after \a from, in lifecycle order (for the buttons of the panel).
    static QList<core::DispatchStatus> nextStatuses(core::DispatchStatus from);

    //! The orders of \a incidentId, or all when empty, in the order they were made.
    QList<core::DispatchOrder> orders(const QString &incidentId = {}) const;
    //! The open order of \a teamId, if any.
    std::optional<core::DispatchOrder> openOrder(const QString &teamId) const;
    //! Each committed team's id mapped to its incident as "id title", for TeamRecommender::recommend().
    QHash<QString, QString> commitments() const;
    //! The lifecycle steps of \a incidentId's orders taken through this book, in time order.
    QList<OrderEvent> history(const QString &incidentId) const;

private:
    QString incidentLabel(const QString &incidentId) const;
    bool persist(const core::DispatchOrder &order, const QString &action, const QString &comment, QString *error);

    DispatchJournal *m_journal;
    QHash<QString, core::Incident> m_incidents;
    QList<core::DispatchOrder> m_orders;
    QList<OrderEvent> m_history;
};

} // namespace cp::dispatch
