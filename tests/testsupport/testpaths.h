// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace cp::test {

//! The source tree's root (COMMANDPOST_SOURCE_DIR, set by CTest); fails the test when unset.
QString sourcePath(const QString &relative = QString());
//! The build tree's root (COMMANDPOST_BINARY_DIR, set by CTest).
QString binaryPath(const QString &relative = QString());
//! A file under tests/data.
QString testDataPath(const QString &relative);
//! ../shared beside the checkout (read-only project data), or an empty string when absent.
QString sharedPath(const QString &relative);

} // namespace cp::test
