// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/geopackagestore.h"

#include "storage/alarmrows.h"
#include "storage/registrylayers.h"
#include "storage/rowreader.h"
#include "storage/registryvalidation.h"
#include "storage/sqlconnection.h"
#include "storage/sqlstatement.h"
#include "storage/storefileinspector.h"
#include "storage/storeschema.h"
#include "storage/storetime.h"
#include "storage/feedeventinsert.h"
#include "storage/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>


namespace cp::storage {

namespace {

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

//! The statements of the hot path, prepared once per store (the feed commits thousands of events per batch).
class PreparedStatements
{
public:
    explicit PreparedStatements(const QSqlDatabase &database) : upsertFeed(database), insertQuarantine(database) {}

    //! Prepares them on \a database; false with \a error (SQLite's reason) when one does not prepare.
    bool prepare(const QSqlDatabase &database, QString *error)
    {
        if (!insertEvent.prepare(database, error))
            return false;
        // The counts grow with each batch, in its transaction: `commandpost-admin status` reads them
        // without counting a log of millions of events.
        const bool ok = upsertFeed.prepare(QStringLiteral(
                            "INSERT INTO feeds (feed_id, cursor, updated_at, events_stored, quarantined) VALUES (?, ?, ?, ?, ?) "
                            "ON CONFLICT (feed_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at, "
                            "events_stored = events_stored + excluded.events_stored, "
                            "quarantined = quarantined + excluded.quarantined"))
                        && insertQuarantine.prepare(QStringLiteral(
                            "INSERT INTO feed_quarantine (feed_id, cursor, item_index, event_id, field, reason, raw, received_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!ok)
            *error = (upsertFeed.lastError().isValid() ? upsertFeed : insertQuarantine).lastError().text();
        return ok;
    }

    FeedEventInsert insertEvent;
    QSqlQuery upsertFeed;
    QSqlQuery insertQuarantine;
};

GeoPackageStore::GeoPackageStore(QString path) : m_path(std::move(path)) {}

GeoPackageStore::~GeoPackageStore()
{
    m_statements.reset();
    m_connection.reset();
}

int GeoPackageStore::schemaVersion() { return StoreSchema::currentVersion(); }

QString GeoPackageStore::location() const { return m_path; }

bool GeoPackageStore::openConnection(QString *error, bool readOnly)
{
    m_connection = std::make_unique<SqlConnection>();
    return m_connection->open(m_path, readOnly ? SqlConnection::Mode::ReadOnly : SqlConnection::Mode::ReadWrite, error);
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
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        if (error)
            *error = Tr::tr("%1: already exists; a new store is never written over an existing file").arg(path);
        return nullptr;
    }
    if (!RegistryLayers::createFile(path, error)) {
        removeStoreFiles(path);
        return nullptr;
    }
    std::unique_ptr<GeoPackageStore> store(new GeoPackageStore(path));
    QString schemaError;
    bool ok = store->openConnection(error);
    if (ok) {
        ok = StoreSchema::createVersion1(store->m_connection->database(), &schemaError)
            && StoreSchema::migrate(store->m_connection->database(), 1, &schemaError);
        store->m_statements = std::make_unique<PreparedStatements>(store->m_connection->database());
        if (ok)
            ok = store->m_statements->prepare(store->m_connection->database(), &schemaError);
        ok = schemaError.isEmpty();
        if (!ok && error)
            *error = Tr::tr("%1: %2").arg(path, schemaError);
    }
    if (!ok) {
        store.reset();
        removeStoreFiles(path);
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
    store->m_statements = std::make_unique<PreparedStatements>(store->m_connection->database());
    QString prepareError;
    if (!store->m_statements->prepare(store->m_connection->database(), &prepareError)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, prepareError);
        return nullptr;
    }
    return store;
}

bool GeoPackageStore::checkWritable(QString *error)
{
    // SQLite quietly opens a file it may not write read-only; a write lock is the honest test, and
    // BEGIN IMMEDIATE takes one without writing anything. A file already in WAL mode takes the lock
    // even when SQLite opened it read-only, so the file's own permission is asked first.
    if (!QFileInfo(m_path).isWritable()) {
        if (error)
            *error = Tr::tr("%1: the store cannot be written (%2); check the permissions of the file and its folder")
                         .arg(m_path, Tr::tr("the file is read-only"));
        return false;
    }
    QSqlQuery query(m_connection->database());
    const bool ok = query.exec(QStringLiteral("BEGIN IMMEDIATE")) && query.exec(QStringLiteral("ROLLBACK"));
    if (!ok && error)
        *error = Tr::tr("%1: the store cannot be written (%2); check the permissions of the file and its folder")
                     .arg(m_path, query.lastError().text());
    return ok;
}

bool GeoPackageStore::writeRegistry(const Registry &registry, QString *error)
{
    return validateRegistry(registry, m_path, error) && RegistryLayers::write(m_path, registry, error);
}

std::optional<Registry> GeoPackageStore::readRegistry(QString *error) const { return RegistryLayers::read(m_path, error); }

std::optional<QVector<bool>> GeoPackageStore::commitFeedBatch(const QString &feedId, const QList<core::AlarmEvent> &events,
                                                              const QList<core::QuarantinedItem> &quarantined,
                                                              const QString &cursor, const FeedBatchEffects &effects,
                                                              QString *error)
{
    for (const core::AlarmEvent &event : events) {
        if (!event.feedId.isEmpty() && event.feedId != feedId) {
            if (error)
                *error = Tr::tr("%1: event \"%2\" is of feed \"%3\", not of the batch's feed \"%4\"")
                             .arg(m_path, event.id, event.feedId, feedId);
            return std::nullopt;
        }
    }
    if (!m_statements) {
        if (error)
            *error = Tr::tr("%1: opened for reading only").arg(m_path);
        return std::nullopt;
    }
    QSqlDatabase &database = m_connection->database();
    if (!database.transaction()) {
        if (error)
            *error = Tr::tr("%1: cannot start a transaction: %2").arg(m_path, database.lastError().text());
        return std::nullopt;
    }
    QVector<bool> fresh;
    fresh.reserve(events.size());
    qint64 added = 0;
    FeedEventInsert &insert = m_statements->insertEvent;
    QString failure;
    for (const core::AlarmEvent &event : events) {
        QString reason;
        const int rows = insert.insert(event, feedId, &reason);
        if (rows < 0) {
            failure = Tr::tr("%1: cannot store event \"%2\" of feed \"%3\": %4").arg(m_path, event.id, feedId, reason);
            break;
        }
        fresh.append(rows > 0);
        added += rows;
    }
    QSqlQuery &quarantine = m_statements->insertQuarantine;
    for (const core::QuarantinedItem &item : quarantined) {
        if (!failure.isEmpty())
            break;
        const QVariantList values = {feedId, item.cursor, item.index, item.eventId, item.field, item.reason, item.raw,
                                     storeTimeValue(item.receivedAt)};
        for (int i = 0; i < values.size(); ++i)
            quarantine.bindValue(i, values.at(i));
        if (!quarantine.exec())
            failure = Tr::tr("%1: cannot quarantine item %2 of feed \"%3\": %4")
                          .arg(m_path).arg(item.index).arg(feedId, quarantine.lastError().text());
    }
    if (failure.isEmpty() && effects)
        writeAlarms(effects(fresh), {}, &failure);
    QSqlQuery &upsert = m_statements->upsertFeed;
    if (failure.isEmpty()) {
        upsert.bindValue(0, feedId);
        upsert.bindValue(1, cursor);
        upsert.bindValue(2, storeTimeValue(QDateTime::currentDateTimeUtc()));
        upsert.bindValue(3, added);
        upsert.bindValue(4, static_cast<qint64>(quarantined.size()));
        if (!upsert.exec())
            failure = Tr::tr("%1: cannot store the cursor of feed \"%2\": %3").arg(m_path, feedId, upsert.lastError().text());
    }
    if (failure.isEmpty() && !database.commit())
        failure = Tr::tr("%1: cannot commit the batch: %2").arg(m_path, database.lastError().text());
    if (!failure.isEmpty()) {
        database.rollback();
        if (error)
            *error = failure;
        return std::nullopt;
    }
    return fresh;
}

std::optional<QString> GeoPackageStore::feedCursor(const QString &feedId, QString *error) const
{
    QSqlQuery query(m_connection->database());
    if (!runStatement(query, QStringLiteral("SELECT cursor FROM feeds WHERE feed_id = ?"), {feedId},
                      Tr::tr("%1: cannot read the cursor of feed \"%2\"").arg(m_path, feedId), error))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<QList<core::AlarmEvent>> GeoPackageStore::feedEvents(const QString &feedId, QString *error) const
{
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!runStatement(query,
                      QStringLiteral("SELECT event_id, feed_id, enterprise_id, sensor_id, kind, value, unit, active, "
                                     "occurred_at, message FROM alarm_events WHERE feed_id = ? ORDER BY fid"),
                      {feedId}, Tr::tr("%1: cannot read the events of feed \"%2\"").arg(m_path, feedId), error))
        return std::nullopt;
    QList<core::AlarmEvent> events;
    while (query.next()) {
        events.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toDouble(),
                       query.value(6).toString(), query.value(7).toBool(), storeTimeFrom(query.value(8)),
                       query.value(9).toString()});
    }
    return events;
}

std::optional<QList<core::QuarantinedItem>> GeoPackageStore::quarantinedItems(const QString &feedId, int limit,
                                                                              QString *error) const
{
    QSqlQuery query(m_connection->database());
    if (!runStatement(query,
                      QStringLiteral("SELECT feed_id, cursor, item_index, event_id, raw, field, reason, received_at "
                                     "FROM feed_quarantine WHERE feed_id = ? ORDER BY fid DESC LIMIT ?"),
                      {feedId, limit}, Tr::tr("%1: cannot read the quarantined items of feed \"%2\"").arg(m_path, feedId),
                      error))
        return std::nullopt;
    QList<core::QuarantinedItem> items;
    while (query.next()) {
        items.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                      query.value(3).toString(), query.value(4).toByteArray(), query.value(5).toString(),
                      query.value(6).toString(), storeTimeFrom(query.value(7))});
    }
    return items;
}

