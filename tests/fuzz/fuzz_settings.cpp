// SPDX-License-Identifier: GPL-2.0-or-later
// A settings file given with --feeds (docs/feed-api.md "Settings file"): the feeds array and the
// alarm engine's group. Every feed returned has an id, a URL it may use with its token and positive
// intervals; whatever is refused is named.
#include "alarms/alarmsettingsreader.h"
#include "feeds/feedsettingsreader.h"
#include "feeds/feedurl.h"
#include "fuzzsupport.h"

#include <QSettings>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QSettings settings(cp::fuzz::writeInput(data, size, QStringLiteral("feeds.ini")), QSettings::IniFormat);
    QStringList errors;
    const QList<cp::feeds::FeedSettings> feeds = cp::feeds::readFeedSettings(settings, &errors);
    for (const cp::feeds::FeedSettings &feed : feeds) {
        if (feed.id.isEmpty() || !feed.baseUrl.isValid() || feed.intervalMs <= 0 || feed.timeoutMs <= 0
            || feed.pageLimit <= 0 || feed.maxBodyBytes <= 0
            || !cp::feeds::feedUrlProblem(feed.baseUrl, !feed.token.isEmpty()).isEmpty()) {
            std::fprintf(stderr, "taken: id \"%s\", url \"%s\", interval %d, timeout %d, page %d, body %lld\n",
                         qPrintable(feed.id), qPrintable(feed.baseUrl.toString()), feed.intervalMs, feed.timeoutMs,
                         feed.pageLimit, static_cast<long long>(feed.maxBodyBytes));
            std::abort();
        }
    }
    cp::alarms::readAlarmEngineSettings(settings, &errors);
    for (const QString &error : errors) {
        if (error.isEmpty())
            std::abort();
    }
    return 0;
}
