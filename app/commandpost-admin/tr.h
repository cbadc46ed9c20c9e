// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::admin {

//! Translation context of commandpost-admin ("cp::admin" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::admin)
};

} // namespace cp::admin
