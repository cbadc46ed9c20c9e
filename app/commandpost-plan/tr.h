// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::plantool {

//! Translation context of commandpost-plan ("commandpost_plan" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commandpost_plan)
};

} // namespace cp::plantool
