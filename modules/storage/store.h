// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/alarmevent.h"
#include "core/dispatchorder.h"
#include "core/feedstatus.h"
#include "core/incident.h"
#include "dispatch/incidentrecords.h"
#include "dispatch/responseplan.h"
#include "storage/auditentry.h"
#include "storage/changerecord.h"
#include "storage/registry.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace cp::storage {

/*!
 * Called by Store::commitFeedBatch() inside the batch's transaction with, per event, whether it was
 * stored for the first time; returns the alarms whose state those events changed, which commit in
 * the same transaction (so a crash never leaves events stored whose effect on the alarms is not).
 */
using FeedBatchEffects = std::function<QList<core::Alarm>(const QVector<bool> &fresh)>;

//! The response plans a data set holds, and the plans left out with the reason.
struct ResponsePlansRead
{
    dispatch::ResponsePlanBook book;
    QStringList problems;
};

/*!
 * \brief Where CommandPost keeps its registry and operational records; backend-neutral.
 *
 * GeoPackageStore is the embedded one-seat backend; a PostgreSQL/PostGIS backend implements the
 * same interface so callers never know which one they hold. Every method that can fail takes
 * \a error (may be nullptr) and sets it to a translated message naming location() and the
 * problem. A store is used from the thread that created it.
 */
class Store : public dispatch::IncidentJournal
{
public:
    ~Store() override;

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
     * Adds \a shelters (e.g. an adopted plan's) to the registry, leaving every other record as it is,
     * so the other seats on the shared database read only the shelters layer again. Shelters whose id
     * the registry has already are left out and listed in \a skipped (may be nullptr); the registry
     * with the others must pass writeRegistry()'s checks. Returns the number added, or -1 with
     * \a error naming the store and the record.
     */
    int addShelters(const QList<core::Shelter> &shelters, QStringList *skipped, QString *error);

    /*!
     * Stores a batch of accepted feed events and the page's quarantined items together with
     * \a feedId's new \a cursor in one transaction, so a crash leaves either all or nothing: the
     * feed resumes from the cursor that matches the events kept. An event's identity is (feed id,
     * event id): one already stored is ignored (a feed that resends after a reconnect), and the
     * same event id from another feed is another event. \a effects (may be empty) learns which
     * events were stored for the first time (only those are news to the alarm engine) and gives
     * the alarms they changed, stored in the same transaction. Returns, per event of \a events,
     * whether it was new, or nullopt on error (then nothing of the batch is stored and the cursor
     * is unchanged). The feed's counts of stored and quarantined items grow in the same transaction.
     */
    virtual std::optional<QVector<bool>> commitFeedBatch(const QString &feedId, const QList<core::AlarmEvent> &events,
                                                         const QList<core::QuarantinedItem> &quarantined,
                                                         const QString &cursor, const FeedBatchEffects &effects,
                                                         QString *error) = 0;
    /*!
     * Makes this seat the one that ingests \a feedId unless another seat already does: true when
     * the feed is this seat's (now or already), false when another seat holds it (\a holder, if
     * given, then names that seat). A claim lasts while the store is open and ends with the seat's
     * connection, so a seat that dies frees its feeds. A one-seat store grants every claim.
     */
    virtual std::optional<bool> claimFeed(const QString &feedId, QString *holder, QString *error) = 0;
    //! The cursor last committed for \a feedId; an empty string when the feed never committed.
    virtual std::optional<QString> feedCursor(const QString &feedId, QString *error) const = 0;
    //! Every stored event of \a feedId in the order they were committed (tests and exports: it reads them all).
    virtual std::optional<QList<core::AlarmEvent>> feedEvents(const QString &feedId, QString *error) const = 0;
    //! The quarantined items of \a feedId, newest first, at most \a limit of them.
    virtual std::optional<QList<core::QuarantinedItem>> quarantinedItems(const QString &feedId, int limit,
                                                                         QString *error) const = 0;
    /*!
     * Writes the health fields of \a status (health, reason, last success and error, events today,
     * lag, url, updatedAt) for its feed; the cursor and the counts are the batch commit's and are
     * left as they are.
     */
    virtual bool saveFeedStatus(const core::FeedStatus &status, QString *error) = 0;
    //! Every feed the store knows (committed or with a status), ordered by id.
    virtual std::optional<QList<core::FeedStatus>> feeds(QString *error) const = 0;

    /*!
     * Inserts or replaces the state of each alarm (keyed by its AlarmKey) and appends \a audit to
     * the audit log, all in one transaction: an officer's action and the state it led to are kept
     * together or not at all. Each alarm is written over the row version it states
     * (core::Alarm::rowVersion, 0 for a new row) and becomes version rowVersion + 1; when another
     * seat wrote one of them since, nothing is stored and \a error names the alarm (the caller reads
     * it again with alarmsWithKeys()).
     */
    virtual bool saveAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *error) = 0;
    //! The alarms that are not Normal, as a restarted session takes them back (indexed: fast whatever the history).
    virtual std::optional<QList<core::Alarm>> openAlarms(QString *error) const = 0;
    //! Every stored alarm, open or normal, ordered by key.
    virtual std::optional<QList<core::Alarm>> alarms(QString *error) const = 0;
    //! The stored alarms whose keys (AlarmKey::toString(), the change log's row id) are \a keys, open or normal, ordered by key.
    virtual std::optional<QList<core::Alarm>> alarmsWithKeys(const QStringList &keys, QString *error) const = 0;

    //! Inserts or replaces \a incident (keyed by id).
    virtual bool saveIncident(const core::Incident &incident, QString *error) = 0;
    //! Every stored incident, ordered by opening time.
    virtual std::optional<QList<core::Incident>> incidents(QString *error) const = 0;

    //! The dispatch orders of \a incidentId, or of every incident when it is empty, ordered by id.
    virtual std::optional<QList<core::DispatchOrder>> dispatchOrders(const QString &incidentId,
                                                                      QString *error) const = 0;

    //! Replaces the data set's response plans with \a plans, in one transaction.
    virtual bool writeResponsePlans(const QList<dispatch::ResponsePlan> &plans, QString *error) = 0;
    /*!
     * The data set's response plans. A plan with a bad step (an unknown section or level, a missing
     * field) is left out on its own, with a problem naming the store, the step and the column; the
     * others load. Nothing (with \a error) only when the tables cannot be read.
     */
    virtual std::optional<ResponsePlansRead> responsePlans(QString *error) const = 0;

    // The incident workflow (dispatch::IncidentJournal): commitIncidentRecords() writes one action's
    // rows, events and their audit lines in one transaction; incidentRecords() reads them all back.
    //! Whether \a changes (from the change log, ChangeFollower) touch a table incidentRecords() reads.
    static bool changesIncidents(const QList<ChangeRecord> &changes);
    //! The registry layers (RegistryLayers::layerNames()) that \a changes touch, each once: what a seat's map reads again.
    static QStringList changedRegistryLayers(const QList<ChangeRecord> &changes);
    //! Appends \a entry to the audit log; entries are never changed or removed.
    virtual bool appendAudit(const AuditEntry &entry, QString *error) = 0;
    //! The audit log in the order it was written.
    virtual std::optional<QList<AuditEntry>> auditLog(QString *error) const = 0;

protected:
    //! Appends \a shelters, already checked by addShelters(), to the shelters layer in one transaction.
    virtual bool appendShelters(const QList<core::Shelter> &shelters, QString *error) = 0;
};

} // namespace cp::storage
