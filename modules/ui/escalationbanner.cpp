// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/escalationbanner.h"

#include "ui/alarmtablemodel.h"
#include "ui/tr.h"

#include <QStringList>

#include <algorithm>

namespace cp::ui {

EscalationBanner::EscalationBanner(QWidget *parent) : QLabel(parent)
{
    setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; padding: 4px 8px")
                      .arg(escalatedColor().name()));
    hide();
}

void EscalationBanner::showEscalations(const QList<core::Alarm> &alarms)
{
    QStringList parts;
    for (core::EscalationStage stage : {core::EscalationStage::ShiftLeader, core::EscalationStage::Renotified}) {
        const auto count = std::count_if(alarms.cbegin(), alarms.cend(), [stage](const core::Alarm &a) { return a.escalation == stage; });
        if (count > 0)
            parts << Tr::tr("%n alarm(s) escalated: %1", nullptr, static_cast<int>(count)).arg(core::displayName(stage));
    }
    setText(parts.join(QStringLiteral("  ·  ")));
    setVisible(!parts.isEmpty());
}

} // namespace cp::ui
