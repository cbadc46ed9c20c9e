// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storestatus.h"

#include "dispatch/incidentsession.h"
#include "storage/store.h"
#include "storage/storetime.h"

#include <QJsonArray>
#include <QSet>

namespace cp::storage {

namespace {
QJsonValue time(const QDateTime &t)
{
    const QString text = storeTimeText(t);
    return text.isNull() ? QJsonValue() : QJsonValue(text);
}

template<typename Key>
QJsonObject countsByKey(const QMap<Key, int> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(core::toKey(it.key()), it.value());
    return object;
}

//! The incident side, read through the same session the desk restores, so the counts are the desk's.
bool readIncidents(const Store &store, StoreStatus &status, QString *error)
{
    const std::optional<Registry> registry = store.readRegistry(error);
    if (!registry)
        return false;
    const std::optional<dispatch::IncidentRecords> records = store.incidentRecords(error);
    if (!records)
        return false;
    dispatch::IncidentSession session(nullptr);
    session.setResources(registry->teams, registry->supplyDepots, registry->shelters);
    session.restore(*records);
    for (const core::Incident &i : session.incidents()) {
        if (!i.isOpen())
            continue;
        ++status.openIncidents;
        ++status.openIncidentsByLevel[i.responseLevel];
    }
    for (const core::Team &t : session.teams())
        ++status.teamsByStatus[session.teamState(t.id).status];
    QSet<QString> lowDepots;
    for (const dispatch::StockLevel &s : session.stockBelowMinimum())
        lowDepots.insert(s.depotId);
    status.depotsBelowMinimum = lowDepots.size();
    for (const core::Shelter &shelter : session.shelterList()) {
        const dispatch::ShelterState state = session.shelterState(shelter.id);
        if (!state.open)
            continue;
        ++status.openShelters;
        status.shelteredPeople += state.present.people;
    }
    return true;
}
} // namespace

std::optional<StoreStatus> StoreStatus::read(const Store &store, QString *error)
{
    StoreStatus status;
    const auto feeds = store.feeds(error);
    if (!feeds)
        return std::nullopt;
    status.feeds = *feeds;
    const auto open = store.openAlarms(error);
    if (!open)
        return std::nullopt;
    for (const core::Alarm &a : *open) {
        ++status.openAlarms;
        status.unacknowledged += core::isUnacknowledged(a.state);
        status.unclassified += !a.classified;
        ++status.byState[a.state];
        ++status.byPriority[a.priority];
    }
    if (!readIncidents(store, status, error))
        return std::nullopt;
    return status;
}

QJsonObject StoreStatus::toJson() const
{
    QJsonArray feedList;
    for (const core::FeedStatus &f : feeds) {
        feedList.append(QJsonObject{
            {QStringLiteral("id"), f.feedId},
            {QStringLiteral("url"), f.url},
            {QStringLiteral("cursor"), f.cursor},
            {QStringLiteral("health"), core::toKey(f.health)},
            {QStringLiteral("health_reason"), f.healthReason},
            {QStringLiteral("events"), f.eventsStored},
            {QStringLiteral("quarantined"), f.quarantined},
            {QStringLiteral("events_today"), f.eventsToday},
            {QStringLiteral("lag_ms"), f.lagMs < 0 ? QJsonValue() : QJsonValue(f.lagMs)},
            {QStringLiteral("last_success"), time(f.lastSuccess)},
            {QStringLiteral("last_error"), f.lastError},
            {QStringLiteral("last_error_at"), time(f.lastErrorAt)},
            {QStringLiteral("updated_at"), time(f.updatedAt)},
        });
    }
    return {
        {QStringLiteral("feeds"), feedList},
        {QStringLiteral("alarms"),
         QJsonObject{{QStringLiteral("open"), openAlarms},
                     {QStringLiteral("unacknowledged"), unacknowledged},
                     {QStringLiteral("unclassified"), unclassified},
                     {QStringLiteral("by_state"), countsByKey(byState)},
                     {QStringLiteral("by_priority"), countsByKey(byPriority)}}},
        {QStringLiteral("incidents"),
         QJsonObject{{QStringLiteral("open"), openIncidents}, {QStringLiteral("by_level"), countsByKey(openIncidentsByLevel)}}},
        {QStringLiteral("teams"), QJsonObject{{QStringLiteral("by_status"), countsByKey(teamsByStatus)}}},
        {QStringLiteral("depots_below_minimum"), depotsBelowMinimum},
        {QStringLiteral("shelters"), QJsonObject{{QStringLiteral("open"), openShelters}, {QStringLiteral("people"), shelteredPeople}}},
    };
}

} // namespace cp::storage