bool GeoPackageStore::saveFeedStatus(const core::FeedStatus &f, QString *error)
{
    QSqlQuery query(m_connection->database());
    return runStatement(
        query,
        QStringLiteral("INSERT INTO feeds (feed_id, cursor, url, health, health_reason, last_success, last_error, "
                       "last_error_at, events_today, lag_ms, status_at) VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, health = excluded.health, "
                       "health_reason = excluded.health_reason, last_success = excluded.last_success, "
                       "last_error = excluded.last_error, last_error_at = excluded.last_error_at, "
                       "events_today = excluded.events_today, lag_ms = excluded.lag_ms, status_at = excluded.status_at"),
        {f.feedId, f.url, core::toKey(f.health), f.healthReason, storeTimeValue(f.lastSuccess), f.lastError,
         storeTimeValue(f.lastErrorAt), f.eventsToday, f.lagMs, storeTimeValue(f.updatedAt)},
        Tr::tr("%1: cannot store the status of feed \"%2\"").arg(m_path, f.feedId), error);
}

std::optional<QList<core::FeedStatus>> GeoPackageStore::feeds(QString *error) const
{
    QSqlQuery query(m_connection->database());
    if (!runStatement(query,
                      QStringLiteral("SELECT feed_id, url, cursor, events_stored, quarantined, COALESCE(health, 'up'), "
                                     "health_reason, last_success, last_error, last_error_at, events_today, "
                                     "COALESCE(lag_ms, -1), status_at FROM feeds ORDER BY feed_id"),
                      {}, Tr::tr("%1: cannot read the feeds").arg(m_path), error))
        return std::nullopt;
    QList<core::FeedStatus> result;
    RowReader reader(m_path, "feeds");
    while (query.next()) {
        core::FeedStatus f;
        f.feedId = query.value(0).toString();
        f.url = query.value(1).toString();
        f.cursor = query.value(2).toString();
        f.eventsStored = query.value(3).toLongLong();
        f.quarantined = query.value(4).toLongLong();
        f.health = reader.key<core::FeedHealthState>(query, 5, "health");
        f.healthReason = query.value(6).toString();
        f.lastSuccess = storeTimeFrom(query.value(7));
        f.lastError = query.value(8).toString();
        f.lastErrorAt = storeTimeFrom(query.value(9));
        f.eventsToday = query.value(10).toLongLong();
        f.lagMs = query.value(11).toLongLong();
        f.updatedAt = storeTimeFrom(query.value(12));
        result.append(f);
    }
    if (reader.failed(error))
        return std::nullopt;
    return result;
}

