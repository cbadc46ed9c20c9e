// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/sqlconnection.h"

#include "storage/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace cp::storage {

namespace {

//! Debian's package of Qt's PostgreSQL driver for this build's Qt.
QString qtPostgresPackage()
{
#if QT_VERSION_MAJOR == 5
    return QStringLiteral("libqt5sql5-psql");
#else
    return QStringLiteral("libqt6sql6-psql");
#endif
}

} // namespace

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

bool SqlConnection::openPostgres(const QString &conninfo, const QString &label, QString *error)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = Tr::tr("%1: Qt has no PostgreSQL driver; install %2").arg(label, qtPostgresPackage());
        return false;
    }
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    // The program's name shows in pg_stat_activity, so the IT staff see which seat holds a connection.
    QString options = conninfo;
    if (!options.contains(QLatin1String("application_name")))
        options += QStringLiteral(" application_name=commandpost");
    if (!options.contains(QLatin1String("connect_timeout")))
        options += QStringLiteral(" connect_timeout=5");
    m_database.setConnectOptions(options);
    if (!m_database.open()) {
        if (error)
            *error = Tr::tr("%1: cannot connect: %2").arg(label, m_database.lastError().text().trimmed());
        close();
        return false;
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
