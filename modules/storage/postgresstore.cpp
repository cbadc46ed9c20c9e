// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/postgresstore.h"

#include "storage/gdalsupport.h"
#include "storage/postgresschema.h"
#include "storage/registrylayers.h"
#include "storage/registryvalidation.h"
#include "storage/sqlconnection.h"
#include "storage/sqlstatement.h"
#include "storage/storeschema.h"
#include "storage/storetime.h"
#include "storage/tr.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QHash>
#include <QSysInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <utility>

namespace cp::storage {

namespace {

//! The shortest wait between two tries to reach a server that went away.
constexpr qint64 reconnectIntervalMs = 1000;

//! Rows per INSERT of feed events: one round trip each, and a statement the server plans quickly.
constexpr int eventsPerStatement = 1000;

//! \a text as a literal under standard_conforming_strings (set on every connection): only ' doubles.
void appendLiteral(QString &sql, const QString &text)
{
    if (text.isNull()) {
        sql += QLatin1String("NULL");
        return;
    }
    sql += QLatin1Char('\'');
    for (QChar c : text) {
        if (c == QLatin1Char('\''))
            sql += QLatin1String("''");
        else if (c.isNull())
            sql += QChar(0xFFFD); // PostgreSQL text cannot hold NUL; the feed parser keeps the raw item
        else
            sql += c;
    }
    sql += QLatin1Char('\'');
}

void appendNumber(QString &sql, double value)
{
    if (std::isnan(value))
        sql += QLatin1String("'NaN'");
    else if (std::isinf(value))
        sql += value > 0 ? QLatin1String("'Infinity'") : QLatin1String("'-Infinity'");
    else
        sql += QString::number(value, 'g', 17);
}

bool sessionSetup(QSqlDatabase &database, QString *failure)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("SET standard_conforming_strings = on")) && query.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return true;
    *failure = query.lastError().text().trimmed();
    return false;
}

} // namespace

QString changesAfterSql()
{
    return QStringLiteral("SELECT seq, table_name, op, row_id, actor, at FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?");
}

QList<ChangeRecord> changeRecordsFrom(QSqlQuery &query)
{
    QList<ChangeRecord> records;
    while (query.next())
        records.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), storeTimeFrom(query.value(5))});
    return records;
}

PostgresStore::PostgresStore(PostgresAddress address)
    : SqlStore(address.label), m_address(std::move(address)), m_connection(std::make_unique<SqlConnection>())
{
}

PostgresStore::~PostgresStore()
{
    releaseStatements();
    m_connection.reset();
}

QSqlDatabase &PostgresStore::database() const
{
    // Qt's QPSQL driver never reconnects: after a server restart or a killed backend every statement
    // would fail for as long as the seat runs. Reaching the data is not the store's state, so a
    // const read may make the connection again (never inside a transaction, whose statements must
    // all go to one connection).
    if (!insideTransaction() && !isConnected()
        && (!m_lastReconnect.isValid() || m_lastReconnect.elapsed() >= reconnectIntervalMs))
        const_cast<PostgresStore *>(this)->reconnect(nullptr);
    return m_connection->database();
}

bool PostgresStore::isConnected() const
{
    const QSqlDatabase &db = m_connection->database();
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    // Qt 5 names the handle's type by libpq's typedef, Qt 6 by the struct behind it.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return false;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection && PQstatus(connection) == CONNECTION_OK;
}

bool PostgresStore::checkConnection(QString *error)
{
    {
        QSqlQuery ping(database());
        if (ping.exec(QStringLiteral("SELECT 1")))
            return true;
    }
    return reconnect(error);
}

bool PostgresStore::open(QString *error)
{
    if (!m_connection->openPostgres(m_address.conninfo, m_address.label, error))
        return false;
    QString failure;
    if (!sessionSetup(m_connection->database(), &failure)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(m_address.label, failure);
        return false;
    }
    return true;
}

QString PostgresStore::connectionProblem() const { return isConnected() ? QString() : m_reconnectError; }

bool PostgresStore::reconnect(QString *error)
{
    m_lastReconnect.start();
    releaseStatements();
    QString failure;
    if (!open(&failure) || !prepareFeedStatements(&failure) || (!m_actor.isNull() && !setActor(m_actor, &failure))) {
        m_reconnectError = failure;
        if (error)
            *error = failure;
        return false;
    }
    m_reconnectError.clear();
    // The claims ended with the old connection. Take them again; one another seat took meanwhile
    // stays that seat's, and this seat's next claimFeed() hears so.
    const QSet<QString> held = std::exchange(m_claimedFeeds, {});
    for (const QString &feedId : held)
        claimFeed(feedId, nullptr, nullptr);
    return true;
}

std::optional<int> PostgresStore::storedVersion(const PostgresAddress &address, QString *error)
{
    SqlConnection connection;
    if (!connection.openPostgres(address.conninfo, address.label, error))
        return std::nullopt;
    QString failure;
    const std::optional<int> version = PostgresSchema::storedVersion(connection.database(), &failure);
    if (!version && error)
        *error = Tr::tr("%1: cannot read the schema version: %2").arg(address.label, failure);
    return version;
}

