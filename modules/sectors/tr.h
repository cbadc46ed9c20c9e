// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::sectors {

//! Translation context of the sectors module ("cp::sectors" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::sectors)
};

} // namespace cp::sectors
