// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace cp::storage {

/*!
 * \brief Where a shared PostgreSQL database is, as `--db` names it.
 *
 * Three spellings, as libpq's own tools take them: a URI (postgresql://user@host:5432/county), a
 * conninfo ("host=… dbname=…") or a service name from pg_service.conf. A password is refused in
 * every spelling: the address is on the command line, which `ps` shows to every user; libpq reads
 * the password from ~/.pgpass (PGPASSFILE) or PGPASSWORD instead.
 */
struct PostgresAddress
{
    //! libpq conninfo, "key=value" pairs, with no password.
    QString conninfo;
    //! For messages and status: the address as given.
    QString label;

    //! Parses \a text; nullopt with \a error naming the problem.
    static std::optional<PostgresAddress> parse(const QString &text, QString *error);
    //! Whether \a text names a PostgreSQL database rather than a GeoPackage file.
    static bool looksLikePostgres(const QString &text);
};

} // namespace cp::storage
