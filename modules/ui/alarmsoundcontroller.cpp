// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmsoundcontroller.h"

namespace cp::ui {

bool AlarmSoundController::update(const QList<core::Alarm> &alarms, qint64 nowMs)
{
    m_sounding.clear();
    m_escalated = false;
    for (const core::Alarm &a : alarms) {
        m_escalated = m_escalated || a.escalation != core::EscalationStage::None;
        const bool unacknowledged = a.state == core::AlarmState::UnacknowledgedActive
                                    || a.state == core::AlarmState::UnacknowledgedCleared;
        if (unacknowledged && a.priority >= m_priority)
            m_sounding.insert(a.key.toString());
    }
    if (m_silenced) {
        // An alarm that left the set (acknowledged) and comes back later is a new one.
        m_silencedKeys.intersect(m_sounding);
        if (!QSet<QString>(m_sounding).subtract(m_silencedKeys).isEmpty())
            m_silenced = false;
    }
    return tick(nowMs);
}

bool AlarmSoundController::tick(qint64 nowMs)
{
    if (m_silenced && nowMs >= m_silencedUntil)
        m_silenced = false;
    return sounding();
}

bool AlarmSoundController::silence(qint64 nowMs)
{
    if (!sounding())
        return false;
    m_silenced = true;
    m_silencedKeys = m_sounding;
    m_silencedUntil = nowMs + m_maxSilenceMs;
    return true;
}

} // namespace cp::ui
