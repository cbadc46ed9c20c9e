// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/incidenttimeline.h"

#include "dispatch/incidentsession.h"
#include "dispatch/tr.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cp::dispatch {

namespace {

QString nameOf(const std::function<QString(const QString &)> &lookup, const QString &id)
{
    const QString name = lookup ? lookup(id) : QString();
    return name.isEmpty() ? id : name;
}

QString stageName(const QJsonObject &detail, const char *key)
{
    const std::optional<core::IncidentStatus> status = core::fromKey<core::IncidentStatus>(detail.value(QLatin1String(key)).toString());
    return status ? core::displayName(*status) : detail.value(QLatin1String(key)).toString();
}

} // namespace

IncidentTimeline IncidentTimeline::of(const IncidentSession &session, const QString &incidentId, const TimelineNames &names,
                                      const core::Alarm *sourceAlarm)
{
    IncidentTimeline timeline;
    // The alarm came first, also when it carries the same second as the opening.
    if (sourceAlarm)
        timeline.addAlarm(*sourceAlarm);
    for (const IncidentEvent &e : session.events(incidentId))
        timeline.addEvent(e, names);
    for (const SupplyMovement &m : session.supplyMovements(incidentId))
        timeline.addSupplyMovement(m, nameOf(names.depot, m.depotId));
    for (const ShelterMovement &m : session.shelterMovements(incidentId))
        timeline.addShelterMovement(m, nameOf(names.shelter, m.shelterId));
    return timeline;
}

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

void IncidentTimeline::addEvent(const IncidentEvent &event, const TimelineNames &names)
{
    const QJsonObject d = QJsonDocument::fromJson(event.detail.toUtf8()).object();
    const auto text = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    const QString &a = event.action;
    TimelineEntry entry{event.time, TimelineKind::Note, event.user, {}};
    if (a == QLatin1String("incident.open")) {
        const std::optional<core::ResponseLevel> level = core::fromKey<core::ResponseLevel>(text("level"));
        entry.kind = TimelineKind::Opened;
        entry.text = Tr::tr("Incident opened: %1, %2").arg(text("title"), core::displayName(level.value_or(core::ResponseLevel::None)));
    } else if (a == QLatin1String("incident.status")) {
        entry.kind = TimelineKind::Stage;
        entry.text = Tr::tr("Stage: %1 → %2").arg(stageName(d, "from"), stageName(d, "to"));
    } else if (a == QLatin1String("incident.close")) {
        entry.kind = TimelineKind::Stage;
        entry.text = Tr::tr("Closed: %1").arg(text("summary"));
    } else if (a == QLatin1String("incident.reopen")) {
        entry.kind = TimelineKind::Stage;
        entry.text = Tr::tr("Reopened (%1): %2").arg(stageName(d, "to"), text("reason"));
    } else if (a == QLatin1String("incident.type")) {
        entry.text = Tr::tr("Incident type set: %1 / %2").arg(text("sector"), text("type"));
    } else if (a == QLatin1String("incident.note")) {
        entry.text = text("text");
    } else if (a == QLatin1String("order.create")) {
        entry.kind = TimelineKind::Order;
        entry.text = Tr::tr("%1 dispatched (order %2)").arg(nameOf(names.team, text("team")), text("order"));
    } else if (a == QLatin1String("order.status")) {
        const std::optional<core::DispatchStatus> status = core::fromKey<core::DispatchStatus>(text("status"));
        entry.kind = TimelineKind::Status;
        entry.text = Tr::tr("%1: %2").arg(nameOf(names.team, text("team")), status ? core::displayName(*status) : text("status"));
    } else if (a == QLatin1String("shelter.open")) {
        entry.kind = TimelineKind::Shelter;
        entry.text = Tr::tr("Shelter opened: %1").arg(nameOf(names.shelter, text("shelter")));
    } else if (a == QLatin1String("shelter.close")) {
        entry.kind = TimelineKind::Shelter;
        entry.text = Tr::tr("Shelter closed: %1").arg(nameOf(names.shelter, text("shelter")));
    } else if (a == QLatin1String("plan.tick")) {
        entry.kind = TimelineKind::Plan;
        entry.text = Tr::tr("Plan step done: %1").arg(nameOf(names.planStep, text("step")));
    } else if (a == QLatin1String("report.submit")) {
        const auto kind = core::fromKey<ReportKind>(text("kind"));
        entry.text = Tr::tr("Accident report sent: %1, version %2")
                         .arg(kind ? displayName(*kind) : text("kind"), QString::number(d.value(QStringLiteral("version")).toInt()));
    } else {
        entry.text = Tr::tr("%1: %2").arg(a, event.detail);
    }
    add(entry);
}

void IncidentTimeline::addSupplyMovement(const SupplyMovement &movement, const QString &depotName)
{
    const QString what = QStringLiteral("%1 %2 %3").arg(movement.quantity).arg(movement.unit, movement.item);
    add({movement.time, TimelineKind::Supplies, movement.user,
         movement.kind == SupplyMovementKind::Return ? Tr::tr("%1 returned to %2").arg(what, depotName)
                                                     : Tr::tr("%1 issued from %2").arg(what, depotName)});
}

void IncidentTimeline::addShelterMovement(const ShelterMovement &movement, const QString &shelterName)
{
    const ShelterCount &c = movement.count;
    const QString groups = Tr::tr("%1 people (%2 elderly, %3 children, %4 injured)")
                               .arg(c.people)
                               .arg(c.elderly)
                               .arg(c.children)
                               .arg(c.injured);
    add({movement.time, TimelineKind::Shelter, movement.user,
         movement.kind == ShelterMovementKind::Arrival ? Tr::tr("%1 arrived at %2").arg(groups, shelterName)
                                                       : Tr::tr("%1 left %2").arg(groups, shelterName)});
}

} // namespace cp::dispatch
