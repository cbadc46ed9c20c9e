// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::feedsim {

//! Translation context of the feedsim module ("cp::feedsim" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::feedsim)
};

} // namespace cp::feedsim
