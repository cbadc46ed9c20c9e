// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storestatus.h"

#include "storage/store.h"
#include "storage/storetime.h"

#include <QJsonArray>

namespace cp::storage {

namespace {
QJsonValue time(const QDateTime &t)
{
    const QString text = storeTimeText(t);
    return text.isNull() ? QJsonValue() : QJsonValue(text);
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
    QJsonObject states;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        states.insert(core::toKey(it.key()), it.value());
    QJsonObject priorities;
    for (auto it = byPriority.cbegin(); it != byPriority.cend(); ++it)
        priorities.insert(core::toKey(it.key()), it.value());
    return {
        {QStringLiteral("feeds"), feedList},
        {QStringLiteral("alarms"),
         QJsonObject{{QStringLiteral("open"), openAlarms},
                     {QStringLiteral("unacknowledged"), unacknowledged},
                     {QStringLiteral("unclassified"), unclassified},
                     {QStringLiteral("by_state"), states},
                     {QStringLiteral("by_priority"), priorities}}},
    };
}

} // namespace cp::storage
