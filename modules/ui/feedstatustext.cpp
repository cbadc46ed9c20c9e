// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/feedstatustext.h"

#include "core/beijingtime.h"
#include "ui/tr.h"

#include <QStringList>

namespace cp::ui {

QColor feedHealthColor(core::FeedHealthState health)
{
    switch (health) {
    case core::FeedHealthState::Up: return QColor(0x2e, 0x7d, 0x32);
    case core::FeedHealthState::Degraded:
    case core::FeedHealthState::Stale: return QColor(0xff, 0xb3, 0x00);
    case core::FeedHealthState::Down:
    case core::FeedHealthState::Blocked: return QColor(0xc6, 0x28, 0x28);
    case core::FeedHealthState::Standby: return QColor(0x54, 0x6e, 0x7a); // calm: the feed is served, by another seat
    }
    return Qt::gray;
}

QColor feedHealthTextColor(core::FeedHealthState health)
{
    const bool amber = health == core::FeedHealthState::Degraded || health == core::FeedHealthState::Stale;
    return amber ? QColor(Qt::black) : QColor(Qt::white);
}

QString lagText(qint64 lagMs)
{
    if (lagMs < 0)
        return Tr::tr("none yet");
    if (lagMs < 1000)
        return Tr::tr("%1 ms").arg(lagMs);
    if (lagMs < 60000)
        return Tr::tr("%1 s").arg(lagMs / 1000.0, 0, 'f', 1);
    return Tr::tr("%1 min").arg(lagMs / 60000);
}

QString timeOrNever(const QDateTime &time)
{
    return time.isValid() ? core::beijingText(time) : Tr::tr("never");
}

QString lastErrorText(const core::FeedStatus &feed)
{
    if (feed.lastError.isEmpty())
        return Tr::tr("none");
    return feed.lastErrorAt.isValid() ? Tr::tr("%1 (%2)").arg(feed.lastError, core::beijingText(feed.lastErrorAt)) : feed.lastError;
}

QString feedToolTip(const core::FeedStatus &feed)
{
    QStringList lines;
    if (!feed.healthReason.isEmpty())
        lines << feed.healthReason;
    lines << Tr::tr("Last success: %1").arg(timeOrNever(feed.lastSuccess))
          << Tr::tr("Last error: %1").arg(lastErrorText(feed))
          << Tr::tr("Cursor: %1").arg(feed.cursor.isEmpty() ? Tr::tr("none yet") : feed.cursor)
          << Tr::tr("Lag: %1").arg(lagText(feed.lagMs))
          << Tr::tr("Times are Beijing time. Click for the feeds and their quarantined items.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace cp::ui