bool PostgresStore::migrate(const PostgresAddress &address, QString *error)
{
    SqlConnection connection;
    if (!connection.openPostgres(address.conninfo, address.label, error))
        return false;
    QString failure;
    const std::optional<int> version = PostgresSchema::storedVersion(connection.database(), &failure);
    if (!version || !PostgresSchema::migrate(connection.database(), *version, &failure)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(address.label, failure);
        return false;
    }
    return true;
}

bool PostgresStore::initialize(const PostgresAddress &address, QString *error)
{
    SqlConnection connection;
    if (!connection.openPostgres(address.conninfo, address.label, error))
        return false;
    QString failure;
    const std::optional<int> version = PostgresSchema::storedVersion(connection.database(), &failure);
    if (version && *version > 0) {
        if (error)
            *error = Tr::tr("%1: already holds a CommandPost schema (version %2); nothing was changed")
                         .arg(address.label)
                         .arg(*version);
        return false;
    }
    if (!version) {
        if (error)
            *error = Tr::tr("%1: cannot read the schema version: %2").arg(address.label, failure);
        return false;
    }
    if (!PostgresSchema::create(connection.database(), &failure)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(address.label, failure);
        return false;
    }
    const GdalSupport::QuietErrors quiet;
    GDALDatasetUniquePtr dataset = GdalSupport::openPostgres(address.conninfo, true);
    if (!dataset) {
        if (error)
            *error = Tr::tr("%1: GDAL cannot open the database: %2").arg(address.label, GdalSupport::lastError());
        return false;
    }
    if (dataset->StartTransaction(FALSE) != OGRERR_NONE || !RegistryLayers::createLayers(*dataset, address.label, error)
        || dataset->CommitTransaction() != OGRERR_NONE) {
        if (error && error->isEmpty())
            *error = Tr::tr("%1: cannot create the registry layers: %2").arg(address.label, GdalSupport::lastError());
        return false;
    }
    dataset.reset();
    if (!PostgresSchema::logRegistryChanges(connection.database(), RegistryLayers::layerNames(), &failure)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(address.label, failure);
        return false;
    }
    return true;
}

std::unique_ptr<PostgresStore> PostgresStore::connect(const PostgresAddress &address, QString *error)
{
    std::unique_ptr<PostgresStore> store(new PostgresStore(address));
    if (!store->open(error))
        return nullptr;
    QString failure;
    const std::optional<int> version = PostgresSchema::storedVersion(store->database(), &failure);
    if (!version) {
        if (error)
            *error = Tr::tr("%1: %2").arg(address.label, failure);
        return nullptr;
    }
    if (*version == 0) {
        if (error)
            *error = Tr::tr("%1: holds no CommandPost schema; create it with `commandpost-admin db init --db …`")
                         .arg(address.label);
        return nullptr;
    }
    if (*version != StoreSchema::currentVersion()) {
        if (error)
            *error = Tr::tr("%1: schema version %2, this build works with %3; run `commandpost-admin db migrate --db …`")
                         .arg(address.label)
                         .arg(*version)
                         .arg(StoreSchema::currentVersion());
        return nullptr;
    }
    if (!store->prepareFeedStatements(&failure)) {
        if (error)
            *error = Tr::tr("%1: %2").arg(address.label, failure);
        return nullptr;
    }
    return store;
}

bool PostgresStore::setActor(const QString &actor, QString *error)
{
    // application_name names the seat to the other seats (who holds a feed) and in pg_stat_activity.
    const QString seat = QStringLiteral("commandpost %1@%2 pid %3")
                             .arg(actor, QSysInfo::machineHostName())
                             .arg(QCoreApplication::applicationPid());
    QSqlQuery query(database());
    if (!runStatement(query, QStringLiteral("SELECT set_config('commandpost.actor', ?, false), set_config('application_name', ?, false)"),
                      {notNull(actor), seat}, Tr::tr("%1: cannot name the seat's user").arg(m_location), error))
        return false;
    m_actor = notNull(actor);
    return true;
}

std::optional<bool> PostgresStore::claimFeed(const QString &feedId, QString *holder, QString *error)
{
    if (m_claimedFeeds.contains(feedId))
        return true; // a second pg_try_advisory_lock would stack a second hold
    QSqlQuery query(database());
    const QString what = Tr::tr("%1: cannot claim feed \"%2\"").arg(m_location, feedId);
    if (!runStatement(query, QStringLiteral("SELECT pg_try_advisory_lock(?, hashtext(?))"),
                      {PostgresSchema::feedLeaseLock, feedId}, what, error)
        || !query.next())
        return std::nullopt;
    if (query.value(0).toBool()) {
        m_claimedFeeds.insert(feedId);
        return true;
    }
    if (holder) {
        // pg_locks shows the int4 key as an unsigned oid.
        QSqlQuery who(database());
        const QString sql = QStringLiteral(
            "SELECT a.application_name, host(a.client_addr), a.backend_start FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.classid = ? AND l.objid = (hashtext(?)::bigint & 4294967295)::oid AND l.objsubid = 2");
        if (runStatement(who, sql, {PostgresSchema::feedLeaseLock, feedId}, what, nullptr) && who.next())
            *holder = Tr::tr("%1 from %2 since %3")
                          .arg(who.value(0).toString(), who.value(1).toString().isEmpty() ? Tr::tr("a local socket") : who.value(1).toString(),
                               storeTimeFrom(who.value(2)).toString(Qt::ISODate));
        else
            *holder = Tr::tr("another seat");
    }
    return false;
}

