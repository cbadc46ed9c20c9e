// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/store.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

namespace cp::storage {

class FeedStatements;

/*!
 * \brief The operational tables through Qt Sql, whichever database holds them.
 *
 * The statements are the SQL that SQLite and PostgreSQL both speak (upserts with ON CONFLICT,
 * positional placeholders, times as ISO 8601 text or timestamptz); what differs (opening,
 * schema, the registry's geometry layers, the bulk insert of feed events) is the backend's:
 * GeoPackageStore and PostgresStore. Internal to the module, which hands out a Store.
 */
class SqlStore : public Store
{
public:
    ~SqlStore() override;

    QString location() const override;

    std::optional<QVector<bool>> commitFeedBatch(const QString &feedId, const QList<core::AlarmEvent> &events,
                                                 const QList<core::QuarantinedItem> &quarantined, const QString &cursor,
                                                 const FeedBatchEffects &effects, QString *error) override;
    std::optional<bool> claimFeed(const QString &feedId, QString *holder, QString *error) override;
    std::optional<QString> feedCursor(const QString &feedId, QString *error) const override;
    std::optional<QList<core::AlarmEvent>> feedEvents(const QString &feedId, QString *error) const override;
    std::optional<QList<core::QuarantinedItem>> quarantinedItems(const QString &feedId, int limit,
                                                                 QString *error) const override;
    bool saveFeedStatus(const core::FeedStatus &status, QString *error) override;
    std::optional<QList<core::FeedStatus>> feeds(QString *error) const override;

    bool saveAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *error) override;
    std::optional<QList<core::Alarm>> openAlarms(QString *error) const override;
    std::optional<QList<core::Alarm>> alarms(QString *error) const override;
    std::optional<QList<core::Alarm>> alarmsWithKeys(const QStringList &keys, QString *error) const override;

    bool saveIncident(const core::Incident &incident, QString *error) override;
    std::optional<QList<core::Incident>> incidents(QString *error) const override;

    std::optional<QList<core::DispatchOrder>> dispatchOrders(const QString &incidentId, QString *error) const override;
    bool commitIncidentRecords(const dispatch::IncidentRecords &change, QString *error) override;
    std::optional<dispatch::IncidentRecords> incidentRecords(QString *error) const override;
    bool appendAudit(const AuditEntry &entry, QString *error) override;
    std::optional<QList<AuditEntry>> auditLog(QString *error) const override;
    bool writeResponsePlans(const QList<dispatch::ResponsePlan> &plans, QString *error) override;
    std::optional<ResponsePlansRead> responsePlans(QString *error) const override;

protected:
    explicit SqlStore(QString location);

    //! The open connection of the backend.
    virtual QSqlDatabase &database() const = 0;
    /*!
     * Stores \a events of \a feedId inside the caller's transaction, ignoring the ones already
     * stored; per event whether it was new, or nullopt with \a failure set (the caller rolls back).
     */
    virtual std::optional<QVector<bool>> insertFeedEvents(const QList<core::AlarmEvent> &events, const QString &feedId,
                                                          QString *failure) = 0;
    //! Prepares the feed's batch statements; a store without them is read-only and refuses batches.
    bool prepareFeedStatements(QString *error);
    //! Drops the prepared statements; before the connection closes.
    void releaseStatements();
    //! Why the backend cannot reach its data now (a server away), for messages; empty when it can.
    virtual QString connectionProblem() const { return {}; }
    //! Why a write now would be lost (the file removed from under the store); empty when it would not.
    //! inTransaction() refuses every write while there is one.
    virtual QString writeProblem() const { return {}; }
    //! Whether inTransaction() has begun and not yet ended: a backend must not change connection then.
    bool insideTransaction() const { return m_transactionOpen; }

    QString m_location;

private:
    //! The alarms matching \a where (with its bound \a values), ordered by key.
    std::optional<QList<core::Alarm>> readAlarms(const QString &where, const QVariantList &values, QString *error) const;
    //! saveAlarms() and appendAudit() inside the caller's transaction; false with \a failure set.
    bool writeAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *failure);
    //! commitIncidentRecords() inside the caller's transaction; false with \a failure set.
    bool writeIncidentRecords(const dispatch::IncidentRecords &change, QString *failure);
    //! Who last acted on a row, and when: \a sql selects (user, time) for the row's \a key.
    struct StaleRowQuery
    {
        QString sql;
        QVariantList key;
    };
    //! The refusal of a write over \a what that another seat changed since, naming its last action when known.
    QString staleRowText(const QString &what, const StaleRowQuery &lastAction) const;
    //! Runs \a write in a transaction; \a what names the change in a commit failure.
    bool inTransaction(const QString &what, QString *error, const std::function<bool(QString *failure)> &write);

    std::unique_ptr<FeedStatements> m_feedStatements;
    bool m_transactionOpen = false;
};

} // namespace cp::storage
