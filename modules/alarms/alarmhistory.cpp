// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/alarmhistory.h"

namespace cp::alarms {

int AlarmHistory::open(const AlarmEpisode &episode)
{
    m_episodes.emplace_hint(m_episodes.end(), m_nextIndex, episode);
    return m_nextIndex++;
}

AlarmEpisode *AlarmHistory::at(int index)
{
    const auto it = m_episodes.find(index);
    return it == m_episodes.end() ? nullptr : &it->second;
}

const AlarmEpisode *AlarmHistory::at(int index) const
{
    const auto it = m_episodes.find(index);
    return it == m_episodes.end() ? nullptr : &it->second;
}

int AlarmHistory::forgetClosedBefore(const QDateTime &cutoff)
{
    int forgotten = 0;
    for (auto it = m_episodes.begin(); it != m_episodes.end();) {
        const QDateTime &normalAt = it->second.normalAt;
        if (normalAt.isValid() && normalAt < cutoff) {
            it = m_episodes.erase(it);
            ++forgotten;
        } else {
            ++it;
        }
    }
    return forgotten;
}

QList<AlarmEpisode> AlarmHistory::search(const HistoryQuery &q) const
{
    QList<AlarmEpisode> found;
    for (const auto &entry : m_episodes) {
        const AlarmEpisode &e = entry.second;
        if (q.from.isValid() && e.raisedAt < q.from)
            continue;
        if (q.to.isValid() && e.raisedAt >= q.to)
            continue;
        if (!q.enterpriseId.isEmpty() && e.key.enterpriseId != q.enterpriseId)
            continue;
        if (!q.sectorId.isEmpty() && e.sectorId != q.sectorId)
            continue;
        if (!q.kind.isEmpty() && e.key.kind != q.kind)
            continue;
        if (!q.acknowledgedBy.isEmpty() && e.acknowledgedBy != q.acknowledgedBy)
            continue;
        found.append(e);
    }
    return found;
}

} // namespace cp::alarms
