// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::live {

//! Translation context of the live module ("cp::live" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::live)
};

} // namespace cp::live
