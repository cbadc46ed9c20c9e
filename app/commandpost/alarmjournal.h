// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/trackedalarm.h"
#include "storage/alarmrecord.h"
#include "storage/auditentry.h"

#include <QHash>

namespace cp::storage {
class Store;
}

namespace cp::app {

/*!
 * \brief Keeps the desk's alarm states and its audit log in the store as the engine changes them.
 *
 * Changed alarms are collected and written together, in one transaction per flush() (the console's
 * refresh, at most ten a second, however many events arrive). An audited action (acknowledge,
 * shelve, comment, verification, escalation, shelve expiry) is written at once: what the duty
 * officer did must survive a crash of the desk a moment later.
 */
class AlarmJournal
{
public:
    //! \a store (not owned) must outlive the journal.
    explicit AlarmJournal(storage::Store &store) : m_store(store) {}

    //! Notes \a alarm's new state for the next flush(); only its latest state is written.
    void alarmChanged(const alarms::TrackedAlarm &alarm);
    //! Writes \a record to the audit log; false with \a error naming the store on failure.
    bool audited(const alarms::AuditRecord &record, QString *error);
    //! Writes the alarms changed since the last flush; on failure they stay pending for the next one.
    bool flush(QString *error);
    int pending() const { return static_cast<int>(m_pending.size()); }

    //! The stored form of an alarm the engine tracks.
    static storage::AlarmRecord toRecord(const alarms::TrackedAlarm &alarm);
    //! The stored form of an audited action: action "alarm.<trigger>", the alarm's key as target.
    static storage::AuditEntry toEntry(const alarms::AuditRecord &record);

private:
    storage::Store &m_store;
    QHash<QString, storage::AlarmRecord> m_pending; //!< by alarm id
};

} // namespace cp::app
