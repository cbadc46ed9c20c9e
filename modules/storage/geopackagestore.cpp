// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/geopackagestore.h"

#include "storage/registrylayers.h"
#include "storage/registryvalidation.h"
#include "storage/sqlconnection.h"
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

//! A time as the store keeps it (storeTimeText), or null.
QVariant timeValue(const QDateTime &time)
{
    const QString text = storeTimeText(time);
    return text.isNull() ? QVariant() : QVariant(text);
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

//! "INSERT … ON CONFLICT(key) DO UPDATE SET …": one row per key, keeping its fid.
QString upsertSql(const QString &table, const QStringList &columns)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders.append(QStringLiteral("?"));
        if (column != columns.first())
            updates.append(column + QStringLiteral(" = excluded.") + column);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")), columns.first(),
             updates.join(QStringLiteral(", ")));
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

//! Reads enum keys from operational rows; an unknown key (a file edited by hand) names table, id, column and value.
class RowReader
{
public:
    RowReader(const QString &path, const char *table) : m_path(path), m_table(QString::fromLatin1(table)) {}

    template<typename Enum>
    Enum key(const QSqlQuery &query, int column, const char *name)
    {
        const QString value = query.value(column).toString();
        const std::optional<Enum> parsed = core::fromKey<Enum>(value);
        if (!parsed && m_error.isEmpty())
            m_error = Tr::tr("%1: table %2, record \"%3\": %4 = \"%5\": not a known key")
                          .arg(m_path, m_table, query.value(0).toString(), QString::fromLatin1(name), value);
        return parsed.value_or(Enum{});
    }

    bool failed(QString *error) const
    {
        if (!m_error.isEmpty() && error)
            *error = m_error;
        return !m_error.isEmpty();
    }

private:
    QString m_path;
    QString m_table;
    QString m_error;
};

//! Prepares and runs \a sql with \a values bound in order; on failure sets \a error to "path: what: reason".
bool runStatement(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what, QString *error)
{
    bool ok = query.prepare(sql);
    for (int i = 0; ok && i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    ok = ok && query.exec();
    if (!ok && error)
        *error = Tr::tr("%1: %2").arg(what, query.lastError().text());
    return ok;
}

} // namespace

//! The statements of the hot path, prepared once per store (the feed commits thousands of events per batch).
class PreparedStatements
{
public:
    explicit PreparedStatements(const QSqlDatabase &database) : upsertCursor(database) {}

    //! Prepares them on \a database; false with \a error (SQLite's reason) when one does not prepare.
    bool prepare(const QSqlDatabase &database, QString *error)
    {
        if (!insertEvent.prepare(database, error))
            return false;
        if (!upsertCursor.prepare(upsertSql(QStringLiteral("feed_cursors"),
                                            {QStringLiteral("feed_id"), QStringLiteral("cursor"), QStringLiteral("updated_at")}))) {
            *error = upsertCursor.lastError().text();
            return false;
        }
        return true;
    }

    FeedEventInsert insertEvent;
    QSqlQuery upsertCursor;
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
    store->m_statements = std::make_unique<PreparedStatements>(store->m_connection->database());
    QString prepareError;
    if (!store->m_statements->prepare(store->m_connection->database(), &prepareError)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, prepareError);
        return nullptr;
    }
    return store;
}

bool GeoPackageStore::writeRegistry(const Registry &registry, QString *error)
{
    return validateRegistry(registry, m_path, error) && RegistryLayers::write(m_path, registry, error);
}

std::optional<Registry> GeoPackageStore::readRegistry(QString *error) const { return RegistryLayers::read(m_path, error); }

