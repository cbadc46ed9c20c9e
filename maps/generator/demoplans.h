// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/responseplan.h"
#include "sectors/sector.h"

#include <QList>

namespace cp::demo {

/*!
 * \brief The demo county's response plans: one for each incident type of each sector in \a sectors.
 *
 * Each plan has the four parts of 《生产安全事故应急预案管理办法》: 响应分级 (the county starts its
 * response and asks the city for a higher one), 处置措施 (the sector plugin's on-site checklist),
 * 信息报告 (the deadlines of 国务院令第493号) and 应急保障 (teams, supplies, medical care, traffic,
 * shelter, communications). The reporting limits are the regulation's; the other limits are the
 * demo bureau's own choice, as a real bureau sets them in its plan.
 */
QList<dispatch::ResponsePlan> demoResponsePlans(const QList<const sectors::Sector *> &sectors);

} // namespace cp::demo
