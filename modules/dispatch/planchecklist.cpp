// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/planchecklist.h"

#include "dispatch/tr.h"

#include <algorithm>

namespace cp::dispatch {

QString displayName(ChecklistState state)
{
    switch (state) {
    case ChecklistState::Open: return Tr::tr("Open");
    case ChecklistState::Overdue: return Tr::tr("Overdue");
    case ChecklistState::Done: return Tr::tr("Done");
    case ChecklistState::DoneLate: return Tr::tr("Done late");
    }
    return {};
}

QList<ChecklistItem> planChecklist(const ResponsePlan &plan, const core::Incident &incident, const QList<PlanTick> &ticks,
                                   const QDateTime &now)
{
    QList<ChecklistItem> items;
    for (const ResponsePlanStep &step : plan.steps) {
        const auto tick = std::find_if(ticks.cbegin(), ticks.cend(), [&](const PlanTick &t) {
            return t.incidentId == incident.id && t.stepId == step.id;
        });
        const bool ticked = tick != ticks.cend();
        if (!ticked && !step.appliesTo(incident.responseLevel))
            continue;
        ChecklistItem item{step, {}, std::nullopt, ChecklistState::Open};
        if (step.limitMinutes > 0 && incident.openedAt.isValid())
            item.due = incident.openedAt.addSecs(qint64(step.limitMinutes) * 60);
        if (ticked) {
            item.tick = *tick;
            item.state = item.due.isValid() && tick->time > item.due ? ChecklistState::DoneLate : ChecklistState::Done;
        } else if (item.due.isValid() && now > item.due) {
            item.state = ChecklistState::Overdue;
        }
        items.append(item);
    }
    return items;
}

int overdueCount(const QList<ChecklistItem> &items)
{
    return static_cast<int>(std::count_if(items.cbegin(), items.cend(),
                                          [](const ChecklistItem &i) { return i.state == ChecklistState::Overdue; }));
}

} // namespace cp::dispatch
