// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/alarmevent.h"
#include "core/dispatchorder.h"
#include "core/incident.h"
#include "storage/auditentry.h"
#include "storage/registry.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace cp::test {

//! A small registry with at least one record of every layer, every field set to a non-default value.
storage::Registry sampleRegistry();

//! The alarm row of tests/data/storage/v1.gpkg, in the columns schema version 1 had.
struct V1Alarm
{
    QString id; //!< the event that raised it
    QString enterpriseId;
    QString sensorId;
    QString kind;
    double value;
    QString unit;
    double threshold;
    core::AlarmState state;
    core::AlarmPriority priority;
    QDateTime raisedAt;
    QDateTime updatedAt;
    QString message;
};

//! The operational rows of tests/data/storage/v1.gpkg, beside its registry.
struct FixtureOperations
{
    QString feedId;
    QList<core::AlarmEvent> events; //!< active and message were not stored before version 4
    QString cursor;
    V1Alarm alarm;
    core::Incident incident;
    core::DispatchOrder order;
    storage::AuditEntry audit;
};

/*!
 * What tests/data/storage/v1.gpkg holds: v1FixtureRegistry() and v1FixtureOperations(), written
 * by the schema-1 code. Frozen with the file: the migration test compares an upgraded copy with
 * these, so they never change (sampleRegistry() may).
 */
storage::Registry v1FixtureRegistry();
FixtureOperations v1FixtureOperations();
/*!
 * The first difference between two registries as "layer[index].field: read != written", or an
 * empty string when they hold the same records. Positions compare to 1e-8° (≈1 mm), which
 * the EPSG:4548 round trip keeps far inside.
 */
QString registryDifference(const storage::Registry &read, const storage::Registry &written);

/*!
 * Runs \a sql on \a path through a plain SQLite connection of its own (not the store's) and
 * returns the first column of the first row, a null QVariant when there is no row, or nullopt
 * when the statement fails.
 */
std::optional<QVariant> sqliteValue(const QString &path, const QString &sql);

/*!
 * Runs \a sql on the GeoPackage \a path through GDAL, as an edit in QGIS would: GDAL's connection
 * has the ST_ functions the R-tree triggers of feature tables call. Returns false when GDAL reports an error.
 */
bool gdalExecute(const QString &path, const QString &sql);

//! The file's SHA-256, or an empty array when it cannot be read.
QByteArray fileChecksum(const QString &path);

} // namespace cp::test
