// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace cp::storage {

/*!
 * \brief Decides, without writing a byte, whether a file is a CommandPost store this build can open.
 *
 * Checks in order: a regular readable file; the SQLite header; the size the header promises
 * (truncation); PRAGMA application_id = 'GPKG'; PRAGMA quick_check; our commandpost_schema table
 * and a version no newer than this build's. It opens SQLite read-only and, when no -wal/-shm file
 * exists, immutable, so a rejected file is left byte-identical with no files beside it.
 * Internal to the module.
 */
class StoreFileInspector
{
public:
    //! The file's schema version, or nullopt with \a error naming the file and the problem.
    static std::optional<int> storedSchemaVersion(const QString &path, QString *error);
};

} // namespace cp::storage
