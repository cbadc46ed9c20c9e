// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/incident.h"
#include "dispatch/dispatchbook.h"
#include "dispatch/dispatchjournal.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cp::dispatch {

enum class TimelineKind
{
    Alarm,    //!< an alarm of the incident's enterprise was raised
    Opened,   //!< the incident was opened
    Order,    //!< a team was dispatched
    Status,   //!< an order changed status
    Supplies, //!< supplies were issued
    Note,     //!< an operator's note
};

//! One line of the timeline; \a text is translated and ready to show.
struct TimelineEntry
{
    QDateTime time;
    TimelineKind kind = TimelineKind::Note;
    QString user;
    QString text;
};

/*!
 * \brief What happened in an incident, in time order.
 *
 * Entries with the same time keep the order they were added in, so a dispatch added before its first
 * status change stays before it.
 */
class IncidentTimeline
{
public:
    void add(const TimelineEntry &entry);
    void addAlarm(const core::Alarm &alarm);
    void addOpened(const core::Incident &incident);
    //! A dispatch (status Dispatched) or a later status change; \a teamName names the team in the text.
    void addOrderEvent(const OrderEvent &event, const QString &teamName);
    void addSupplyMovement(const SupplyMovement &movement, const QString &depotName);
    void addNote(const QDateTime &time, const QString &user, const QString &text);

    const QList<TimelineEntry> &entries() const { return m_entries; }

private:
    QList<TimelineEntry> m_entries;
};

} // namespace cp::dispatch
