// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/geopackagestore.h"

#include "storage/feedeventinsert.h"
#include "storage/registrylayers.h"
#include "storage/registryvalidation.h"
#include "storage/sqlconnection.h"
#include "storage/storefileinspector.h"
#include "storage/storeschema.h"
#include "storage/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sys/stat.h>

namespace cp::storage {

namespace {

//! The file at \a path as (device, inode); nullopt when there is none.
std::optional<std::pair<quint64, quint64>> fileIdentity(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return std::make_pair(static_cast<quint64>(info.st_dev), static_cast<quint64>(info.st_ino));
}

} // namespace

GeoPackageStore::GeoPackageStore(QString path) : SqlStore(std::move(path)) {}

bool GeoPackageStore::isFreeForNewStore(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (error)
        *error = Tr::tr("%1: already exists; a new store is never written over an existing file").arg(path);
    return false;
}

void GeoPackageStore::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

GeoPackageStore::~GeoPackageStore()
{
    releaseStatements();
    m_insertEvent.reset();
    m_connection.reset();
}

QSqlDatabase &GeoPackageStore::database() const { return m_connection->database(); }

int GeoPackageStore::schemaVersion() { return StoreSchema::currentVersion(); }

bool GeoPackageStore::openConnection(QString *error, bool readOnly)
{
    m_connection = std::make_unique<SqlConnection>();
    const bool opened = m_connection->open(m_location, readOnly ? SqlConnection::Mode::ReadOnly : SqlConnection::Mode::ReadWrite, error);
    m_openedFile = fileIdentity(m_location);
    return opened;
}

QString GeoPackageStore::writeProblem() const
{
    const std::optional<std::pair<quint64, quint64>> now = fileIdentity(m_location);
    if (!now)
        return Tr::tr("%1 was removed while it was open: nothing more is written, since it would be lost with the "
                      "removed file; put the file back, or restart on a copy")
            .arg(m_location);
    if (m_openedFile && *now != *m_openedFile)
        return Tr::tr("%1 was replaced by another file while it was open: nothing more is written to either; "
                      "restart to open the file now there")
            .arg(m_location);
    return {};
}

std::unique_ptr<GeoPackageStore> GeoPackageStore::openForReading(const QString &path, QString *error)
{
    const std::optional<int> version = StoreFileInspector::storedSchemaVersion(path, error);
    if (!version)
        return nullptr;
    if (*version != schemaVersion()) {
        if (error)
            *error = Tr::tr("%1: schema version %2, this build reads %3; open it at the desk once to upgrade it")
                         .arg(path).arg(*version).arg(schemaVersion());
        return nullptr;
    }
    std::unique_ptr<GeoPackageStore> store(new GeoPackageStore(path));
    if (!store->openConnection(error, true))
        return nullptr;
    return store; // no prepared feed statements: commitFeedBatch() refuses
}

std::unique_ptr<GeoPackageStore> GeoPackageStore::create(const QString &path, QString *error)
{
    if (!isFreeForNewStore(path, error))
        return nullptr;
    if (!RegistryLayers::createFile(path, error)) {
        removeFiles(path);
        return nullptr;
    }
    std::unique_ptr<GeoPackageStore> store(new GeoPackageStore(path));
    QString schemaError;
    bool ok = store->openConnection(error);
    if (ok) {
        ok = StoreSchema::createVersion1(store->m_connection->database(), &schemaError)
            && StoreSchema::migrate(store->m_connection->database(), 1, &schemaError);
        if (ok)
            ok = store->prepareWriting(error);
        else if (error)
            *error = Tr::tr("%1: %2").arg(path, schemaError);
    }
    if (!ok) {
        store.reset();
        removeFiles(path);
    }
    return store;
}

std::unique_ptr<GeoPackageStore> GeoPackageStore::open(const QString &path, QString *error)
{
    const std::optional<int> version = StoreFileInspector::storedSchemaVersion(path, error);
    if (!version)
        return nullptr;
    std::unique_ptr<GeoPackageStore> store(new GeoPackageStore(path));
    if (!store->openConnection(error))
        return nullptr;
    QString schemaError;
    if (!StoreSchema::migrate(store->m_connection->database(), *version, &schemaError)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, schemaError);
        return nullptr;
    }
    if (!store->checkWritable(error))
        return nullptr;
    if (!store->prepareWriting(error))
        return nullptr;
    return store;
}

bool GeoPackageStore::checkWritable(QString *error)
{
    // SQLite quietly opens a file it may not write read-only; a write lock is the honest test, and
    // BEGIN IMMEDIATE takes one without writing anything. A file already in WAL mode takes the lock
    // even when SQLite opened it read-only, so the file's own permission is asked first.
    if (!QFileInfo(m_location).isWritable()) {
        if (error)
            *error = Tr::tr("%1: the store cannot be written (%2); check the permissions of the file and its folder")
                         .arg(m_location, Tr::tr("the file is read-only"));
        return false;
    }
    QSqlQuery query(m_connection->database());
    const bool ok = query.exec(QStringLiteral("BEGIN IMMEDIATE")) && query.exec(QStringLiteral("ROLLBACK"));
    if (!ok && error)
        *error = Tr::tr("%1: the store cannot be written (%2); check the permissions of the file and its folder")
                     .arg(m_location, query.lastError().text());
    return ok;
}

bool GeoPackageStore::writeRegistry(const Registry &registry, QString *error)
{
    return validateRegistry(registry, m_location, error) && RegistryLayers::write(m_location, registry, error);
}

std::optional<Registry> GeoPackageStore::readRegistry(QString *error) const { return RegistryLayers::read(m_location, error); }

bool GeoPackageStore::appendShelters(const QList<core::Shelter> &shelters, QString *error)
{
    return RegistryLayers::appendShelters(m_location, shelters, error);
}

bool GeoPackageStore::prepareWriting(QString *error)
{
    m_insertEvent = std::make_unique<FeedEventInsert>();
    QString reason;
    if (m_insertEvent->prepare(m_connection->database(), &reason) && prepareFeedStatements(&reason))
        return true;
    if (error)
        *error = Tr::tr("%1: %2").arg(m_location, reason);
    return false;
}

std::optional<QVector<bool>> GeoPackageStore::insertFeedEvents(const QList<core::AlarmEvent> &events,
                                                               const QString &feedId, QString *failure)
{
    QVector<bool> fresh;
    fresh.reserve(events.size());
    for (const core::AlarmEvent &event : events) {
        QString reason;
        const int rows = m_insertEvent->insert(event, feedId, &reason);
        if (rows < 0) {
            *failure = Tr::tr("%1: cannot store event \"%2\" of feed \"%3\": %4").arg(m_location, event.id, feedId, reason);
            return std::nullopt;
        }
        fresh.append(rows > 0);
    }
    return fresh;
}

} // namespace cp::storage