std::optional<int> GeoPackageStore::commitFeedBatch(const QString &feedId, const QList<core::AlarmEvent> &events,
                                                    const QString &cursor, QString *error)
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
    int added = 0;
    FeedEventInsert &insert = m_statements->insertEvent;
    QString failure;
    for (const core::AlarmEvent &event : events) {
        QString reason;
        const int rows = insert.insert(event, feedId, &reason);
        if (rows < 0) {
            failure = Tr::tr("%1: cannot store event \"%2\": %3").arg(m_path, event.id, reason);
            break;
        }
        added += rows;
    }
    QSqlQuery &upsert = m_statements->upsertCursor;
    if (failure.isEmpty()) {
        upsert.bindValue(0, feedId);
        upsert.bindValue(1, cursor);
        upsert.bindValue(2, timeValue(QDateTime::currentDateTimeUtc()));
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
    return added;
}

std::optional<QString> GeoPackageStore::feedCursor(const QString &feedId, QString *error) const
{
    QSqlQuery query(m_connection->database());
    if (!runStatement(query, QStringLiteral("SELECT cursor FROM feed_cursors WHERE feed_id = ?"), {feedId},
                      Tr::tr("%1: cannot read the cursor of feed \"%2\"").arg(m_path, feedId), error))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<QList<core::AlarmEvent>> GeoPackageStore::feedEvents(const QString &feedId, QString *error) const
{
    QSqlQuery query(m_connection->database());
    if (!runStatement(query,
                      QStringLiteral("SELECT event_id, feed_id, enterprise_id, sensor_id, kind, value, unit, occurred_at "
                                     "FROM alarm_events WHERE feed_id = ? ORDER BY fid"),
                      {feedId}, Tr::tr("%1: cannot read the events of feed \"%2\"").arg(m_path, feedId), error))
        return std::nullopt;
    QList<core::AlarmEvent> events;
    while (query.next()) {
        events.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toDouble(),
                       query.value(6).toString(), timeFrom(query.value(7))});
    }
    return events;
}

bool GeoPackageStore::saveAlarms(const QList<AlarmRecord> &alarms, QString *error)
{
    QSqlDatabase &database = m_connection->database();
    if (!database.transaction()) {
        if (error)
            *error = Tr::tr("%1: cannot start a transaction: %2").arg(m_path, database.lastError().text());
        return false;
    }
    bool ok = true;
    {
        QSqlQuery query(database);
        const QString sql = upsertSql(QStringLiteral("alarms"),
                                      {QStringLiteral("id"), QStringLiteral("enterprise_id"), QStringLiteral("sensor_id"),
                                       QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("unit"),
                                       QStringLiteral("threshold"), QStringLiteral("state"), QStringLiteral("priority"),
                                       QStringLiteral("raised_at"), QStringLiteral("updated_at"), QStringLiteral("message"),
                                       QStringLiteral("acknowledged_by"), QStringLiteral("acknowledged_at"),
                                       QStringLiteral("shelved_until")});
        for (const AlarmRecord &record : alarms) {
            const core::Alarm &a = record.alarm;
            ok = runStatement(query, sql,
                              {a.id, a.enterpriseId, a.sensorId, a.kind, a.value, a.unit, a.threshold, core::toKey(a.state),
                               core::toKey(a.priority), timeValue(a.raisedAt), timeValue(a.updatedAt), a.message,
                               record.acknowledgedBy, timeValue(record.acknowledgedAt), timeValue(record.shelvedUntil)},
                              Tr::tr("%1: cannot store alarm \"%2\"").arg(m_path, a.id), error);
            if (!ok)
                break;
        }
    }
    if (ok && database.commit())
        return true;
    if (ok && error)
        *error = Tr::tr("%1: cannot commit the alarms: %2").arg(m_path, database.lastError().text());
    database.rollback();
    return false;
}

