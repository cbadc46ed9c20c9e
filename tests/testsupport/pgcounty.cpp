// SPDX-License-Identifier: GPL-2.0-or-later
#include "pgcounty.h"

#include "pgcluster.h"
#include "testpaths.h"

#include "storage/geopackagestore.h"
#include "storage/postgresstore.h"
#include "storage/storecopy.h"

namespace cp::test {

QString createCountyDatabase(PgCluster &cluster, const QString &name, QString *error)
{
    if (!cluster.createDatabase(name, error))
        return {};
    const QString conninfo = cluster.conninfo(name);
    const std::optional<storage::PostgresAddress> address = storage::PostgresAddress::parse(conninfo, error);
    if (!address || !storage::PostgresStore::initialize(*address, error))
        return {};
    const auto from = storage::GeoPackageStore::openForReading(sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), error);
    if (!from)
        return {};
    const auto to = storage::PostgresStore::connect(*address, error);
    if (!to || !storage::copyDataSet(*from, *to, error))
        return {};
    return conninfo;
}

} // namespace cp::test
