// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/auditrecord.h"
#include "storage/auditentry.h"

#include <QHash>
#include <QList>

namespace cp::storage {
class Store;
}

namespace cp::live {

/*!
 * \brief What the engine changed since the last write, and its writing to the store.
 *
 * The engine's observer notes each changed alarm (its latest state only) and each audited action;
 * flush() writes them in one transaction (Store::saveAlarms), so an officer's action and the state
 * it led to are stored together, with who and when. Changes caused by feed events are taken by the
 * batch commit instead (takeAlarms()), inside the batch's own transaction. On a failed write the
 * changes stay pending for the next flush.
 */
class AlarmJournal
{
public:
    //! \a store (not owned) must outlive the journal.
    explicit AlarmJournal(storage::Store &store) : m_store(store) {}

    //! Notes \a alarm's new state; only its latest state is written.
    void alarmChanged(const core::Alarm &alarm);
    //! Notes an audited action for the next flush().
    void audited(const alarms::AuditRecord &record);
    //! The changed alarms noted so far, taken out of the journal (for a batch commit).
    QList<core::Alarm> takeAlarms();
    //! Writes what is pending in one transaction; on failure keeps it and sets \a error.
    bool flush(QString *error);
    int pending() const { return static_cast<int>(m_alarms.size() + m_audit.size()); }

    //! The stored form of an audited action: action "alarm.<trigger>", the alarm's key as target.
    static storage::AuditEntry toEntry(const alarms::AuditRecord &record);

private:
    storage::Store &m_store;
    QHash<core::AlarmKey, core::Alarm> m_alarms;
    QList<storage::AuditEntry> m_audit;
};

} // namespace cp::live
