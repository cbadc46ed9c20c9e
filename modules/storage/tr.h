// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::storage {

//! Translation context of the storage module ("cp::storage" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::storage)
};

} // namespace cp::storage
