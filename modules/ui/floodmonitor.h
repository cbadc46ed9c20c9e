// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>
#include <utility>

namespace cp::ui {

/*!
 * \brief The event arrival rate over a sliding window, for the console's flood banner.
 *
 * Counts events as they arrive (in batches) on a caller-given millisecond clock, so tests never
 * sleep. This is the feed's raw rate, the console's concern; the engine's ISA-18.2 flood (alarm
 * starts per 10 minutes) is a separate measure in AlarmEngine.
 */
class FloodMonitor
{
public:
    //! A flood is more than \a above events within \a windowMs.
    FloodMonitor(int above, qint64 windowMs) : m_above(above), m_windowMs(windowMs) {}

    //! Records \a count events arrived at \a nowMs (non-decreasing).
    void record(int count, qint64 nowMs);
    //! Forgets arrivals older than the window as of \a nowMs.
    void expire(qint64 nowMs);
    //! Events inside the window as of the last record() or expire().
    int count() const { return m_count; }
    //! Events per second over the window.
    double ratePerSecond() const { return m_count * 1000.0 / static_cast<double>(m_windowMs); }
    bool flooding() const { return m_count > m_above; }

private:
    int m_above;
    qint64 m_windowMs;
    std::deque<std::pair<qint64, int>> m_batches; // arrival ms, events
    int m_count = 0;
};

} // namespace cp::ui
