// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"
#include "storage/tr.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace cp::storage {

/*!
 * \brief Reads enum keys from operational rows; an unknown key (a file edited by hand) names the
 * store, table, record, column and value. Internal to the module.
 */
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

} // namespace cp::storage
