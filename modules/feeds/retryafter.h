// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace cp::feeds {

/*!
 * \brief The delay an HTTP Retry-After header asks for (RFC 9110 §10.2.3), in milliseconds.
 *
 * Accepts delay-seconds ("120") and an HTTP-date ("Sun, 29 Nov 2026 03:12:45 GMT", relative to
 * \a now). Returns -1 when the header is empty or neither form; 0 for a date in the past.
 */
qint64 parseRetryAfter(const QByteArray &header, const QDateTime &now);

} // namespace cp::feeds
