// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/sqlstore.h"

#include "storage/alarmrows.h"
#include "storage/rowreader.h"
#include "storage/sqlstatement.h"
#include "storage/storetime.h"
#include "storage/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace cp::storage {

//! The batch's statements besides the events, prepared once per store (a feed commits a batch a second).
class FeedStatements
{
public:
    explicit FeedStatements(const QSqlDatabase &database) : upsertFeed(database), insertQuarantine(database) {}

    //! Prepares them; false with \a error (the database's reason) when one does not prepare.
    bool prepare(QString *error)
    {
        // The counts grow with each batch, in its transaction: `commandpost-admin status` reads them
        // without counting a log of millions of events.
        const bool ok = upsertFeed.prepare(QStringLiteral(
                            "INSERT INTO feeds (feed_id, cursor, updated_at, events_stored, quarantined) VALUES (?, ?, ?, ?, ?) "
                            "ON CONFLICT (feed_id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at, "
                            "events_stored = feeds.events_stored + excluded.events_stored, "
                            "quarantined = feeds.quarantined + excluded.quarantined"))
                        && insertQuarantine.prepare(QStringLiteral(
                            "INSERT INTO feed_quarantine (feed_id, cursor, item_index, event_id, field, reason, raw, received_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!ok)
            *error = (upsertFeed.lastError().isValid() ? upsertFeed : insertQuarantine).lastError().text();
        return ok;
    }

    QSqlQuery upsertFeed;
    QSqlQuery insertQuarantine;
};

SqlStore::SqlStore(QString location) : m_location(std::move(location)) {}

SqlStore::~SqlStore() = default;

QString SqlStore::location() const { return m_location; }

bool SqlStore::prepareFeedStatements(QString *error)
{
    m_feedStatements = std::make_unique<FeedStatements>(database());
    if (m_feedStatements->prepare(error))
        return true;
    m_feedStatements.reset();
    return false;
}

void SqlStore::releaseStatements() { m_feedStatements.reset(); }

bool SqlStore::inTransaction(const QString &what, QString *error, const std::function<bool(QString *failure)> &write)
{
    if (const QString problem = writeProblem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // A connection the server ended (a restart, a killed backend) fails at BEGIN, before anything
    // is written, and a backend that can connects again on the next use: so BEGIN gets a second try.
    if (!database().transaction() && !database().transaction()) {
        const QString problem = connectionProblem();
        if (error)
            *error = Tr::tr("%1: cannot start a transaction: %2").arg(m_location, problem.isEmpty() ? database().lastError().text() : problem);
        return false;
    }
    m_transactionOpen = true;
    QSqlDatabase &db = database();
    QString failure;
    const bool committed = write(&failure) && db.commit();
    if (!committed) {
        if (failure.isEmpty())
            failure = Tr::tr("%1: cannot commit %2: %3").arg(m_location, what, db.lastError().text());
        db.rollback();
        if (error)
            *error = failure;
    }
    m_transactionOpen = false;
    return committed;
}

std::optional<QVector<bool>> SqlStore::commitFeedBatch(const QString &feedId, const QList<core::AlarmEvent> &events,
                                                       const QList<core::QuarantinedItem> &quarantined, const QString &cursor,
                                                       const FeedBatchEffects &effects, QString *error)
{
    for (const core::AlarmEvent &event : events) {
        if (!event.feedId.isEmpty() && event.feedId != feedId) {
            if (error)
                *error = Tr::tr("%1: event \"%2\" is of feed \"%3\", not of the batch's feed \"%4\"")
                             .arg(m_location, event.id, event.feedId, feedId);
            return std::nullopt;
        }
    }
    if (!m_feedStatements) {
        if (error)
            *error = Tr::tr("%1: opened for reading only").arg(m_location);
        return std::nullopt;
    }
    std::optional<QVector<bool>> fresh;
    const bool stored = inTransaction(Tr::tr("the batch"), error, [&](QString *failure) {
        fresh = insertFeedEvents(events, feedId, failure);
        if (!fresh)
            return false;
        QSqlQuery &quarantine = m_feedStatements->insertQuarantine;
        for (const core::QuarantinedItem &item : quarantined) {
            const QVariantList values = {feedId, item.cursor, item.index, item.eventId, item.field, item.reason, item.raw,
                                         storeTimeValue(item.receivedAt)};
            for (int i = 0; i < values.size(); ++i)
                quarantine.bindValue(i, values.at(i));
            if (!quarantine.exec()) {
                *failure = Tr::tr("%1: cannot quarantine item %2 of feed \"%3\": %4")
                               .arg(m_location).arg(item.index).arg(feedId, quarantine.lastError().text());
                return false;
            }
        }
        if (effects && !writeAlarms(effects(*fresh), {}, failure))
            return false;
        QSqlQuery &upsert = m_feedStatements->upsertFeed;
        upsert.bindValue(0, feedId);
        upsert.bindValue(1, cursor);
        upsert.bindValue(2, storeTimeValue(QDateTime::currentDateTimeUtc()));
        upsert.bindValue(3, static_cast<qint64>(std::count(fresh->cbegin(), fresh->cend(), true)));
        upsert.bindValue(4, static_cast<qint64>(quarantined.size()));
        if (upsert.exec())
            return true;
        *failure = Tr::tr("%1: cannot store the cursor of feed \"%2\": %3").arg(m_location, feedId, upsert.lastError().text());
        return false;
    });
    return stored ? fresh : std::nullopt;
}

std::optional<bool> SqlStore::claimFeed(const QString &, QString *, QString *)
{
    return true; // one writer per file: the seat that opened it
}

std::optional<QString> SqlStore::feedCursor(const QString &feedId, QString *error) const
{
    QSqlQuery query(database());
    if (!runStatement(query, QStringLiteral("SELECT cursor FROM feeds WHERE feed_id = ?"), {feedId},
                      Tr::tr("%1: cannot read the cursor of feed \"%2\"").arg(m_location, feedId), error))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<QList<core::AlarmEvent>> SqlStore::feedEvents(const QString &feedId, QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!runStatement(query,
                      QStringLiteral("SELECT event_id, feed_id, enterprise_id, sensor_id, kind, value, unit, active, "
                                     "occurred_at, message FROM alarm_events WHERE feed_id = ? ORDER BY fid"),
                      {feedId}, Tr::tr("%1: cannot read the events of feed \"%2\"").arg(m_location, feedId), error))
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

std::optional<QList<core::QuarantinedItem>> SqlStore::quarantinedItems(const QString &feedId, int limit,
                                                                              QString *error) const
{
    QSqlQuery query(database());
    if (!runStatement(query,
                      QStringLiteral("SELECT feed_id, cursor, item_index, event_id, raw, field, reason, received_at "
                                     "FROM feed_quarantine WHERE feed_id = ? ORDER BY fid DESC LIMIT ?"),
                      {feedId, limit}, Tr::tr("%1: cannot read the quarantined items of feed \"%2\"").arg(m_location, feedId),
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

bool SqlStore::saveFeedStatus(const core::FeedStatus &f, QString *error)
{
    QSqlQuery query(database());
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
        Tr::tr("%1: cannot store the status of feed \"%2\"").arg(m_location, f.feedId), error);
}

std::optional<QList<core::FeedStatus>> SqlStore::feeds(QString *error) const
{
    QSqlQuery query(database());
    if (!runStatement(query,
                      QStringLiteral("SELECT feed_id, url, cursor, events_stored, quarantined, COALESCE(health, 'up'), "
                                     "health_reason, last_success, last_error, last_error_at, events_today, "
                                     "COALESCE(lag_ms, -1), status_at FROM feeds ORDER BY feed_id"),
                      {}, Tr::tr("%1: cannot read the feeds").arg(m_location), error))
        return std::nullopt;
    QList<core::FeedStatus> result;
    RowReader reader(m_location, "feeds");
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

bool SqlStore::writeAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *failure)
{
    QSqlQuery query(database());
    if (!alarms.isEmpty() && !query.prepare(alarmrows::upsertSql())) {
        *failure = Tr::tr("%1: cannot store the alarms: %2").arg(m_location, query.lastError().text());
        return false;
    }
    for (const core::Alarm &alarm : alarms) {
        const QVariantList values = alarmrows::values(alarm);
        for (int v = 0; v < values.size(); ++v)
            query.bindValue(v, values.at(v));
        if (!query.exec()) {
            *failure = Tr::tr("%1: cannot store alarm \"%2\": %3").arg(m_location, alarm.key.toString(), query.lastError().text());
            return false;
        }
        if (query.numRowsAffected() == 0) {
            *failure = Tr::tr("%1: alarm \"%2\" was changed by another seat since this seat read it (version %3)")
                           .arg(m_location, alarm.key.toString())
                           .arg(alarm.rowVersion);
            return false;
        }
    }
    for (const AuditEntry &entry : audit) {
        if (!appendAudit(entry, failure))
            return false;
    }
    return true;
}

bool SqlStore::saveAlarms(const QList<core::Alarm> &alarms, const QList<AuditEntry> &audit, QString *error)
{
    return inTransaction(Tr::tr("the alarms"), error,
                         [&](QString *failure) { return writeAlarms(alarms, audit, failure); });
}

std::optional<QList<core::Alarm>> SqlStore::readAlarms(const QString &where, const QVariantList &values, QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!runStatement(query, alarmrows::selectSql() + where + QStringLiteral(" ORDER BY enterprise_id, sensor_id, kind"), values,
                      Tr::tr("%1: cannot read the alarms").arg(m_location), error))
        return std::nullopt;
    QList<core::Alarm> result;
    RowReader reader(m_location, "alarms");
    while (query.next())
        result.append(alarmrows::read(query, reader));
    if (reader.failed(error))
        return std::nullopt;
    return result;
}

std::optional<QList<core::Alarm>> SqlStore::openAlarms(QString *error) const
{
    return readAlarms(QStringLiteral(" WHERE state <> 'normal'"), {}, error);
}

std::optional<QList<core::Alarm>> SqlStore::alarms(QString *error) const { return readAlarms(QString(), {}, error); }

std::optional<QList<core::Alarm>> SqlStore::alarmsWithKeys(const QStringList &keys, QString *error) const
{
    if (keys.isEmpty())
        return QList<core::Alarm>();
    QVariantList values;
    for (const QString &key : keys)
        values.append(key);
    const QString placeholders = QStringLiteral("?,").repeated(keys.size()).chopped(1);
    return readAlarms(QStringLiteral(" WHERE enterprise_id || '/' || sensor_id || '/' || kind IN (%1)").arg(placeholders), values, error);
}

bool SqlStore::appendAudit(const AuditEntry &entry, QString *error)
{
    QSqlQuery query(database());
    return runStatement(query,
                        QStringLiteral("INSERT INTO audit_log (user_name, logged_at, action, target, comment) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {entry.user, storeTimeValue(entry.time), entry.action, entry.target, entry.comment},
                        Tr::tr("%1: cannot append to the audit log").arg(m_location), error);
}

std::optional<QList<AuditEntry>> SqlStore::auditLog(QString *error) const
{
    QSqlQuery query(database());
    if (!runStatement(query,
                      QStringLiteral("SELECT user_name, logged_at, action, target, comment FROM audit_log ORDER BY fid"),
                      {}, Tr::tr("%1: cannot read the audit log").arg(m_location), error))
        return std::nullopt;
    QList<AuditEntry> result;
    while (query.next()) {
        result.append({query.value(0).toString(), storeTimeFrom(query.value(1)), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

} // namespace cp::storage
