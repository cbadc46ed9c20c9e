// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace cp::app {

struct CommandLine;

/*!
 * \brief `commandpost --headless`: feeds → sector plugins → alarm engine → store, without a window.
 *
 * Creates its own QCoreApplication (no display, no QGIS). At start the engine learns the store's
 * event ids (so a resent event is a duplicate) and the feed resumes from the store's committed
 * cursor. SIGTERM or SIGINT, or the end of --run-for, stops polling, aborts the request in flight
 * (its batch was not committed, so it is fetched again next time) and closes the store.
 * \returns the process exit code: 0 done, 2 the store cannot be opened, 1 anything else.
 */
int runHeadlessIngest(int argc, char **argv, const CommandLine &options);

} // namespace cp::app
