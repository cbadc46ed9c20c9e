// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/alarmevent.h"
#include "core/dispatchorder.h"
#include "core/incident.h"
#include "dispatch/dispatchjournal.h"
#include "storage/alarmrecord.h"
#include "storage/auditentry.h"
#include "storage/registry.h"

#include <QList>
#include <QString>

#include <optional>

namespace cp::storage {

/*!
 * \brief Where CommandPost keeps its registry and operational records; backend-neutral.
 *
 * GeoPackageStore is the embedded one-seat backend; a PostgreSQL/PostGIS backend implements the
 * same interface so callers never know which one they hold. Every method that can fail takes
 * \a error (may be nullptr) and sets it to a translated message naming location() and the
 * problem. A store is used from the thread that created it.
 */
class Store
{
public:
    virtual ~Store();

    //! File path or connection name, for messages.
    virtual QString location() const = 0;

    /*!
     * Replaces the whole registry in one transaction after validating every record with
     * core::Validator (sector ids checked against \a registry.sectors) and checking that ids are
     * unique within a layer. On failure returns false, \a error names the layer, record id, field
     * and value, and the stored registry is unchanged.
     */
    virtual bool writeRegistry(const Registry &registry, QString *error) = 0;
    //! The whole registry, or nullopt on a read error.
    virtual std::optional<Registry> readRegistry(QString *error) const = 0;

    /*!
     * Stores a batch of accepted feed events together with \a feedId's new \a cursor in one
     * transaction, so a crash leaves either both or neither: the feed resumes from the cursor
     * that matches the events kept. Events whose id is already stored are ignored (a feed that
     * resends after a reconnect). Returns the number of events newly stored, or nullopt on error
     * (then nothing of the batch is stored and the cursor is unchanged).
     */
    virtual std::optional<int> commitFeedBatch(const QString &feedId, const QList<core::AlarmEvent> &events,
                                               const QString &cursor, QString *error) = 0;
    //! The cursor last committed for \a feedId; an empty string when the feed never committed.
    virtual std::optional<QString> feedCursor(const QString &feedId, QString *error) const = 0;
    //! Every stored event of \a feedId in the order they were committed.
    virtual std::optional<QList<core::AlarmEvent>> feedEvents(const QString &feedId, QString *error) const = 0;

    //! Inserts or replaces alarms (keyed by Alarm::id) in one transaction.
    virtual bool saveAlarms(const QList<AlarmRecord> &alarms, QString *error) = 0;
    //! Every stored alarm, ordered by id.
    virtual std::optional<QList<AlarmRecord>> alarms(QString *error) const = 0;

    //! Inserts or replaces \a incident (keyed by id).
    virtual bool saveIncident(const core::Incident &incident, QString *error) = 0;
    //! Every stored incident, ordered by opening time.
    virtual std::optional<QList<core::Incident>> incidents(QString *error) const = 0;

    //! Inserts or replaces \a order (keyed by id).
    virtual bool saveDispatchOrder(const core::DispatchOrder &order, QString *error) = 0;
    //! The dispatch orders of \a incidentId, or of every incident when it is empty, ordered by id.
    virtual std::optional<QList<core::DispatchOrder>> dispatchOrders(const QString &incidentId,
                                                                      QString *error) const = 0;

    //! Appends an issue of supplies (schema version 3); movements are never changed or removed.
    virtual bool saveSupplyMovement(const dispatch::SupplyMovement &movement, QString *error) = 0;
    //! The supply movements of \a incidentId, or of every incident when it is empty, in the order written.
    virtual std::optional<QList<dispatch::SupplyMovement>> supplyMovements(const QString &incidentId,
                                                                           QString *error) const = 0;
    //! Appends \a entry to the audit log; entries are never changed or removed.
    virtual bool appendAudit(const AuditEntry &entry, QString *error) = 0;
    //! The audit log in the order it was written.
    virtual std::optional<QList<AuditEntry>> auditLog(QString *error) const = 0;
};

} // namespace cp::storage
