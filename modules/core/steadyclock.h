// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace cp::core {

/*!
 * \brief Wall time that moves with a monotonic clock: UTC at construction plus the time elapsed since.
 *
 * Durations measured on it (a shelve's hour, escalation minutes, a feed's staleness) are immune to
 * the system clock being set back or forward while the program runs; the times it gives are the
 * wall clock's as of the start, so they are stored and shown like any other. Copies share the anchor.
 */
class SteadyClock
{
public:
    SteadyClock() : m_start(QDateTime::currentDateTimeUtc()) { m_elapsed.start(); }
    QDateTime now() const { return m_start.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed; // QElapsedTimer is monotonic wherever the platform has such a clock
};

} // namespace cp::core
