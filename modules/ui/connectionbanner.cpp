// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/connectionbanner.h"

#include "ui/alarmtablemodel.h"
#include "ui/tr.h"

#include "core/beijingtime.h"

namespace cp::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent) : QLabel(parent)
{
    setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; padding: 4px 8px").arg(escalatedColor().name()));
    setWordWrap(true);
    hide();
}

void ConnectionBanner::showConnection(bool connected, const QString &reason, const QDateTime &at)
{
    if (connected) {
        m_lostSince = QDateTime();
        hide();
        return;
    }
    if (!m_lostSince.isValid()) // a failed reconnect keeps the time the connection was lost
        m_lostSince = at;
    setText(lostText(m_lostSince, reason));
    show();
}

QString ConnectionBanner::lostText(const QDateTime &since, const QString &reason)
{
    return Tr::tr("No connection to the shared database since %1 (%2). The last state is shown and nothing can be "
                  "changed here; reconnecting, and every change made meanwhile will be caught up.")
        .arg(core::beijingText(since), reason.isEmpty() ? Tr::tr("no answer") : reason);
}

} // namespace cp::ui
