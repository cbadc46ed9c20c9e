// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/storefeedsink.h"

#include "alarms/alarmengine.h"
#include "live/alarmjournal.h"
#include "storage/store.h"

namespace cp::live {

StoreFeedSink::StoreFeedSink(storage::Store &store, alarms::AlarmEngine &engine, AlarmJournal &journal)
    : m_store(store)
    , m_engine(engine)
    , m_journal(journal)
{
}

bool StoreFeedSink::commit(const feeds::FeedBatch &batch, QString *error)
{
    if (commitOnce(batch, error))
        return true;
    // Another seat (an officer acknowledging, say) wrote an alarm this batch changes: the engine
    // takes that seat's state and the batch's events are applied again on top of it.
    QString readError;
    if (m_journal.adoptStale(m_engine, &readError).isEmpty())
        return false;
    return commitOnce(batch, error);
}

bool StoreFeedSink::commitOnce(const feeds::FeedBatch &batch, QString *error)
{
    QList<core::AlarmEvent> events;
    events.reserve(static_cast<int>(batch.events.size()));
    for (const core::AlarmEvent &e : batch.events) {
        events.append(e);
        events.last().feedId = batch.feedId;
    }
    alarms::AlarmEngine::Undo undo;
    QList<core::Alarm> taken;
    int freshEvents = 0;
    QDateTime newest;
    const storage::FeedBatchEffects effects = [&](const QVector<bool> &fresh) {
        for (int i = 0; i < events.size(); ++i) {
            if (!fresh.at(i))
                continue;
            const core::AlarmEvent &e = events.at(i);
            m_engine.remember(undo, core::AlarmKey::of(e));
            m_engine.apply(e);
            ++freshEvents;
            if (!newest.isValid() || e.time > newest)
                newest = e.time;
        }
        taken = m_journal.takeAlarms();
        return taken;
    };
    if (!m_store.commitFeedBatch(batch.feedId, events, batch.quarantined, batch.cursor, effects, error)) {
        // Nothing was kept: the engine goes back to what the store holds, the journal keeps what it had.
        for (const core::Alarm &a : std::as_const(taken))
            m_journal.alarmChanged(a);
        m_engine.revert(undo);
        return false;
    }
    m_journal.committed(taken);
    if (m_delivered)
        m_delivered(batch.feedId, freshEvents, newest);
    return true;
}

QString StoreFeedSink::cursor(const QString &feedId) const
{
    // A cursor that cannot be read starts the feed from its beginning: the store ignores the
    // events it already holds, so nothing is duplicated.
    return m_store.feedCursor(feedId, nullptr).value_or(QString());
}

} // namespace cp::live
