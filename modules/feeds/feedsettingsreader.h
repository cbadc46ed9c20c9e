// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/feedsettings.h"

#include <QList>
#include <QStringList>

class QSettings;

namespace cp::feeds {

/*!
 * \brief Reads the feeds configured in \a settings: array "feeds" with keys id, url, token,
 * ca_file, interval_ms, timeout_ms, page_limit, max_body_bytes, down_after_failures,
 * stale_after_ms (docs/feed-api.md). Missing keys keep FeedSettings' defaults.
 *
 * A feed with a bad entry is left out and \a errors gets one translated message naming the
 * feed, the key and the value; the other feeds are returned.
 */
QList<FeedSettings> readFeedSettings(QSettings &settings, QStringList *errors);

/*!
 * \brief One feed from the command line (--feed URL [--token T] [--ca-file F]); id "cli".
 * \returns settings with an empty id, and \a error set, when \a url is not an http(s) URL.
 */
FeedSettings feedSettingsFromUrl(const QString &url, const QString &token, const QString &caFile, QString *error);

} // namespace cp::feeds
