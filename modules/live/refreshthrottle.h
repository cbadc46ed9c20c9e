// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace cp::live {

/*!
 * \brief Turns "something changed" into at most one refresh per interval, the first one at once.
 *
 * A change after a quiet spell is shown on the next turn of the event loop, so a lone alarm does not
 * wait for a timer; changes that come within the interval after a refresh are gathered into one
 * refresh at the interval's end. A flood therefore costs at most one redraw per interval (DESIGN.md:
 * the console redraws at most ten times a second), and a quiet feed costs no latency.
 */
class RefreshThrottle : public QObject
{
    Q_OBJECT

public:
    explicit RefreshThrottle(std::chrono::milliseconds interval, QObject *parent = nullptr);

    //! Notes a change; refresh() follows at once or at the end of the current interval.
    void changed();

signals:
    //! Emitted at most once per interval, after one or more changed().
    void refresh();

private:
    void fire();

    std::chrono::milliseconds m_interval;
    QTimer m_timer;
    QElapsedTimer m_sinceRefresh;
};

} // namespace cp::live
