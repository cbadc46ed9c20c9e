// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace cp::storage {

// Statement helpers shared by the GeoPackage store's files. Internal to the module.

/*!
 * "INSERT … ON CONFLICT(key) DO UPDATE SET …" over a row version: one row per key (the first of
 * \a keyColumns columns), keeping its fid, written as version v + 1, and over an existing row only
 * when it is still at v (the \c row_version column). Bind the columns' values, then v twice. When
 * another seat wrote the row since, no row changes (numRowsAffected() is 0) and the caller refuses.
 */
QString versionedUpsertSql(const QString &table, const QStringList &columns, int keyColumns = 1);

//! Prepares and runs \a sql with \a values bound in order; on failure sets \a error to "what: reason".
bool runStatement(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what, QString *error);

/*!
 * Runs \a step on one query in a transaction of \a database; on failure rolls back and sets
 * \a error to "what: reason" (the query's, or the database's when the commit fails).
 */
bool runInTransaction(QSqlDatabase &database, const QString &what, QString *error,
                      const std::function<bool(QSqlQuery &)> &step);

//! \a text as a value for a NOT NULL column: an empty string, never NULL.
inline QString notNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

} // namespace cp::storage
