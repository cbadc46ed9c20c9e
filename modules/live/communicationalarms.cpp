// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/communicationalarms.h"

#include "alarms/alarmengine.h"
#include "core/alarmkinds.h"
#include "live/tr.h"

namespace cp::live {

CommunicationAlarms::CommunicationAlarms(alarms::AlarmEngine &engine, Clock clock)
    : m_engine(engine)
    , m_clock(std::move(clock))
{
}

core::AlarmKey CommunicationAlarms::keyOf(const QString &feedId)
{
    return {QString(), feedId, core::toKey(core::AlarmKindId::CommunicationFailure)};
}

bool CommunicationAlarms::isCommunicationAlarm(const core::AlarmKey &key)
{
    return key.enterpriseId.isEmpty() && key.kind == core::toKey(core::AlarmKindId::CommunicationFailure);
}

void CommunicationAlarms::update(const QString &feedId, core::FeedHealthState health, const QString &reason)
{
    const bool lost = core::isLost(health);
    const QString message = lost ? Tr::tr("Feed %1 is %2: %3").arg(feedId, core::displayName(health), reason)
                                 : Tr::tr("Feed %1 is %2 again").arg(feedId, core::displayName(health));
    apply(feedId, lost, message);
}

void CommunicationAlarms::retire(const QStringList &configuredFeeds)
{
    for (const core::Alarm &a : m_engine.alarms()) {
        if (isCommunicationAlarm(a.key) && a.conditionActive && !configuredFeeds.contains(a.key.sensorId))
            apply(a.key.sensorId, false, Tr::tr("Feed %1 is no longer configured").arg(a.key.sensorId));
    }
}

void CommunicationAlarms::apply(const QString &feedId, bool lost, const QString &message)
{
    const core::Alarm *current = m_engine.find(keyOf(feedId));
    if ((current ? current->conditionActive : false) == lost)
        return;
    core::AlarmEvent e;
    e.feedId = feedId;
    e.id = QStringLiteral("communication-%1-%2").arg(feedId).arg(++m_sequence);
    e.sensorId = feedId;
    e.kind = keyOf(feedId).kind;
    e.value = lost ? 1 : 0;
    e.unit = QStringLiteral("state");
    e.active = lost;
    e.message = message;
    // Its own clock, never before the alarm's last change: a wall clock set back across a restart
    // must not make the engine take the change for a late event.
    e.time = m_clock();
    if (current && current->updatedAt.isValid() && e.time <= current->updatedAt)
        e.time = current->updatedAt.addMSecs(1);
    m_engine.apply(e);
}

} // namespace cp::live