std::optional<QList<AlarmRecord>> GeoPackageStore::alarms(QString *error) const
{
    QSqlQuery query(m_connection->database());
    if (!runStatement(query,
                      QStringLiteral("SELECT id, enterprise_id, sensor_id, kind, value, unit, threshold, state, priority, "
                                     "raised_at, updated_at, message, acknowledged_by, acknowledged_at, shelved_until "
                                     "FROM alarms ORDER BY id"),
                      {}, Tr::tr("%1: cannot read the alarms").arg(m_path), error))
        return std::nullopt;
    QList<AlarmRecord> result;
    RowReader reader(m_path, "alarms");
    while (query.next()) {
        AlarmRecord record;
        core::Alarm &a = record.alarm;
        a.id = query.value(0).toString();
        a.enterpriseId = query.value(1).toString();
        a.sensorId = query.value(2).toString();
        a.kind = query.value(3).toString();
        a.value = query.value(4).toDouble();
        a.unit = query.value(5).toString();
        a.threshold = query.value(6).toDouble();
        a.state = reader.key<core::AlarmState>(query, 7, "state");
        a.priority = reader.key<core::AlarmPriority>(query, 8, "priority");
        a.raisedAt = timeFrom(query.value(9));
        a.updatedAt = timeFrom(query.value(10));
        a.message = query.value(11).toString();
        record.acknowledgedBy = query.value(12).toString();
        record.acknowledgedAt = timeFrom(query.value(13));
        record.shelvedUntil = timeFrom(query.value(14));
        result.append(record);
    }
    if (reader.failed(error))
        return std::nullopt;
    return result;
}

bool GeoPackageStore::saveIncident(const core::Incident &i, QString *error)
{
    QSqlQuery query(m_connection->database());
    return runStatement(
        query,
        upsertSql(QStringLiteral("incidents"),
                  {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("sector"), QStringLiteral("incident_type"),
                   QStringLiteral("enterprise_id"), QStringLiteral("source_alarm_id"), QStringLiteral("lon"),
                   QStringLiteral("lat"), QStringLiteral("response_level"), QStringLiteral("status"),
                   QStringLiteral("opened_at"), QStringLiteral("closed_at"), QStringLiteral("opened_by")}),
        {i.id, i.title, i.sectorId, i.incidentType, i.enterpriseId, i.sourceAlarmId, i.position.lon, i.position.lat,
         core::toKey(i.responseLevel), core::toKey(i.status), timeValue(i.openedAt), timeValue(i.closedAt), i.openedBy},
        Tr::tr("%1: cannot store incident \"%2\"").arg(m_path, i.id), error);
}

std::optional<QList<core::Incident>> GeoPackageStore::incidents(QString *error) const
{
    QSqlQuery query(m_connection->database());
    if (!runStatement(query,
                      QStringLiteral("SELECT id, title, sector, incident_type, enterprise_id, source_alarm_id, lon, lat, "
                                     "response_level, status, opened_at, closed_at, opened_by FROM incidents "
                                     "ORDER BY opened_at, id"),
                      {}, Tr::tr("%1: cannot read the incidents").arg(m_path), error))
        return std::nullopt;
    QList<core::Incident> result;
    RowReader reader(m_path, "incidents");
    while (query.next()) {
        core::Incident i;
        i.id = query.value(0).toString();
        i.title = query.value(1).toString();
        i.sectorId = query.value(2).toString();
        i.incidentType = query.value(3).toString();
        i.enterpriseId = query.value(4).toString();
        i.sourceAlarmId = query.value(5).toString();
        i.position = {query.value(6).toDouble(), query.value(7).toDouble()};
        i.responseLevel = reader.key<core::ResponseLevel>(query, 8, "response_level");
        i.status = reader.key<core::IncidentStatus>(query, 9, "status");
        i.openedAt = timeFrom(query.value(10));
        i.closedAt = timeFrom(query.value(11));
        i.openedBy = query.value(12).toString();
        result.append(i);
    }
    if (reader.failed(error))
        return std::nullopt;
    return result;
}

