// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedurl.h"

#include "feeds/tr.h"

#include <QHostAddress>

namespace cp::feeds {

namespace {
int portOf(const QUrl &url) { return url.port(url.scheme() == QLatin1String("https") ? 443 : 80); }
} // namespace

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QString feedUrlProblem(const QUrl &url, bool withToken)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return Tr::tr("url = \"%1\" must be an http or https URL").arg(shown);
    if (!url.userInfo().isEmpty())
        return Tr::tr("url = \"%1\": a user name or password in the URL is refused; give the token with token_file or COMMANDPOST_FEED_TOKEN")
            .arg(shown);
    if (withToken && url.scheme() == QLatin1String("http") && !isLoopback(url))
        return Tr::tr("url = \"%1\": a token is only sent over https (plain http only to this machine)").arg(shown);
    return {};
}

QString feedIdOf(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path.replace(QLatin1Char('/'), QLatin1Char('-'));
    return url.host().toLower() + QLatin1Char(':') + QString::number(portOf(url)) + path;
}

QString originOf(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') + QString::number(portOf(url));
}

} // namespace cp::feeds
