// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace cp::storage {

/*!
 * \brief One QSQLITE or QPSQL connection under a name of its own, removed again when this is destroyed.
 *
 * Internal to the module. Qt keys connections by name per process, so every store and every
 * check gets a unique name and two stores never share (or close) each other's connection.
 */
class SqlConnection
{
public:
    enum class Mode
    {
        //! Read-only; with \a immutable SQLite neither locks nor creates -wal/-shm files.
        ReadOnly,
        ReadOnlyImmutable,
        //! Read-write in WAL mode with a busy timeout.
        ReadWrite,
    };

    SqlConnection();
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    //! Opens \a path; returns false with \a error naming the file when SQLite refuses.
    bool open(const QString &path, Mode mode, QString *error);
    /*!
     * Opens the PostgreSQL database of libpq \a conninfo through Qt's QPSQL driver; false with
     * \a error naming \a label and the server's reason (or the missing driver package).
     */
    bool openPostgres(const QString &conninfo, const QString &label, QString *error);
    QSqlDatabase &database() { return m_database; }
    const QSqlDatabase &database() const { return m_database; }
    //! Closes and removes the connection; every QSqlQuery on it must be gone.
    void close();

private:
    QString m_name;
    QSqlDatabase m_database;
};

} // namespace cp::storage