bool GeoPackageStore::writeAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *failure)
{
    QSqlQuery query(m_connection->database());
    if (!alarms.isEmpty() && !query.prepare(alarmrows::upsertSql())) {
        *failure = Tr::tr("%1: cannot store the alarms: %2").arg(m_path, query.lastError().text());
        return false;
    }
    for (const core::Alarm &alarm : alarms) {
        const QVariantList values = alarmrows::values(alarm);
        for (int v = 0; v < values.size(); ++v)
            query.bindValue(v, values.at(v));
        if (!query.exec()) {
            *failure = Tr::tr("%1: cannot store alarm \"%2\": %3").arg(m_path, alarm.key.toString(), query.lastError().text());
            return false;
        }
    }
    for (const AuditEntry &entry : audit) {
        if (!appendAudit(entry, failure))
            return false;
    }
    return true;
}

bool GeoPackageStore::saveAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *error)
{
    QSqlDatabase &database = m_connection->database();
    if (!database.transaction()) {
        if (error)
            *error = Tr::tr("%1: cannot start a transaction: %2").arg(m_path, database.lastError().text());
        return false;
    }
    QString failure;
    if (writeAlarms(alarms, audit, &failure) && database.commit())
        return true;
    if (failure.isEmpty())
        failure = Tr::tr("%1: cannot commit the alarms: %2").arg(m_path, database.lastError().text());
    database.rollback();
    if (error)
        *error = failure;
    return false;
}

