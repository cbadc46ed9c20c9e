// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::alarms {

//! Translation context of the alarms module ("cp::alarms" in the .ts files).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::alarms)
};

} // namespace cp::alarms
