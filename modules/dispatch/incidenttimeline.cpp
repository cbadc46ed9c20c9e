// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/incidenttimeline.h"

#include "dispatch/tr.h"

#include <algorithm>

namespace cp::dispatch {

void IncidentTimeline::add(const TimelineEntry &entry)
{
    const auto after = std::upper_bound(m_entries.begin(), m_entries.end(), entry,
                                        [](const TimelineEntry &a, const TimelineEntry &b) { return a.time < b.time; });
    m_entries.insert(after, entry);
}

void IncidentTimeline::addAlarm(const core::Alarm &alarm)
{
    add({alarm.raisedAt, TimelineKind::Alarm, QString(),
         Tr::tr("Alarm %1 (%2): %3 %4 against limit %5")
             .arg(alarm.key.toString(), alarm.key.kind)
             .arg(alarm.value)
             .arg(alarm.unit)
             .arg(alarm.threshold)});
}

void IncidentTimeline::addOpened(const core::Incident &incident)
{
    add({incident.openedAt, TimelineKind::Opened, incident.openedBy,
         Tr::tr("Incident opened: %1, response level %2").arg(incident.title, core::displayName(incident.responseLevel))});
}

void IncidentTimeline::addOrderEvent(const OrderEvent &event, const QString &teamName)
{
    if (event.status == core::DispatchStatus::Dispatched)
        add({event.time, TimelineKind::Order, event.user, Tr::tr("%1 dispatched (order %2)").arg(teamName, event.orderId)});
    else
        add({event.time, TimelineKind::Status, event.user,
             Tr::tr("%1: %2").arg(teamName, core::displayName(event.status))});
}

void IncidentTimeline::addSupplyMovement(const SupplyMovement &movement, const QString &depotName)
{
    add({movement.time, TimelineKind::Supplies, movement.user,
         Tr::tr("%1 %2 %3 issued from %4").arg(movement.quantity).arg(movement.unit, movement.item, depotName)});
}

void IncidentTimeline::addNote(const QDateTime &time, const QString &user, const QString &text)
{
    add({time, TimelineKind::Note, user, text});
}

} // namespace cp::dispatch
