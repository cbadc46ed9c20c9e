// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feedbatchsink.h"

#include <QHash>
#include <QSet>

namespace cp::feeds {

/*!
 * \brief A FeedBatchSink in memory, for tests and headless runs without a store.
 *
 * Like the store it keeps each event id once; it counts what arrived again, and can be told to
 * refuse commits to exercise the client's retry path.
 */
class MemoryFeedSink : public FeedBatchSink
{
public:
    bool commit(const FeedBatch &batch, QString *error) override;
    QString cursor(const QString &feedId) const override { return m_cursors.value(feedId); }

    //! Every distinct event committed, in commit order.
    const QVector<core::AlarmEvent> &events() const { return m_events; }
    //! How many times \a id was delivered in committed batches (1 for an exactly-once delivery).
    int deliveries(const QString &id) const { return m_deliveries.value(id); }
    //! Events delivered again after they were already committed (the at-least-once duplicates).
    int redelivered() const { return m_redelivered; }
    int commits() const { return m_commits; }
    //! While set, commit() refuses with \a error and keeps nothing.
    void setRefusal(const QString &error) { m_refusal = error; }

private:
    QHash<QString, QString> m_cursors;
    QVector<core::AlarmEvent> m_events;
    QHash<QString, int> m_deliveries;
    int m_redelivered = 0;
    int m_commits = 0;
    QString m_refusal;
};

} // namespace cp::feeds