bool GeoPackageStore::saveDispatchOrder(const core::DispatchOrder &o, QString *error)
{
    QSqlQuery query(m_connection->database());
    return runStatement(query,
                        upsertSql(QStringLiteral("dispatch_orders"),
                                  {QStringLiteral("id"), QStringLiteral("incident_id"), QStringLiteral("team_id"),
                                   QStringLiteral("status"), QStringLiteral("eta_s"), QStringLiteral("updated_at"),
                                   QStringLiteral("updated_by")}),
                        {o.id, o.incidentId, o.teamId, core::toKey(o.status), o.etaSeconds, timeValue(o.updatedAt),
                         o.updatedBy},
                        Tr::tr("%1: cannot store dispatch order \"%2\"").arg(m_path, o.id), error);
}

std::optional<QList<core::DispatchOrder>> GeoPackageStore::dispatchOrders(const QString &incidentId, QString *error) const
{
    QSqlQuery query(m_connection->database());
    QString sql = QStringLiteral("SELECT id, incident_id, team_id, status, eta_s, updated_at, updated_by FROM dispatch_orders");
    QVariantList values;
    if (!incidentId.isEmpty()) {
        sql += QStringLiteral(" WHERE incident_id = ?");
        values.append(incidentId);
    }
    if (!runStatement(query, sql + QStringLiteral(" ORDER BY id"), values,
                      Tr::tr("%1: cannot read the dispatch orders").arg(m_path), error))
        return std::nullopt;
    QList<core::DispatchOrder> result;
    RowReader reader(m_path, "dispatch_orders");
    while (query.next()) {
        core::DispatchOrder o;
        o.id = query.value(0).toString();
        o.incidentId = query.value(1).toString();
        o.teamId = query.value(2).toString();
        o.status = reader.key<core::DispatchStatus>(query, 3, "status");
        o.etaSeconds = query.value(4).toDouble();
        o.updatedAt = timeFrom(query.value(5));
        o.updatedBy = query.value(6).toString();
        result.append(o);
    }
    if (reader.failed(error))
        return std::nullopt;
    return result;
}

bool GeoPackageStore::saveSupplyMovement(const dispatch::SupplyMovement &m, QString *error)
{
    QSqlQuery query(m_connection->database());
    return runStatement(query,
                        QStringLiteral("INSERT INTO supply_movements (depot_id, item, quantity, unit, incident_id, "
                                       "moved_at, user_name, travel_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {m.depotId, m.item, m.quantity, m.unit, m.incidentId, timeValue(m.time), m.user, m.travelSeconds},
                        Tr::tr("%1: cannot record the supply movement of %2 from depot \"%3\"").arg(m_path, m.item, m.depotId),
                        error);
}

std::optional<QList<dispatch::SupplyMovement>> GeoPackageStore::supplyMovements(const QString &incidentId,
                                                                                QString *error) const
{
    QSqlQuery query(m_connection->database());
    QString sql = QStringLiteral("SELECT depot_id, item, quantity, unit, incident_id, moved_at, user_name, travel_s "
                                 "FROM supply_movements");
    QVariantList values;
    if (!incidentId.isEmpty()) {
        sql += QStringLiteral(" WHERE incident_id = ?");
        values.append(incidentId);
    }
    if (!runStatement(query, sql + QStringLiteral(" ORDER BY fid"), values,
                      Tr::tr("%1: cannot read the supply movements").arg(m_path), error))
        return std::nullopt;
    QList<dispatch::SupplyMovement> result;
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toDouble(),
                       query.value(3).toString(), query.value(4).toString(), timeFrom(query.value(5)),
                       query.value(6).toString(), query.value(7).toDouble()});
    }
    return result;
}

bool GeoPackageStore::appendAudit(const AuditEntry &entry, QString *error)
{
    QSqlQuery query(m_connection->database());
    return runStatement(query,
                        QStringLiteral("INSERT INTO audit_log (user_name, logged_at, action, target, comment) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {entry.user, timeValue(entry.time), entry.action, entry.target, entry.comment},
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
        result.append({query.value(0).toString(), timeFrom(query.value(1)), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

} // namespace cp::storage
