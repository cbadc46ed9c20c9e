// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::dispatch {

//! Translation context of the dispatch module ("cp::dispatch" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::dispatch)
};

} // namespace cp::dispatch
