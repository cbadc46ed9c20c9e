// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storefileinspector.h"

#include "storage/sqlconnection.h"
#include "storage/storeschema.h"
#include "storage/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace cp::storage {

namespace {

constexpr int sqliteHeaderSize = 100;
//! GeoPackage 1.2+ application id 'GPKG' (OGC 12-128r18, requirement 2).
constexpr quint32 gpkgApplicationId = 0x47504B47;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

//! The checks that need only the first 100 bytes: the SQLite file format (sqlite.org/fileformat.html §1.3).
bool checkHeader(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, Tr::tr("%1: no such file").arg(path));
    if (info.isDir())
        return fail(error, Tr::tr("%1: is a directory, not a GeoPackage file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, Tr::tr("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.size() < sqliteHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(error, Tr::tr("%1: not a GeoPackage: the file is not an SQLite database").arg(path));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 versionValidFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return fail(error, Tr::tr("%1: the file is corrupt: invalid page size %2").arg(path).arg(pageSize));
    // The in-header page count is only trustworthy when written by the same change (fileformat §1.3.7).
    const qint64 expected = versionValidFor == changeCounter ? pageSize * pageCount : 0;
    if (info.size() < expected || info.size() % pageSize != 0)
        return fail(error, Tr::tr("%1: the file is truncated: %2 bytes, the header promises %3")
                               .arg(path)
                               .arg(info.size())
                               .arg(std::max(expected, (info.size() / pageSize + 1) * pageSize)));
    return true;
}

bool sidecarExists(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
}

/*
 * The integrity check of every table but the event log. The log grows to millions of rows, and a
 * check of it would make each start take as long as reading it (a store of 10 million events must
 * open in under 2 s); a damaged page there is reported by SQLite, naming the file, when it is read
 * or written. Everything a start reads is checked.
 */
bool quickCheck(QSqlQuery &query, const QString &path, QString *error)
{
    QStringList tables;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (query.next())
            tables.append(query.value(0).toString());
    }
    if (tables.isEmpty())
        tables.append(QString()); // the schema itself could not be read: check the whole file
    for (const QString &table : std::as_const(tables)) {
        if (StoreSchema::logTables().contains(table))
            continue;
        const QString sql = table.isEmpty() ? QStringLiteral("PRAGMA quick_check")
                                            : QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table);
        if (!query.exec(sql) || !query.next()) {
            fail(error, Tr::tr("%1: the file is corrupt: %2").arg(path, query.lastError().text()));
            return false;
        }
        if (query.value(0).toString() != QLatin1String("ok")) {
            fail(error, Tr::tr("%1: the file is corrupt: the integrity check reports \"%2\"").arg(path, query.value(0).toString()));
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<int> StoreFileInspector::storedSchemaVersion(const QString &path, QString *error)
{
    if (!checkHeader(path, error))
        return std::nullopt;
    // A store that was not closed cleanly has its last commits in the -wal file: read it (the files
    // exist already). Otherwise immutable, so that SQLite creates no -wal/-shm next to a file we reject.
    SqlConnection connection;
    const auto mode = sidecarExists(path) ? SqlConnection::Mode::ReadOnly : SqlConnection::Mode::ReadOnlyImmutable;
    if (!connection.open(path, mode, error))
        return std::nullopt;
    std::optional<int> version;
    {
        QSqlQuery query(connection.database());
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
            fail(error, Tr::tr("%1: the file is corrupt: %2").arg(path, query.lastError().text()));
            return std::nullopt;
        }
        const quint32 applicationId = query.value(0).toUInt();
        if (applicationId != gpkgApplicationId) {
            fail(error, Tr::tr("%1: not a GeoPackage: SQLite application id is 0x%2, not 'GPKG'")
                            .arg(path)
                            .arg(applicationId, 8, 16, QLatin1Char('0')));
            return std::nullopt;
        }
        if (!quickCheck(query, path, error))
            return std::nullopt;
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                            .arg(StoreSchema::versionTable()))
            || !query.next()) {
            fail(error, Tr::tr("%1: a GeoPackage, but not a CommandPost store (it has no %2 table)")
                            .arg(path, StoreSchema::versionTable()));
            return std::nullopt;
        }
        if (!query.exec(QStringLiteral("SELECT MAX(version) FROM %1").arg(StoreSchema::versionTable())) || !query.next()
            || query.value(0).toInt() < 1) {
            fail(error, Tr::tr("%1: the file is corrupt: the %2 table holds no valid version")
                            .arg(path, StoreSchema::versionTable()));
            return std::nullopt;
        }
        version = query.value(0).toInt();
    }
    if (*version > StoreSchema::currentVersion()) {
        fail(error, Tr::tr("%1: written by a newer CommandPost (store schema version %2; this build reads up to %3)")
                        .arg(path)
                        .arg(*version)
                        .arg(StoreSchema::currentVersion()));
        return std::nullopt;
    }
    return version;
}

} // namespace cp::storage
