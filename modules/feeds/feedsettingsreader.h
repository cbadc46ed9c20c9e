// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feedsettings.h"

#include <QList>
#include <QStringList>

class QSettings;

namespace cp::feeds {

/*!
 * \brief Reads the feeds configured in \a settings: array "feeds" with keys id, url, token_file,
 * ca_file, interval_ms, timeout_ms, page_limit, max_body_bytes, down_after_failures,
 * stale_after_ms (docs/feed-api.md). Missing keys keep FeedSettings' defaults.
 *
 * A feed with a bad entry is left out and \a errors gets one translated message naming the
 * feed, the key and the value; the other feeds are returned. Refused besides bad values: a
 * `token` key (the file is no place for a secret), a token_file others may read or write, a URL
 * with user info, a token over plain http to anything but this machine (feedUrlProblem()), an
 * empty id and an id another feed has (they would share a cursor); a number beyond its field's
 * type; and an array of more than maxFeeds, refused whole.
 */
QList<FeedSettings> readFeedSettings(QSettings &settings, QStringList *errors);

//! The most feeds one settings file may list (a county has a handful); a larger "size" is refused whole.
constexpr int maxFeeds = 256;

/*!
 * \brief One feed from the command line (--feed URL, its token from the environment); its id is
 * derived from the URL (feedIdOf()), so another server never resumes from this one's cursor.
 * \returns settings with an empty id, and \a error set, when \a url is refused (feedUrlProblem()).
 */
FeedSettings feedSettingsFromUrl(const QString &url, const QString &token, const QString &caFile, QString *error);

} // namespace cp::feeds
