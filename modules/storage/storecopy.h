// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/store.h"

#include <optional>

namespace cp::storage {

//! What copyDataSet() carried over.
struct CopySummary
{
    int registryRecords = 0;
    int responsePlans = 0;
    int alarms = 0;
    int incidents = 0;
    int auditEntries = 0;
    int feeds = 0;
};

/*!
 * Copies a county data set from \a from into \a to, which holds none yet: the registry, the
 * response plans, every alarm's state, the incident workflow's records, the audit log and each
 * feed's cursor and health (`commandpost-admin db import` and `db export`). The feeds' event log
 * stays behind (it can hold millions of rows and no seat reads it back); with the cursors a feed
 * resumes where it was. Refuses a target that already has enterprises or incidents. Returns what
 * was copied, or nullopt with \a error naming the store and the part that failed.
 */
std::optional<CopySummary> copyDataSet(const Store &from, Store &to, QString *error);

/*!
 * Copies the data set of \a from into a new GeoPackage at \a path (`db export`): written under a
 * temporary name beside it and renamed once complete, so a copy that fails part-way leaves
 * nothing behind and the next attempt is not refused for a half-written file. Never writes over
 * an existing file. nullopt with \a error as copyDataSet() gives it.
 */
std::optional<CopySummary> exportDataSet(const Store &from, const QString &path, QString *error);

} // namespace cp::storage
