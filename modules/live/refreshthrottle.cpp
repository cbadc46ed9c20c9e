// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/refreshthrottle.h"

namespace cp::live {

RefreshThrottle::RefreshThrottle(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_interval(interval)
    , m_timer(this) // a child, so it moves with the throttle to another thread
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RefreshThrottle::fire);
}

void RefreshThrottle::changed()
{
    if (m_timer.isActive())
        return; // a refresh is already due; it will show this change too
    const qint64 interval = m_interval.count();
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : interval;
    m_timer.start(static_cast<int>(since >= interval ? 0 : interval - since));
}

void RefreshThrottle::fire()
{
    m_sinceRefresh.start();
    emit refresh();
}

} // namespace cp::live
