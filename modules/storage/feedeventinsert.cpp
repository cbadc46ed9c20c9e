// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/feedeventinsert.h"

#include "storage/storetime.h"
#include "storage/tr.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace cp::storage {

namespace {

//! Binds \a text as UTF-16 without copying: \a text outlives the statement's step.
int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (text.isNull())
        return sqlite3_bind_null(statement, index);
    return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

} // namespace

FeedEventInsert::~FeedEventInsert()
{
    sqlite3_finalize(m_statement);
}

bool FeedEventInsert::prepare(const QSqlDatabase &database, QString *error)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    // Qt's SQLite driver hands out its sqlite3* under this type name (Qt 5 and 6 alike).
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = Tr::tr("the database connection is not SQLite");
        return false;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    static const char sql[] = "INSERT OR IGNORE INTO alarm_events (event_id, feed_id, enterprise_id, sensor_id, kind, value, unit, "
                              "occurred_at, active, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
    if (sqlite3_prepare_v3(m_handle, sql, sizeof sql, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        return false;
    }
    return true;
}

int FeedEventInsert::insert(const core::AlarmEvent &event, const QString &feedId, QString *error)
{
    char time[storeTimeLength + 1];
    const bool usual = formatStoreTime(event.time, time);
    // No time, or a year outside 0–9999: rare, so only then is a text allocated.
    const QByteArray unusual = usual ? QByteArray() : storeTimeText(event.time).toUtf8();
    const int bound[] = {
        bindText(m_statement, 1, event.id),
        bindText(m_statement, 2, feedId),
        bindText(m_statement, 3, event.enterpriseId),
        bindText(m_statement, 4, event.sensorId),
        bindText(m_statement, 5, event.kind),
        sqlite3_bind_double(m_statement, 6, event.value),
        bindText(m_statement, 7, event.unit),
        usual               ? sqlite3_bind_text(m_statement, 8, time, storeTimeLength, SQLITE_STATIC)
        : unusual.isEmpty() ? sqlite3_bind_null(m_statement, 8)
                            : sqlite3_bind_text(m_statement, 8, unusual.constData(), static_cast<int>(unusual.size()), SQLITE_STATIC),
        sqlite3_bind_int(m_statement, 9, event.active ? 1 : 0),
        bindText(m_statement, 10, event.message),
    };
    int rc = SQLITE_DONE;
    for (int b : bound)
        if (b != SQLITE_OK)
            rc = b;
    if (rc == SQLITE_DONE)
        rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(m_statement);
        return -1;
    }
    const int added = sqlite3_changes(m_handle);
    sqlite3_reset(m_statement); // done with the bound strings, which the caller may now free
    return added;
}

} // namespace cp::storage
