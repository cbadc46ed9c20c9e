// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace cp::app {

/*!
 * \brief A fresh, writable copy of the shipped demo data set in the user's data folder.
 *
 * The shipped file stays untouched (installed, it is read-only; in a checkout, it is the committed
 * file), while the demo session writes its alarms and incidents to the copy. Returns the copy's
 * path, or an empty string with \a error naming the file when it cannot be made.
 */
QString freshDemoCopy(const QString &shippedPath, QString *error);

} // namespace cp::app
