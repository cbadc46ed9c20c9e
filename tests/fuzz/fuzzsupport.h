// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace cp::fuzz {

//! Makes the QCoreApplication the SQL drivers and QSettings need, once per process.
void ensureApplication();

/*!
 * Writes the fuzzer's input to \a fileName in this process's scratch folder (removed at exit) and
 * returns its path: the parsers under test read files, as they do in the programs.
 */
QString writeInput(const uint8_t *data, size_t size, const QString &fileName);

} // namespace cp::fuzz
