// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmstatetext.h"

#include "core/beijingtime.h"
#include "ui/tr.h"

#include <QStringList>

namespace cp::ui {

namespace {
//! States an operator sets by hand, with a who, a when and a why.
bool setByHand(core::AlarmState state)
{
    return state == core::AlarmState::Shelved || state == core::AlarmState::SuppressedByDesign
           || state == core::AlarmState::OutOfService;
}

QString stateName(const core::Alarm &a)
{
    if (a.state == core::AlarmState::Shelved && a.shelvedUntil.isValid())
        return Tr::tr("Shelved until %1").arg(core::beijingClockText(a.shelvedUntil));
    const QString name = core::displayName(a.state);
    if (a.state != core::AlarmState::SuppressedByDesign && a.state != core::AlarmState::OutOfService)
        return name;
    if (!a.stateReason.isEmpty() && !a.stateBy.isEmpty())
        return Tr::tr("%1: %2 (%3)").arg(name, a.stateReason, a.stateBy);
    if (!a.stateReason.isEmpty())
        return Tr::tr("%1: %2").arg(name, a.stateReason);
    return a.stateBy.isEmpty() ? name : Tr::tr("%1 (%2)").arg(name, a.stateBy);
}
} // namespace

QString stateText(const core::Alarm &alarm)
{
    QString text = stateName(alarm);
    if (alarm.chattering)
        text = Tr::tr("%1 [chattering]").arg(text);
    if (alarm.stale)
        text = Tr::tr("%1 [stale]").arg(text);
    return text;
}

QString stateToolTip(const core::Alarm &alarm)
{
    QStringList lines;
    if (setByHand(alarm.state)) {
        lines << Tr::tr("%1: set by %2 at %3 (Beijing time)")
                     .arg(core::displayName(alarm.state), alarm.stateBy.isEmpty() ? Tr::tr("unknown") : alarm.stateBy,
                          alarm.stateAt.isValid() ? core::beijingText(alarm.stateAt) : Tr::tr("an unknown time"));
        if (alarm.state == core::AlarmState::Shelved && alarm.shelvedUntil.isValid())
            lines << Tr::tr("Comes back at %1 (Beijing time)").arg(core::beijingText(alarm.shelvedUntil));
        if (!alarm.stateReason.isEmpty())
            lines << Tr::tr("Reason: %1").arg(alarm.stateReason);
    }
    if (alarm.chattering)
        lines << Tr::tr("Chattering: it activated again and again within the chatter window (%1 activations in all)")
                     .arg(alarm.activationCount);
    if (alarm.stale)
        lines << Tr::tr("Stale: active for longer than the stale interval; check the sensor and the enterprise");
    return lines.join(QLatin1Char('\n'));
}

QString responseLevelText(core::ResponseLevel level)
{
    switch (level) {
    case core::ResponseLevel::None: return QString();
    case core::ResponseLevel::I: return Tr::tr("I");
    case core::ResponseLevel::II: return Tr::tr("II");
    case core::ResponseLevel::III: return Tr::tr("III");
    case core::ResponseLevel::IV: return Tr::tr("IV");
    }
    return {};
}

} // namespace cp::ui
