// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace cp::admin {

/*!
 * `commandpost-admin status --data FILE|--db ADDRESS [--json]`: the store's feeds (cursor, health, stored and
 * quarantined counts) and its open alarms by state and priority, read without writing (the desk
 * may be running on the file). Returns the exit code: 0, 2 for bad arguments or a file that is
 * not a store of this version, 1 for a read error.
 */
int runStatus(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace cp::admin
