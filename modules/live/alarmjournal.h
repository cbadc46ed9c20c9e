// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/auditrecord.h"
#include "storage/auditentry.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace cp::alarms {
class AlarmEngine;
}
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
 *
 * The journal also keeps the stored row version of every alarm the seat knows, and each write
 * states it: on a shared database a write over another seat's change is refused, and adopt()
 * puts the other seat's state into the engine instead.
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
    //! The changed alarms noted so far, with the versions they are written over, taken out of the journal (for a batch commit).
    QList<core::Alarm> takeAlarms();
    //! \a written (from takeAlarms()) were committed: their rows are a version further.
    void committed(const QList<core::Alarm> &written);
    //! Writes what is pending in one transaction; on failure keeps it and sets \a error.
    bool flush(QString *error);
    int pending() const { return static_cast<int>(m_alarms.size() + m_audit.size()); }
    bool isPending(const core::AlarmKey &key) const { return m_alarms.contains(key); }

    //! \a stored are the rows as read from the store: their versions are what the next writes state.
    void noteStored(const QList<core::Alarm> &stored);
    //! The version of \a key's row this seat knows; 0 when it knows no row.
    int storedVersion(const core::AlarmKey &key) const { return m_versions.value(key); }
    /*!
     * After a refused write: reads the pending alarms again and adopts (adopt()) those another seat
     * has written since. Returns them as stored; empty when none is stale or they cannot be read.
     */
    QList<core::Alarm> adoptStale(alarms::AlarmEngine &engine, QString *error);
    /*!
     * Puts \a stored (rows another seat wrote) into \a engine as they are (a normal one leaves the
     * engine), drops this seat's pending change and audited actions of those alarms and notes their versions.
     */
    void adopt(alarms::AlarmEngine &engine, const QList<core::Alarm> &stored);

    //! The stored form of an audited action: action "alarm.<trigger>", the alarm's key as target.
    static storage::AuditEntry toEntry(const alarms::AuditRecord &record);

private:
    QList<core::Alarm> stamped() const;

    storage::Store &m_store;
    QHash<core::AlarmKey, core::Alarm> m_alarms;
    QList<storage::AuditEntry> m_audit;
    QHash<core::AlarmKey, int> m_versions;
};

} // namespace cp::live
