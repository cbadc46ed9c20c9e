// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"

#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace cp::storage {

/*!
 * \brief The feed's hot INSERT of accepted events, through SQLite's C API on the connection's own handle.
 *
 * Internal to the module. A feed commits tens of thousands of events a second; Qt's binding wraps
 * every value in a QVariant and a QSqlResult round trip, which cost more than SQLite's insert itself.
 * The statement is "INSERT OR IGNORE", so an event already stored (same feed_id and event_id) is left alone.
 * Must be destroyed before its connection closes (an unfinalised statement keeps SQLite open).
 */
class FeedEventInsert
{
public:
    FeedEventInsert() = default;
    ~FeedEventInsert();
    FeedEventInsert(const FeedEventInsert &) = delete;
    FeedEventInsert &operator=(const FeedEventInsert &) = delete;

    //! Prepares the statement on \a database, which must be an open QSQLITE connection; false with \a error if not.
    bool prepare(const QSqlDatabase &database, QString *error);

    /*!
     * Inserts \a event as an event of \a feedId inside the caller's transaction. Returns 1 when it
     * was added, 0 when the feed's event of that id was already stored, -1 on failure with SQLite's
     * message in \a error.
     */
    int insert(const core::AlarmEvent &event, const QString &feedId, QString *error);

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace cp::storage
