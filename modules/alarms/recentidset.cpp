// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/recentidset.h"

#include <algorithm>

namespace cp::alarms {

RecentIdSet::RecentIdSet(int capacity)
    : m_capacity(std::max(1, capacity))
{
    m_ids.reserve(m_capacity);
}

bool RecentIdSet::insert(const QString &id)
{
    if (m_ids.contains(id))
        return false;
    if (m_ring.size() < m_capacity) {
        m_ring.append(id);
    } else {
        m_ids.remove(m_ring.at(m_next));
        m_ring[m_next] = id;
        m_next = (m_next + 1) % m_capacity;
    }
    m_ids.insert(id);
    return true;
}

} // namespace cp::alarms
