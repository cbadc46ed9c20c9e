// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::planning {

//! Translation context of the planning module ("cp::planning" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::planning)
};

} // namespace cp::planning
