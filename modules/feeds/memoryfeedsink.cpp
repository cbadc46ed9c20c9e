// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/memoryfeedsink.h"

namespace cp::feeds {

bool MemoryFeedSink::commit(const FeedBatch &batch, QString *error)
{
    if (!m_refusal.isEmpty()) {
        if (error)
            *error = m_refusal;
        return false;
    }
    for (const core::AlarmEvent &e : batch.events) {
        int &n = m_deliveries[e.id];
        if (n++ == 0)
            m_events.append(e);
        else
            ++m_redelivered;
    }
    m_cursors.insert(batch.feedId, batch.cursor);
    ++m_commits;
    return true;
}

} // namespace cp::feeds
