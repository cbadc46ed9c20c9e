// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feedbatchsink.h"

#include <functional>

namespace cp::alarms {
class AlarmEngine;
}
namespace cp::storage {
class Store;
}

namespace cp::live {

class AlarmJournal;

/*!
 * \brief The store as the feed clients' sink, and the one way feed events reach the alarm engine.
 *
 * A batch's events, its quarantined items, the alarm states its new events cause and the feed's
 * cursor commit in one transaction (Store::commitFeedBatch): only events stored for the first time
 * are applied to the engine, inside that transaction, so a resent event changes nothing and a crash
 * at any instant leaves the alarms as the stored events made them. When the commit fails the engine
 * is put back as it was and the client retries the same cursor; when it failed because another seat
 * wrote one of the alarms meanwhile, the engine adopts that seat's state and the batch is tried once more.
 */
class StoreFeedSink : public feeds::FeedBatchSink
{
public:
    //! What one committed batch brought: events new to the store, and the newest source time among them.
    using Delivered = std::function<void(const QString &feedId, int freshEvents, const QDateTime &newestEvent)>;

    //! \a store, \a engine and \a journal are not owned, must outlive the sink and live on its thread.
    StoreFeedSink(storage::Store &store, alarms::AlarmEngine &engine, AlarmJournal &journal);

    bool commit(const feeds::FeedBatch &batch, QString *error) override;
    QString cursor(const QString &feedId) const override;
    //! Called after each successful commit.
    void setDelivered(Delivered delivered) { m_delivered = std::move(delivered); }

private:
    //! One attempt: the events applied to the engine and committed with the alarms they changed.
    bool commitOnce(const feeds::FeedBatch &batch, QString *error);

    storage::Store &m_store;
    alarms::AlarmEngine &m_engine;
    AlarmJournal &m_journal;
    Delivered m_delivered;
};

} // namespace cp::live
