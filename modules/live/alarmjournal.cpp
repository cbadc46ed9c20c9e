// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/alarmjournal.h"

#include "storage/store.h"

namespace cp::live {

void AlarmJournal::alarmChanged(const core::Alarm &alarm) { m_alarms.insert(alarm.key, alarm); }

void AlarmJournal::audited(const alarms::AuditRecord &record) { m_audit.append(toEntry(record)); }

QList<core::Alarm> AlarmJournal::takeAlarms()
{
    QList<core::Alarm> out = m_alarms.values();
    m_alarms.clear();
    return out;
}

bool AlarmJournal::flush(QString *error)
{
    if (m_alarms.isEmpty() && m_audit.isEmpty())
        return true;
    if (!m_store.saveAlarms(m_alarms.values(), m_audit, error))
        return false;
    m_alarms.clear();
    m_audit.clear();
    return true;
}

storage::AuditEntry AlarmJournal::toEntry(const alarms::AuditRecord &record)
{
    return {record.user, record.time, QStringLiteral("alarm.") + record.action, record.key.toString(), record.comment};
}

} // namespace cp::live
