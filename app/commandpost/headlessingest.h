// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace cp::app {

struct CommandLine;

/*!
 * \brief `commandpost --headless`: the desk's live session (live::LiveSession) without a window.
 *
 * Creates its own QCoreApplication (no display, no QGIS) and runs the feeds of --feeds and --feed
 * into --data: the session restores the store's open alarms and resumes each feed from its
 * committed cursor. SIGTERM or SIGINT, or the end of --run-for, stops polling, aborts the request
 * in flight (its batch was not committed, so it is fetched again next time) and closes the store.
 * \returns the process exit code: 0 done, 2 the store cannot be opened or written, or no feed
 * could be configured; 1 anything else.
 */
int runHeadlessIngest(int argc, char **argv, const CommandLine &options);

} // namespace cp::app
