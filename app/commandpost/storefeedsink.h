// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"
#include "feeds/feedbatchsink.h"

namespace cp::storage {
class Store;
}

namespace cp::app {

/*!
 * \brief The store as the feed clients' sink: a batch's events and its cursor commit in one
 * transaction (Store::commitFeedBatch), so a crash at any instant loses and duplicates nothing.
 *
 * It lives in the app because feeds and storage are peers (level 3) and neither may depend on the
 * other; the app is the one place that knows both.
 */
class StoreFeedSink : public feeds::FeedBatchSink
{
public:
    //! \a store is not owned and must outlive the sink; used from the store's thread.
    explicit StoreFeedSink(storage::Store &store) : m_store(store) {}

    bool commit(const feeds::FeedBatch &batch, QString *error) override;
    QString cursor(const QString &feedId) const override;

    /*!
     * The stored form of a feed event, the one conversion between the engine's and the store's
     * event types. Table alarm_events keeps the reading, not its "active" flag or free text
     * (docs/data-model.md), so those are not stored.
     */
    static core::AlarmEvent toStored(const alarms::AlarmEvent &event, const QString &feedId);

private:
    storage::Store &m_store;
};

} // namespace cp::app
