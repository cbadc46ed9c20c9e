// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportdeadlinebanner.h"

#include "core/beijingtime.h"

#include <QColor>
#include <QStringList>

namespace cp::app {

namespace {

//! Month, day and time in Beijing time: the supplementary window ends weeks away, so the clock alone is not enough.
QString dueText(const QDateTime &time)
{
    return time.toTimeZone(core::beijingZone()).toString(QStringLiteral("MM-dd HH:mm"));
}

QString line(const dispatch::Deadline &d)
{
    const QString name = dispatch::displayName(d.kind).toHtmlEscaped();
    switch (d.state) {
    case dispatch::DeadlineState::Pending:
    case dispatch::DeadlineState::Overdue: {
        const QString text =
            ReportDeadlineBanner::tr("%1: %2 (due %3)").arg(name, dispatch::countdownText(d.remainingMs), dueText(d.dueAt));
        if (d.state == dispatch::DeadlineState::Pending)
            return text;
        return QStringLiteral("<b style=\"color: %1\">%2</b>").arg(ReportDeadlineBanner::overdueColor().name(), text);
    }
    case dispatch::DeadlineState::Met:
    case dispatch::DeadlineState::Closed:
        return ReportDeadlineBanner::tr("%1: %2 %3").arg(name, dispatch::displayName(d.state), dueText(d.metAt));
    }
    return name;
}

} // namespace

ReportDeadlineBanner::ReportDeadlineBanner(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
}

void ReportDeadlineBanner::showDeadlines(const QList<dispatch::Deadline> &deadlines)
{
    QStringList lines;
    for (const dispatch::Deadline &d : deadlines)
        lines.append(line(d));
    setText(lines.join(QStringLiteral("<br>")));
}

QColor ReportDeadlineBanner::overdueColor() { return QColor(0xb0, 0x00, 0x20); }

} // namespace cp::app
