// SPDX-License-Identifier: GPL-2.0-or-later
#include "liveconfig.h"

#include "commandline.h"

#include "alarms/alarmsettingsreader.h"
#include "feeds/feedsettingsreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace cp::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::app)
};
} // namespace

QString seatUser() { return qEnvironmentVariable("USER", QStringLiteral("duty")); }

bool liveSessionConfig(const CommandLine &options, const QUrl &demoFeed, live::LiveSessionConfig *config,
                       QStringList *problems, QString *error)
{
    config->storePath = options.dataPath;
    config->databaseAddress = options.databaseAddress;
    config->user = seatUser();
    if (!options.feedsPath.isEmpty()) {
        if (!QFileInfo(options.feedsPath).isReadable()) {
            *error = Tr::tr("--feeds %1: the file cannot be read").arg(options.feedsPath);
            return false;
        }
        QSettings settings(options.feedsPath, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            *error = Tr::tr("--feeds %1: not a settings file (INI format, docs/feed-api.md)").arg(options.feedsPath);
            return false;
        }
        config->feeds = feeds::readFeedSettings(settings, problems);
        config->engine = alarms::readAlarmEngineSettings(settings, problems);
    }
    if (!options.feedUrl.isEmpty()) {
        QString feedError;
        const feeds::FeedSettings feed = feeds::feedSettingsFromUrl(
            options.feedUrl, qEnvironmentVariable("COMMANDPOST_FEED_TOKEN"), QString(), &feedError);
        if (feed.id.isEmpty())
            problems->append(feedError);
        else
            config->feeds.append(feed);
    }
    if (demoFeed.isValid()) {
        QString feedError;
        feeds::FeedSettings demo = feeds::feedSettingsFromUrl(demoFeed.toString(), QString(), QString(), &feedError);
        demo.id = QStringLiteral("demo");
        config->feeds.append(demo);
    }
    return true;
}

} // namespace cp::app
