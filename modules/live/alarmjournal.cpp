// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/alarmjournal.h"

#include "alarms/alarmengine.h"
#include "storage/store.h"

#include <QSet>

#include <algorithm>

namespace cp::live {

void AlarmJournal::alarmChanged(const core::Alarm &alarm) { m_alarms.insert(alarm.key, alarm); }

void AlarmJournal::audited(const alarms::AuditRecord &record) { m_audit.append(toEntry(record)); }

QList<core::Alarm> AlarmJournal::stamped() const
{
    QList<core::Alarm> out;
    out.reserve(m_alarms.size());
    for (core::Alarm alarm : m_alarms) {
        alarm.rowVersion = m_versions.value(alarm.key);
        out.append(alarm);
    }
    return out;
}

QList<core::Alarm> AlarmJournal::takeAlarms()
{
    QList<core::Alarm> out = stamped();
    m_alarms.clear();
    return out;
}

void AlarmJournal::committed(const QList<core::Alarm> &written)
{
    for (const core::Alarm &alarm : written)
        m_versions.insert(alarm.key, alarm.rowVersion + 1);
}

bool AlarmJournal::flush(QString *error)
{
    if (m_alarms.isEmpty() && m_audit.isEmpty())
        return true;
    const QList<core::Alarm> written = stamped();
    if (!m_store.saveAlarms(written, m_audit, error))
        return false;
    committed(written);
    m_alarms.clear();
    m_audit.clear();
    return true;
}

void AlarmJournal::noteStored(const QList<core::Alarm> &stored)
{
    for (const core::Alarm &alarm : stored)
        m_versions.insert(alarm.key, alarm.rowVersion);
}

QList<core::Alarm> AlarmJournal::adoptStale(alarms::AlarmEngine &engine, QString *error)
{
    QStringList keys;
    for (auto it = m_alarms.cbegin(); it != m_alarms.cend(); ++it)
        keys.append(it.key().toString());
    const std::optional<QList<core::Alarm>> stored = m_store.alarmsWithKeys(keys, error);
    if (!stored)
        return {};
    QList<core::Alarm> stale;
    for (const core::Alarm &alarm : *stored)
        if (alarm.rowVersion != m_versions.value(alarm.key))
            stale.append(alarm);
    adopt(engine, stale);
    return stale;
}

void AlarmJournal::adopt(alarms::AlarmEngine &engine, const QList<core::Alarm> &stored)
{
    if (stored.isEmpty())
        return;
    alarms::AlarmEngine::Undo as;
    QSet<QString> targets;
    for (const core::Alarm &alarm : stored) {
        as.insert(alarm.key, alarm.state == core::AlarmState::Normal ? std::nullopt : std::optional<core::Alarm>(alarm));
        targets.insert(alarm.key.toString());
    }
    engine.revert(as); // observed: the console shows the adopted states, and they are noted here ...
    for (const core::Alarm &alarm : stored) {
        m_alarms.remove(alarm.key); // ... but they are the store's already, not this seat's to write
        m_versions.insert(alarm.key, alarm.rowVersion);
    }
    // The actions behind the refused changes did not happen: their audit lines go with them.
    m_audit.erase(std::remove_if(m_audit.begin(), m_audit.end(),
                                 [&targets](const storage::AuditEntry &e) { return targets.contains(e.target); }),
                  m_audit.end());
}

storage::AuditEntry AlarmJournal::toEntry(const alarms::AuditRecord &record)
{
    return {record.user, record.time, QStringLiteral("alarm.") + record.action, record.key.toString(), record.comment};
}

} // namespace cp::live