std::optional<QList<ChangeRecord>> PostgresStore::changesAfter(qint64 seq, int limit, QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!runStatement(query, changesAfterSql(), {seq, limit}, Tr::tr("%1: cannot read the change log").arg(m_location), error))
        return std::nullopt;
    return changeRecordsFrom(query);
}

std::optional<qint64> PostgresStore::latestChange(QString *error) const
{
    QSqlQuery query(database());
    if (!runStatement(query, QStringLiteral("SELECT COALESCE(max(seq), 0) FROM change_log"), {},
                      Tr::tr("%1: cannot read the change log").arg(m_location), error)
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool PostgresStore::writeLayers(QString *error, const std::function<bool(GDALDataset &)> &write)
{
    const GdalSupport::QuietErrors quiet;
    GDALDatasetUniquePtr dataset = GdalSupport::openPostgres(m_address.conninfo, true);
    if (!dataset) {
        if (error)
            *error = Tr::tr("%1: cannot open for writing: %2").arg(m_location, GdalSupport::lastError());
        return false;
    }
    return write(*dataset);
}

bool PostgresStore::writeRegistry(const Registry &registry, QString *error)
{
    return validateRegistry(registry, m_location, error) && writeLayers(error, [&](GDALDataset &dataset) {
               return RegistryLayers::write(dataset, m_location, registry, error);
           });
}

bool PostgresStore::appendShelters(const QList<core::Shelter> &shelters, QString *error)
{
    return writeLayers(error, [&](GDALDataset &dataset) { return RegistryLayers::appendShelters(dataset, m_location, shelters, error); });
}

std::optional<Registry> PostgresStore::readRegistry(QString *error) const
{
    const GdalSupport::QuietErrors quiet;
    GDALDatasetUniquePtr dataset = GdalSupport::openPostgres(m_address.conninfo, false);
    if (!dataset) {
        if (error)
            *error = Tr::tr("%1: cannot open for reading: %2").arg(m_location, GdalSupport::lastError());
        return std::nullopt;
    }
    return RegistryLayers::read(*dataset, m_location, error);
}

std::optional<QVector<bool>> PostgresStore::insertFeedEvents(const QList<core::AlarmEvent> &events, const QString &feedId,
                                                             QString *failure)
{
    // One multi-row INSERT per chunk instead of a round trip per event; RETURNING names the rows
    // that were new, and an event id given twice in one batch is new only the first time.
    QVector<bool> fresh(events.size(), false);
    QHash<QString, int> firstIndex;
    firstIndex.reserve(events.size());
    QSqlQuery query(database());
    query.setForwardOnly(true);
    for (int from = 0; from < events.size(); from += eventsPerStatement) {
        const int to = std::min(static_cast<int>(events.size()), from + eventsPerStatement);
        QString sql;
        sql.reserve((to - from) * 160 + 200);
        sql += QLatin1String("INSERT INTO alarm_events (event_id, feed_id, enterprise_id, sensor_id, kind, value, unit, "
                             "occurred_at, active, message) VALUES ");
        for (int i = from; i < to; ++i) {
            const core::AlarmEvent &e = events.at(i);
            firstIndex.insert(e.id, firstIndex.value(e.id, i));
            sql += i > from ? QLatin1String(",(") : QLatin1String("(");
            appendLiteral(sql, notNull(e.id));
            sql += QLatin1Char(',');
            appendLiteral(sql, feedId);
            for (const QString *text : {&e.enterpriseId, &e.sensorId, &e.kind}) {
                sql += QLatin1Char(',');
                appendLiteral(sql, *text);
            }
            sql += QLatin1Char(',');
            appendNumber(sql, e.value);
            sql += QLatin1Char(',');
            appendLiteral(sql, e.unit);
            sql += QLatin1Char(',');
            appendLiteral(sql, storeTimeText(e.time));
            sql += e.active ? QLatin1String(",true,") : QLatin1String(",false,");
            appendLiteral(sql, e.message);
            sql += QLatin1Char(')');
        }
        sql += QLatin1String(" ON CONFLICT (feed_id, event_id) DO NOTHING RETURNING event_id");
        if (!query.exec(sql)) {
            *failure = Tr::tr("%1: cannot store the events of feed \"%2\": %3")
                           .arg(m_location, feedId, query.lastError().text().trimmed());
            return std::nullopt;
        }
        while (query.next()) {
            const int index = firstIndex.value(query.value(0).toString(), -1);
            if (index >= 0)
                fresh[index] = true;
        }
    }
    return fresh;
}

} // namespace cp::storage
