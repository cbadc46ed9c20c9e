// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace cp::admin {

/*!
 * `commandpost-admin db init|migrate|import FILE.gpkg|export FILE.gpkg --db ADDRESS`: creates the
 * shared PostgreSQL/PostGIS schema, brings it to this build's version, copies a county data set
 * in from a GeoPackage or out to a new one for offline work. Exit code 0, 2 for bad arguments or a
 * refused database or file, 1 for a failure on the way.
 */
int runDb(const QStringList &arguments, QTextStream &out, QTextStream &err);

/*!
 * `commandpost-admin follow --db ADDRESS [--since SEQ] [--once]`: prints each change of the shared
 * database as one JSON line {"seq", "table", "op", "id", "actor", "at"}, from now or after SEQ;
 * with --once it stops at the latest change. Runs until interrupted otherwise, reconnecting on its own.
 */
int runFollow(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cp::admin
