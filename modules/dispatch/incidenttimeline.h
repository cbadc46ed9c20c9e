// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "dispatch/incidentrecords.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace cp::dispatch {

class IncidentSession;

enum class TimelineKind
{
    Alarm,    //!< an alarm of the incident's enterprise was raised
    Opened,   //!< the incident was opened
    Stage,    //!< the incident changed stage, was closed or reopened
    Order,    //!< a team was dispatched
    Status,   //!< an order changed status
    Supplies, //!< supplies were issued or returned
    Shelter,  //!< a shelter opened or closed, people arrived or left
    Plan,     //!< a step of the response plan was ticked
    Note,     //!< an operator's note or report
};

//! One line of the timeline; \a text is translated and ready to show.
struct TimelineEntry
{
    QDateTime time;
    TimelineKind kind = TimelineKind::Note;
    QString user;
    QString text;
};

//! The display names of the ids the timeline mentions; an unknown id is shown as it is.
struct TimelineNames
{
    std::function<QString(const QString &)> team;
    std::function<QString(const QString &)> depot;
    std::function<QString(const QString &)> shelter;
    std::function<QString(const QString &)> planStep;
};

/*!
 * \brief What happened in an incident, in time order, in the reader's language.
 *
 * Entries with the same time keep the order they were added in, so a dispatch added before its first
 * status change stays before it.
 */
class IncidentTimeline
{
public:
    //! The timeline of \a incidentId from \a session's events and movements, after \a sourceAlarm if any.
    static IncidentTimeline of(const IncidentSession &session, const QString &incidentId, const TimelineNames &names,
                               const core::Alarm *sourceAlarm = nullptr);

    void add(const TimelineEntry &entry);
    void addAlarm(const core::Alarm &alarm);
    void addEvent(const IncidentEvent &event, const TimelineNames &names);
    void addSupplyMovement(const SupplyMovement &movement, const QString &depotName);
    void addShelterMovement(const ShelterMovement &movement, const QString &shelterName);

    const QList<TimelineEntry> &entries() const { return m_entries; }

private:
    QList<TimelineEntry> m_entries;
};

} // namespace cp::dispatch
