// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::routing {

//! Translation context of the routing module ("cp::routing" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::routing)
};

} // namespace cp::routing
