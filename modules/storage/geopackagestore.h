// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/store.h"

#include <memory>

namespace cp::storage {

class SqlConnection;
class PreparedStatements;

/*!
 * \brief The one-seat store: a single GeoPackage file that QGIS desktop opens as it is.
 *
 * Registry layers are read and written through GDAL's GeoPackage driver (geometries in
 * EPSG:4548); the operational attribute tables through Qt Sql with prepared statements. The file
 * is in WAL mode, so the map and QGIS keep reading while the store writes. docs/data-model.md
 * describes every layer, table and schema version.
 */
class GeoPackageStore : public Store
{
public:
    /*!
     * Creates a new store at \a path. Refuses (nullptr, \a error set) when anything exists there;
     * a file half-created by a failed attempt is removed again.
     */
    static std::unique_ptr<GeoPackageStore> create(const QString &path, QString *error);
    /*!
     * Opens an existing store, upgrading a file of an older schema version in place with its data
     * intact. A file that is not a GeoPackage, is corrupt, is a GeoPackage but no CommandPost store,
     * or comes from a newer schema is refused (nullptr, \a error names the file and the problem)
     * and left byte-identical.
     */
    static std::unique_ptr<GeoPackageStore> open(const QString &path, QString *error);
    /*!
     * Opens an existing store of this build's schema version for reading only, as a seat that only
     * shows does (the wall): it never upgrades, checkpoints or removes the writer's WAL, and every
     * write is refused with an error. Refuses (nullptr, \a error set) what open() refuses, and a
     * file of an older schema version (the desk upgrades it when it opens it).
     */
    static std::unique_ptr<GeoPackageStore> openForReading(const QString &path, QString *error);
    //! The schema version this build writes.
    static int schemaVersion();

    ~GeoPackageStore() override;

    QString location() const override;
    bool writeRegistry(const Registry &registry, QString *error) override;
    std::optional<Registry> readRegistry(QString *error) const override;

    std::optional<QVector<bool>> commitFeedBatch(const QString &feedId, const QList<core::AlarmEvent> &events,
                                                 const QList<core::QuarantinedItem> &quarantined, const QString &cursor,
                                                 const FeedBatchEffects &effects, QString *error) override;
    std::optional<QString> feedCursor(const QString &feedId, QString *error) const override;
    std::optional<QList<core::AlarmEvent>> feedEvents(const QString &feedId, QString *error) const override;
    std::optional<QList<core::QuarantinedItem>> quarantinedItems(const QString &feedId, int limit,
                                                                 QString *error) const override;
    bool saveFeedStatus(const core::FeedStatus &status, QString *error) override;
    std::optional<QList<core::FeedStatus>> feeds(QString *error) const override;

    bool saveAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *error) override;
    std::optional<QList<core::Alarm>> openAlarms(QString *error) const override;
    std::optional<QList<core::Alarm>> alarms(QString *error) const override;

    bool saveIncident(const core::Incident &incident, QString *error) override;
    std::optional<QList<core::Incident>> incidents(QString *error) const override;

    std::optional<QList<core::DispatchOrder>> dispatchOrders(const QString &incidentId, QString *error) const override;
    bool commitIncidentRecords(const dispatch::IncidentRecords &change, QString *error) override;
    std::optional<dispatch::IncidentRecords> incidentRecords(QString *error) const override;
    bool appendAudit(const AuditEntry &entry, QString *error) override;
    std::optional<QList<AuditEntry>> auditLog(QString *error) const override;
    bool writeResponsePlans(const QList<dispatch::ResponsePlan> &plans, QString *error) override;
    std::optional<ResponsePlansRead> responsePlans(QString *error) const override;

private:
    explicit GeoPackageStore(QString path);
    bool openConnection(QString *error, bool readOnly = false);
    //! Refuses a store SQLite opened read-only or cannot lock for writing (a read-only file or folder).
    bool checkWritable(QString *error);
    std::optional<QList<core::Alarm>> readAlarms(const QString &where, QString *error) const;
    //! saveAlarms() and appendAudit() inside the caller's transaction; false with \a failure set.
    bool writeAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *failure);
    //! commitIncidentRecords() inside the caller's transaction; false with \a failure set.
    bool writeIncidentRecords(const dispatch::IncidentRecords &change, QString *failure);

    QString m_path;
    std::unique_ptr<SqlConnection> m_connection;
    std::unique_ptr<PreparedStatements> m_statements;
};

} // namespace cp::storage
