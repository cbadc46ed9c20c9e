// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/alarmconflict.h"

#include "core/beijingtime.h"
#include "live/tr.h"

namespace cp::live {

QString conflictText(const AlarmAction &action, const core::Alarm &stored)
{
    const QString alarm = stored.key.toString();
    if (stored.state == core::AlarmState::Normal)
        return Tr::tr("Not done: alarm %1 returned to normal and was cleared meanwhile").arg(alarm);
    if (action.kind == AlarmAction::Kind::Acknowledge && !stored.acknowledgedBy.isEmpty())
        return Tr::tr("Not done: alarm %1 was already acknowledged by %2 at %3")
            .arg(alarm, stored.acknowledgedBy, core::beijingText(stored.acknowledgedAt));
    if (action.kind == AlarmAction::Kind::Verify && !stored.verifiedBy.isEmpty())
        return Tr::tr("Not done: alarm %1 was already marked %2 by %3 at %4")
            .arg(alarm, core::displayName(stored.verification), stored.verifiedBy, core::beijingText(stored.verifiedAt));
    if (!stored.stateBy.isEmpty())
        return Tr::tr("Not done: alarm %1 was changed to %2 by %3 at %4")
            .arg(alarm, core::displayName(stored.state), stored.stateBy, core::beijingText(stored.stateAt));
    if (!stored.acknowledgedBy.isEmpty())
        return Tr::tr("Not done: alarm %1 was acknowledged by %2 at %3 and is now %4")
            .arg(alarm, stored.acknowledgedBy, core::beijingText(stored.acknowledgedAt), core::displayName(stored.state));
    return Tr::tr("Not done: alarm %1 changed meanwhile (now %2); look at it again").arg(alarm, core::displayName(stored.state));
}

} // namespace cp::live
