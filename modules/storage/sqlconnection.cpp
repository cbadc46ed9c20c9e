// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/sqlconnection.h"

#include "storage/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace cp::storage {

SqlConnection::SqlConnection()
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("commandpost-storage-%1").arg(counter.fetch_add(1));
}

SqlConnection::~SqlConnection() { close(); }

bool SqlConnection::open(const QString &path, Mode mode, QString *error)
{
    close();
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (mode == Mode::ReadWrite) {
        m_database.setDatabaseName(path);
        m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        // A URI, so SQLite takes mode=ro and immutable=1 (no locks, no -wal/-shm created).
        QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
        if (mode == Mode::ReadOnlyImmutable)
            uri += QStringLiteral("&immutable=1");
        m_database.setDatabaseName(uri);
        m_database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!m_database.open()) {
        if (error)
            *error = Tr::tr("%1: cannot open: %2").arg(path, m_database.lastError().text());
        close();
        return false;
    }
    if (mode == Mode::ReadWrite) {
        bool walOk = true;
        QString pragmaError;
        {
            QSqlQuery query(m_database);
            // WAL: readers (the map, QGIS desktop) keep reading while the store writes. synchronous=NORMAL
            // is crash-safe in WAL mode (a power loss may drop the last commits, never half of one).
            if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
                || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0
                || !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
                walOk = false;
                pragmaError = query.lastError().text();
            }
        }
        if (!walOk) {
            if (error)
                // On a store SQLite could open, WAL fails only when the file or its folder cannot be written.
                *error = Tr::tr("%1: the store cannot be written (%2); check the permissions of the file and its folder")
                             .arg(path, pragmaError);
            close();
            return false;
        }
    }
    return true;
}

void SqlConnection::close()
{
    if (!m_database.isValid())
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace cp::storage
