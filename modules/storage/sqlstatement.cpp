// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/sqlstatement.h"

#include "storage/tr.h"

#include <QSqlError>
#include <QVariant>

namespace cp::storage {

QString versionedUpsertSql(const QString &table, const QStringList &columns, int keyColumns)
{
    QStringList updates;
    for (int i = keyColumns; i < columns.size(); ++i)
        updates.append(columns[i] + QStringLiteral(" = excluded.") + columns[i]);
    return QStringLiteral("INSERT INTO %1 (%2, row_version) VALUES (%3? + 1) ON CONFLICT(%4) DO UPDATE SET %5, "
                          "row_version = %1.row_version + 1 WHERE %1.row_version = ?")
        .arg(table, columns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(columns.size()),
             columns.mid(0, keyColumns).join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

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

bool runInTransaction(QSqlDatabase &database, const QString &what, QString *error,
                      const std::function<bool(QSqlQuery &)> &step)
{
    if (!database.transaction()) {
        if (error)
            *error = Tr::tr("%1: %2").arg(what, database.lastError().text());
        return false;
    }
    bool ok = false;
    QString message;
    {
        QSqlQuery query(database);
        ok = step(query);
        if (!ok)
            message = query.lastError().text();
    }
    if (ok && database.commit())
        return true;
    if (ok)
        message = database.lastError().text();
    database.rollback();
    if (error)
        *error = Tr::tr("%1: %2").arg(what, message);
    return false;
}

} // namespace cp::storage
