// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"
#include "core/feedstatus.h"

#include <QList>
#include <QVector>
#include <QString>

namespace cp::feeds {

//! The events of one response and the cursor that covers them.
struct FeedBatch
{
    QString feedId;
    QString previousCursor;  //!< the cursor the request was made with
    QString cursor;          //!< the cursor to send next time, once this batch is committed
    QVector<core::AlarmEvent> events; //!< a vector: one allocation per batch, not per event
    QList<core::QuarantinedItem> quarantined; //!< items of the page refused on their own, kept raw
};

/*!
 * \brief Where a FeedClient delivers batches; the store commits events and cursor in one transaction.
 *
 * The client never moves its cursor by itself: only when commit() returns true does it use the
 * batch's cursor, so a crash at any instant neither loses an event (the cursor was not committed,
 * the batch is fetched again) nor duplicates one (events and cursor commit together; an event
 * fetched twice is refused by the store's uniqueness on its id).
 */
class FeedBatchSink
{
public:
    virtual ~FeedBatchSink() = default;
    /*!
     * Commits \a batch atomically. Returns false and sets \a error (translated) when nothing was
     * committed; the client then retries the same cursor with backoff.
     */
    virtual bool commit(const FeedBatch &batch, QString *error) = 0;
    //! The last committed cursor of \a feedId, empty when none: where a client starts.
    virtual QString cursor(const QString &feedId) const = 0;
};

} // namespace cp::feeds
