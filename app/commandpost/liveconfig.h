// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "live/livesessionconfig.h"

#include <QStringList>
#include <QUrl>

namespace cp::app {

struct CommandLine;

/*!
 * \brief The live session a seat runs, from its command line: the feeds of `--feeds FILE` (array
 * "feeds") and its engine settings (group "alarms"), the feed of `--feed URL` (its token from
 * COMMANDPOST_FEED_TOKEN), and \a demoFeed, the demo simulator's URL when it runs.
 *
 * A feed with a bad entry is left out and named in \a problems; the others run. Returns false
 * with \a error when the settings file cannot be read at all.
 */
bool liveSessionConfig(const CommandLine &options, const QUrl &demoFeed, live::LiveSessionConfig *config,
                       QStringList *problems, QString *error);

//! Who the officer's actions are recorded as until sign-in exists: the login name.
QString seatUser();

} // namespace cp::app
