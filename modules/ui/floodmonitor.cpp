// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/floodmonitor.h"

namespace cp::ui {

void FloodMonitor::record(int count, qint64 nowMs)
{
    if (count > 0) {
        m_batches.emplace_back(nowMs, count);
        m_count += count;
    }
    expire(nowMs);
}

void FloodMonitor::expire(qint64 nowMs)
{
    while (!m_batches.empty() && m_batches.front().first <= nowMs - m_windowMs) {
        m_count -= m_batches.front().second;
        m_batches.pop_front();
    }
}

} // namespace cp::ui
