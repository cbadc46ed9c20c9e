// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedsettingsreader.h"

#include "feeds/tr.h"

#include <QSettings>

namespace cp::feeds {

namespace {
bool isFeedUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
           && !url.host().isEmpty();
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
    if (!ok || value < minimum) {
        *bad = Tr::tr("%1 = \"%2\" must be a whole number ≥ %3").arg(name, s.value(name).toString()).arg(minimum);
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
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        FeedSettings f;
        f.id = settings.value(QStringLiteral("id"), QStringLiteral("feed%1").arg(i + 1)).toString();
        f.baseUrl = QUrl(settings.value(QStringLiteral("url")).toString());
        f.token = settings.value(QStringLiteral("token")).toString();
        f.caFile = settings.value(QStringLiteral("ca_file")).toString();
        QString bad;
        if (!isFeedUrl(f.baseUrl))
            bad = Tr::tr("url = \"%1\" must be an http or https URL").arg(settings.value(QStringLiteral("url")).toString());
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
    if (!isFeedUrl(parsed)) {
        *error = Tr::tr("--feed \"%1\" must be an http or https URL").arg(url);
        return f;
    }
    f.id = QStringLiteral("cli");
    f.baseUrl = parsed;
    f.token = token;
    f.caFile = caFile;
    return f;
}

} // namespace cp::feeds
