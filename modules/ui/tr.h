// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>

namespace cp::ui {

//! Translation context of the ui module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui)
};

} // namespace cp::ui
