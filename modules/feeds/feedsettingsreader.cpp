// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedsettingsreader.h"

#include "feeds/feedurl.h"
#include "feeds/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <limits>

namespace cp::feeds {

namespace {
constexpr qint64 maxTokenBytes = 4096;

/*!
 * The token in \a path (relative to the settings file's folder), trimmed. Refused when others could
 * read or change it: a token readable by every account on the seat is no secret.
 */
bool readTokenFile(const QSettings &settings, const QString &path, QString *token, QString *bad)
{
    const QString file = QFileInfo(path).isAbsolute() ? path : QFileInfo(settings.fileName()).dir().filePath(path);
    const QFileInfo info(file);
    if (!info.isFile()) {
        *bad = Tr::tr("token_file = \"%1\": no such file").arg(file);
        return false;
    }
    const auto shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.permissions() & shared) {
        *bad = Tr::tr("token_file = \"%1\" can be read or written by other users; allow only its owner (chmod 600)").arg(file);
        return false;
    }
    QFile f(file);
    if (info.size() > maxTokenBytes || !f.open(QIODevice::ReadOnly)) {
        *bad = Tr::tr("token_file = \"%1\" cannot be read or is larger than %2 bytes").arg(file).arg(maxTokenBytes);
        return false;
    }
    *token = QString::fromUtf8(f.read(maxTokenBytes)).trimmed();
    if (token->isEmpty()) {
        *bad = Tr::tr("token_file = \"%1\" is empty").arg(file);
        return false;
    }
    return true;
}

// Reads a whole number key into target when present; false when present but not a number in range.
template<typename Number>
bool readNumber(const QSettings &s, const char *key, Number &target, qint64 minimum, QString *bad)
{
    const QString name = QString::fromLatin1(key);
    if (!s.contains(name))
        return true;
    bool ok = false;
    const qint64 value = s.value(name).toString().toLongLong(&ok);
    if (!ok || value < minimum || value > std::numeric_limits<Number>::max()) {
        *bad = Tr::tr("%1 = \"%2\" must be a whole number from %3 to %4")
                   .arg(name, s.value(name).toString())
                   .arg(minimum)
                   .arg(static_cast<qint64>(std::numeric_limits<Number>::max()));
        return false;
    }
    target = static_cast<Number>(value);
    return true;
}
} // namespace

QList<FeedSettings> readFeedSettings(QSettings &settings, QStringList *errors)
{
    QList<FeedSettings> feeds;
    const int count = settings.beginReadArray(QStringLiteral("feeds"));
    if (count > maxFeeds) {
        // Found by tests/fuzz/settings: "size=2777216" spun for half a minute through empty entries.
        settings.endArray();
        errors->append(Tr::tr("feeds/size = %1: at most %2 feeds are read; no feed is started").arg(count).arg(maxFeeds));
        return feeds;
    }
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        FeedSettings f;
        f.id = settings.value(QStringLiteral("id"), QStringLiteral("feed%1").arg(i + 1)).toString();
        f.baseUrl = QUrl(settings.value(QStringLiteral("url")).toString());
        f.caFile = settings.value(QStringLiteral("ca_file")).toString();
        QString bad;
        // The id keys the feed's cursor and events: two feeds on one id would share them.
        const auto sameId = std::find_if(feeds.cbegin(), feeds.cend(), [&f](const FeedSettings &g) { return g.id == f.id; });
        if (f.id.trimmed().isEmpty())
            bad = Tr::tr("id = \"%1\" must not be empty").arg(f.id);
        else if (sameId != feeds.cend())
            bad = Tr::tr("id = \"%1\" is already the id of another feed").arg(f.id);
        else if (settings.contains(QStringLiteral("token")))
            bad = Tr::tr("a token in the settings file is refused: name a file only its owner can read with token_file");
        else if (settings.contains(QStringLiteral("token_file")))
            readTokenFile(settings, settings.value(QStringLiteral("token_file")).toString(), &f.token, &bad);
        if (bad.isEmpty())
            bad = feedUrlProblem(f.baseUrl, !f.token.isEmpty());
        const bool numbersOk = bad.isEmpty()
                               && readNumber(settings, "interval_ms", f.intervalMs, 1, &bad)
                               && readNumber(settings, "timeout_ms", f.timeoutMs, 1, &bad)
                               && readNumber(settings, "page_limit", f.pageLimit, 1, &bad)
                               && readNumber(settings, "max_body_bytes", f.maxBodyBytes, 1024, &bad)
                               && readNumber(settings, "down_after_failures", f.health.downAfterFailures, 1, &bad)
                               && readNumber(settings, "stale_after_ms", f.health.staleAfterMs, 1, &bad);
        if (!numbersOk) {
            errors->append(Tr::tr("Feed %1 (feeds/%2): %3; the feed is not started").arg(f.id).arg(i + 1).arg(bad));
            continue;
        }
        feeds.append(f);
    }
    settings.endArray();
    return feeds;
}

FeedSettings feedSettingsFromUrl(const QString &url, const QString &token, const QString &caFile, QString *error)
{
    FeedSettings f;
    const QUrl parsed(url);
    const QString problem = feedUrlProblem(parsed, !token.isEmpty());
    if (!problem.isEmpty()) {
        *error = Tr::tr("--feed: %1").arg(problem);
        return f;
    }
    f.id = feedIdOf(parsed);
    f.baseUrl = parsed;
    f.token = token;
    f.caFile = caFile;
    return f;
}

} // namespace cp::feeds
