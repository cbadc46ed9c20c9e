// SPDX-License-Identifier: GPL-2.0-or-later
#include "storefeedsink.h"

#include "storage/store.h"

namespace cp::app {

core::AlarmEvent StoreFeedSink::toStored(const alarms::AlarmEvent &event, const QString &feedId)
{
    return {event.id, feedId, event.enterpriseId, event.sensorId, event.kind, event.value, event.unit, event.time};
}

bool StoreFeedSink::commit(const feeds::FeedBatch &batch, QString *error)
{
    QList<core::AlarmEvent> events;
    events.reserve(static_cast<int>(batch.events.size()));
    for (const alarms::AlarmEvent &e : batch.events)
        events.append(toStored(e, batch.feedId));
    return m_store.commitFeedBatch(batch.feedId, events, batch.cursor, error).has_value();
}

QString StoreFeedSink::cursor(const QString &feedId) const
{
    // A cursor that cannot be read starts the feed from its beginning: the store ignores the
    // events it already holds, so nothing is duplicated.
    return m_store.feedCursor(feedId, nullptr).value_or(QString());
}

} // namespace cp::app
