// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarmjournal.h"

#include "storage/store.h"

namespace cp::app {

void AlarmJournal::alarmChanged(const alarms::TrackedAlarm &alarm)
{
    if (alarm.alarm.id.isEmpty())
        return; // never raised: nothing the store would know it by
    m_pending.insert(alarm.alarm.id, toRecord(alarm));
}

bool AlarmJournal::audited(const alarms::AuditRecord &record, QString *error)
{
    return m_store.appendAudit(toEntry(record), error);
}

bool AlarmJournal::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    if (!m_store.saveAlarms(m_pending.values(), error))
        return false;
    m_pending.clear();
    return true;
}

storage::AlarmRecord AlarmJournal::toRecord(const alarms::TrackedAlarm &alarm)
{
    storage::AlarmRecord record;
    record.alarm = alarm.alarm;
    if (record.alarm.message.isEmpty())
        record.alarm.message = alarm.explanation;
    record.acknowledgedBy = alarm.acknowledgedBy;
    record.acknowledgedAt = alarm.acknowledgedAt;
    record.shelvedUntil = alarm.shelvedUntil;
    return record;
}

storage::AuditEntry AlarmJournal::toEntry(const alarms::AuditRecord &record)
{
    return {record.user, record.time, QStringLiteral("alarm.") + record.action, record.key.toString(), record.comment};
}

} // namespace cp::app
