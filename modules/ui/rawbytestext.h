// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace cp::ui {

/*!
 * \a raw bytes from outside (a quarantined feed item) as text that is safe to show: valid UTF-8 is
 * shown as text with unprintable characters as \\uXXXX, anything else byte by byte with the
 * non-ASCII ones as \\xNN; cut to \a maxCharacters with "…" at the end.
 */
QString rawBytesText(const QByteArray &raw, int maxCharacters);

} // namespace cp::ui
