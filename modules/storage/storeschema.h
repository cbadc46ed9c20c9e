// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cp::storage {

/*!
 * \brief The operational tables, the schema-version table and the migrations between versions.
 *
 * Version 1 is what create() writes first; each later version is one migration step, applied in
 * order and each in its own transaction, so an interrupted upgrade leaves the file at the last
 * complete version (docs/data-model.md lists them). Internal to the module.
 */
class StoreSchema
{
public:
    //! The version this build writes and reads up to.
    static int currentVersion();
    //! Name of the table that records which versions were applied, and when.
    static QString versionTable();
    //! Creates the operational tables of version 1 and records version 1, in one transaction.
    static bool createVersion1(QSqlDatabase &database, QString *error);
    //! The append-only logs that grow without bound (the event log), which a start must not scan.
    static QStringList logTables();
    //! The incident workflow's state tables whose rows carry a version (schema 8), as the alarms do.
    static QStringList versionedIncidentTables();
    //! Applies every migration after \a fromVersion, each in its own transaction.
    static bool migrate(QSqlDatabase &database, int fromVersion, QString *error);
};

} // namespace cp::storage
