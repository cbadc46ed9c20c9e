// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::core {

//! Translation context of the core module ("cp::core" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::core)
};

} // namespace cp::core
