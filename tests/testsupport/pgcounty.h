// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace cp::test {

class PgCluster;

/*!
 * Creates database \a name in the running \a cluster with the CommandPost schema and the shipped
 * demo county in it, as `commandpost-admin db init` and `db import` put them there. Returns its
 * conninfo, or an empty string with \a error set.
 */
QString createCountyDatabase(PgCluster &cluster, const QString &name, QString *error);

} // namespace cp::test
