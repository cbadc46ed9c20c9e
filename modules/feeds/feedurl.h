// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace cp::feeds {

//! True for 127.0.0.0/8, ::1 and "localhost": traffic that never leaves this machine.
bool isLoopback(const QUrl &url);

/*!
 * Why \a url cannot be a feed's base URL, translated; empty when it can. Refused: anything but an
 * http(s) URL with a host, user info in the URL (a password in a settings file or in `ps`), and,
 * when \a withToken, plain http to another machine (the token would cross the network in clear).
 */
QString feedUrlProblem(const QUrl &url, bool withToken);

/*!
 * The feed id a URL given on the command line gets: its host (lower case), port (the scheme's
 * default when none) and path, e.g. "feed.example.cn:443-api-v2". Stable for the same server, and
 * different for another, so a new server never receives another server's cursor. Free of '/', so
 * the id is one part of an alarm key.
 */
QString feedIdOf(const QUrl &url);

//! Scheme, host and port, as the Authorization header is bound to: "https://feed.example.cn:443".
QString originOf(const QUrl &url);

} // namespace cp::feeds
