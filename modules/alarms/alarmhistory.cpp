// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/alarmhistory.h"

namespace cp::alarms {

int AlarmHistory::open(const AlarmEpisode &episode)
{
    m_episodes.append(episode);
    return size() - 1;
}

AlarmEpisode *AlarmHistory::at(int index)
{
    return index >= 0 && index < size() ? &m_episodes[index] : nullptr;
}

const AlarmEpisode *AlarmHistory::at(int index) const
{
    return index >= 0 && index < size() ? &m_episodes.at(index) : nullptr;
}

QList<AlarmEpisode> AlarmHistory::search(const HistoryQuery &q) const
{
    QList<AlarmEpisode> found;
    for (const AlarmEpisode &e : m_episodes) {
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
