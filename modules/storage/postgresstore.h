// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/changerecord.h"
#include "storage/postgresaddress.h"
#include "storage/sqlstore.h"

#include <QElapsedTimer>
#include <QSet>

#include <functional>
#include <memory>

class GDALDataset;
class QSqlQuery;

namespace cp::storage {

class SqlConnection;

/*!
 * \brief The shared store of several seats: one PostgreSQL 15 database with PostGIS 3.
 *
 * The same tables as the GeoPackage (the registry as PostGIS layers written by GDAL's PostgreSQL
 * driver, with GiST indexes), plus the change log the seats follow (ChangeFollower). Created by
 * `commandpost-admin db init`; a seat connects to a database of this build's schema version only.
 */
class PostgresStore : public SqlStore
{
public:
    /*!
     * Creates the schema in the empty database at \a address (PostGIS, tables, change log,
     * registry layers). Refuses a database that already holds CommandPost tables.
     */
    static bool initialize(const PostgresAddress &address, QString *error);
    /*!
     * Connects to the database at \a address. Refuses (nullptr, \a error naming the address) one
     * that cannot be reached, holds no CommandPost schema (run `commandpost-admin db init`) or
     * another schema version.
     */
    static std::unique_ptr<PostgresStore> connect(const PostgresAddress &address, QString *error);
    //! Upgrades the schema at \a address to this build's version (older only; a step per transaction).
    static bool migrate(const PostgresAddress &address, QString *error);
    //! The schema version stored at \a address: 0 before `db init`; nullopt with \a error when unreachable.
    static std::optional<int> storedVersion(const PostgresAddress &address, QString *error);

    ~PostgresStore() override;

    //! Where this store is connected (for a ChangeFollower on the same database).
    const PostgresAddress &address() const { return m_address; }
    //! Who the change log names for this seat's changes (the officer logged in); the database user until set.
    bool setActor(const QString &actor, QString *error);
    /*!
     * Whether the connection is alive as far as libpq knows (it learns of a loss at the first
     * statement after it). A lost connection is made again at the next use outside a transaction,
     * at most once a second: the actor is set again and the feed claims are taken again; a feed
     * another seat claimed meanwhile stays that seat's (claimFeed() then says so).
     */
    bool isConnected() const;
    /*!
     * Asks the server now (libpq hears of a lost connection only when it next uses it) and
     * connects again at once when the connection is gone; false with \a error when it cannot.
     */
    bool checkConnection(QString *error);
    //! The changes after \a seq, oldest first, at most \a limit of them.
    std::optional<QList<ChangeRecord>> changesAfter(qint64 seq, int limit, QString *error) const;
    //! The newest change's sequence number; 0 when nothing has changed yet.
    std::optional<qint64> latestChange(QString *error) const;

    //! An advisory lock per feed, held by this seat's connection (taken again by no one until it ends).
    std::optional<bool> claimFeed(const QString &feedId, QString *holder, QString *error) override;
    bool writeRegistry(const Registry &registry, QString *error) override;
    std::optional<Registry> readRegistry(QString *error) const override;

protected:
    bool appendShelters(const QList<core::Shelter> &shelters, QString *error) override;
    QSqlDatabase &database() const override;
    QString connectionProblem() const override;
    std::optional<QVector<bool>> insertFeedEvents(const QList<core::AlarmEvent> &events, const QString &feedId,
                                                  QString *failure) override;

private:
    explicit PostgresStore(PostgresAddress address);
    //! Opens the connection and sets the session up (again after a loss, see isConnected()).
    bool open(QString *error);
    //! Connects again after a loss; false (with \a error) when the server still cannot be reached.
    bool reconnect(QString *error);
    //! Runs \a write on the database opened through GDAL for writing (the registry layers); false with \a error.
    bool writeLayers(QString *error, const std::function<bool(GDALDataset &)> &write);

    PostgresAddress m_address;
    std::unique_ptr<SqlConnection> m_connection;
    QSet<QString> m_claimedFeeds;
    QString m_actor;
    QString m_reconnectError; //!< why the last reconnect failed; empty after one that worked
    QElapsedTimer m_lastReconnect; //!< monotonic; one try a second while the server is away
};

//! The change log rows \a query selected (seq, table_name, op, row_id, actor, at).
QList<ChangeRecord> changeRecordsFrom(QSqlQuery &query);
//! The SELECT of the changes after a sequence number (bound first) with a limit (bound second).
QString changesAfterSql();

} // namespace cp::storage