std::optional<QList<core::Alarm>> GeoPackageStore::readAlarms(const QString &where, QString *error) const
{
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (!runStatement(query, alarmrows::selectSql() + where + QStringLiteral(" ORDER BY enterprise_id, sensor_id, kind"), {},
                      Tr::tr("%1: cannot read the alarms").arg(m_path), error))
        return std::nullopt;
    QList<core::Alarm> result;
    RowReader reader(m_path, "alarms");
    while (query.next())
        result.append(alarmrows::read(query, reader));
    if (reader.failed(error))
        return std::nullopt;
    return result;
}

std::optional<QList<core::Alarm>> GeoPackageStore::openAlarms(QString *error) const
{
    return readAlarms(QStringLiteral(" WHERE state <> 'normal'"), error);
}

std::optional<QList<core::Alarm>> GeoPackageStore::alarms(QString *error) const { return readAlarms(QString(), error); }

bool GeoPackageStore::appendAudit(const AuditEntry &entry, QString *error)
{
    QSqlQuery query(m_connection->database());
    return runStatement(query,
                        QStringLiteral("INSERT INTO audit_log (user_name, logged_at, action, target, comment) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {entry.user, storeTimeValue(entry.time), entry.action, entry.target, entry.comment},
                        Tr::tr("%1: cannot append to the audit log").arg(m_path), error);
}

std::optional<QList<AuditEntry>> GeoPackageStore::auditLog(QString *error) const
{
    QSqlQuery query(m_connection->database());
    if (!runStatement(query,
                      QStringLiteral("SELECT user_name, logged_at, action, target, comment FROM audit_log ORDER BY fid"),
                      {}, Tr::tr("%1: cannot read the audit log").arg(m_path), error))
        return std::nullopt;
    QList<AuditEntry> result;
    while (query.next()) {
        result.append({query.value(0).toString(), storeTimeFrom(query.value(1)), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

} // namespace cp::storage
