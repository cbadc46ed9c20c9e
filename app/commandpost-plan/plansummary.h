// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planrequest.h"

#include <QTextStream>

namespace cp::plantool {

/*!
 * \brief Prints the human summary of a solved plan: one "key: value" line per figure, then one line per open site.
 *
 * The keys are untranslated so that scripts can read them; units and site names follow the layers.
 */
void printSummary(QTextStream &out, const PlanRequest &request, const planning::LayerPlan &plan);

} // namespace cp::plantool
