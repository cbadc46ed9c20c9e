// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::map {

//! Translation context of the map module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::map)
};

} // namespace cp::map
