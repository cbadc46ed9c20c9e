// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/sqlstore.h"

#include <memory>
#include <optional>
#include <utility>

namespace cp::storage {

class SqlConnection;
class FeedEventInsert;

/*!
 * \brief The one-seat store: a single GeoPackage file that QGIS desktop opens as it is.
 *
 * Registry layers are read and written through GDAL's GeoPackage driver (geometries in
 * EPSG:4548); the operational attribute tables through Qt Sql with prepared statements. The file
 * is in WAL mode, so the map and QGIS keep reading while the store writes. docs/data-model.md
 * describes every layer, table and schema version.
 */
class GeoPackageStore : public SqlStore
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
    //! True when nothing (not even a dangling link) is at \a path; else false with \a error saying
    //! that a new store is never written over an existing file.
    static bool isFreeForNewStore(const QString &path, QString *error);
    //! Removes the store file at \a path with SQLite's companions (-wal, -shm, -journal).
    static void removeFiles(const QString &path);

    ~GeoPackageStore() override;

    bool writeRegistry(const Registry &registry, QString *error) override;
    std::optional<Registry> readRegistry(QString *error) const override;

protected:
    bool appendShelters(const QList<core::Shelter> &shelters, QString *error) override;
    QSqlDatabase &database() const override;
    QString writeProblem() const override;
    std::optional<QVector<bool>> insertFeedEvents(const QList<core::AlarmEvent> &events, const QString &feedId,
                                                  QString *failure) override;

private:
    explicit GeoPackageStore(QString path);
    bool openConnection(QString *error, bool readOnly = false);
    //! Refuses a store SQLite opened read-only or cannot lock for writing (a read-only file or folder).
    bool checkWritable(QString *error);
    //! Prepares the feed's statements; false with \a error naming the file.
    bool prepareWriting(QString *error);

    std::unique_ptr<SqlConnection> m_connection;
    std::unique_ptr<FeedEventInsert> m_insertEvent;
    //! The file the connection opened (device, inode): SQLite writes on to an open file that was
    //! removed or replaced, and all of it would be lost with the old inode.
    std::optional<std::pair<quint64, quint64>> m_openedFile;
};

} // namespace cp::storage
