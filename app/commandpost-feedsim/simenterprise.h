// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace cp::feedsim {

//! An enterprise the simulator raises alarms for: its id, sector and position (EPSG:4548 metres).
struct SimEnterprise
{
    QString id;
    QString sectorId;
    QString category;
    double x = 0;
    double y = 0;
};

/*!
 * \brief Reads layer "enterprises" (fields id, sector, category; point geometry) of the GeoPackage
 * \a path with GDAL/OGR. Returns an empty list and sets \a error (naming file, layer, feature and
 * field) when it cannot.
 */
QList<SimEnterprise> loadEnterprises(const QString &path, QString *error);

/*!
 * \brief \a count synthetic enterprises E0001 … for tests, sectors in turn hazchem, coalmine,
 * gas, fireworks, at positions drawn from \a seed inside Liangshan County's extent.
 */
QList<SimEnterprise> syntheticEnterprises(int count, quint32 seed);

} // namespace cp::feedsim
