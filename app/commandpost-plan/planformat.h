// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"

#include <QString>

namespace cp::plantool {

//! \a value as the output prints it: whole numbers without decimals, "none" for NaN.
QString formatNumber(double value);

//! The untranslated key of \a status in the output ("optimal" …), for scripts to read.
QString statusKey(planning::SolveStatus status);

} // namespace cp::plantool
