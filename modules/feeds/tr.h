// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::feeds {

//! Translation context of the feeds module ("cp::feeds" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::feeds)
};

} // namespace cp::feeds
