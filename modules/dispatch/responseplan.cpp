// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/responseplan.h"

#include "dispatch/tr.h"

#include <algorithm>

namespace cp::dispatch {

namespace {
const core::EnumKey<PlanSection> planSectionKeys[] = {
    {PlanSection::ResponseGrading, "response_grading"},
    {PlanSection::Measures, "measures"},
    {PlanSection::Reporting, "reporting"},
    {PlanSection::Support, "support"},
};

QString planName(const ResponsePlan &plan) { return plan.sectorId + QLatin1Char('/') + plan.incidentType; }
} // namespace

QString toKey(PlanSection section) { return core::keyOf(planSectionKeys, section); }

QString displayName(PlanSection section)
{
    switch (section) {
    case PlanSection::ResponseGrading: return Tr::tr("Response level");
    case PlanSection::Measures: return Tr::tr("Measures on the scene");
    case PlanSection::Reporting: return Tr::tr("Reporting");
    case PlanSection::Support: return Tr::tr("Support");
    }
    return {};
}

bool ResponsePlanStep::appliesTo(core::ResponseLevel level) const { return levels.isEmpty() || levels.contains(level); }

QList<ResponsePlanStep> ResponsePlan::stepsFor(core::ResponseLevel level) const
{
    QList<ResponsePlanStep> result;
    std::copy_if(steps.cbegin(), steps.cend(), std::back_inserter(result),
                 [level](const ResponsePlanStep &s) { return s.appliesTo(level); });
    return result;
}

const ResponsePlanStep *ResponsePlan::step(const QString &stepId) const
{
    const auto it = std::find_if(steps.cbegin(), steps.cend(), [&](const ResponsePlanStep &s) { return s.id == stepId; });
    return it == steps.cend() ? nullptr : &*it;
}

QString planStepProblem(const ResponsePlan &plan, const ResponsePlanStep &step)
{
    const QString where = Tr::tr("response plan %1, step \"%2\"").arg(planName(plan), step.id);
    if (step.id.trimmed().isEmpty())
        return Tr::tr("response plan %1: a step has no id").arg(planName(plan));
    if (step.who.trimmed().isEmpty())
        return Tr::tr("%1: who is responsible is missing").arg(where);
    if (step.what.trimmed().isEmpty())
        return Tr::tr("%1: what to do is missing").arg(where);
    if (step.limitMinutes < 0 || step.limitMinutes > maxStepLimitMinutes)
        return Tr::tr("%1: time limit %2 min is outside 0 … %3 min").arg(where).arg(step.limitMinutes).arg(maxStepLimitMinutes);
    if (step.levels.contains(core::ResponseLevel::None))
        return Tr::tr("%1: \"no response level\" is not a level a step can belong to").arg(where);
    return {};
}

bool ResponsePlanBook::add(const ResponsePlan &plan, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (plan.sectorId.isEmpty() || plan.incidentType.isEmpty())
        return fail(Tr::tr("response plan \"%1\": the sector and the incident type are needed").arg(plan.title));
    if (this->plan(plan.sectorId, plan.incidentType))
        return fail(Tr::tr("response plan %1 is given twice").arg(planName(plan)));
    QHash<QString, QString> owners;
    for (const ResponsePlanStep &step : plan.steps) {
        const QString problem = planStepProblem(plan, step);
        if (!problem.isEmpty())
            return fail(problem);
        const QString owner = m_stepOwner.value(step.id, owners.value(step.id));
        if (!owner.isEmpty())
            return fail(Tr::tr("response plan %1, step \"%2\": the id is already used by plan %3").arg(planName(plan), step.id, owner));
        owners.insert(step.id, planName(plan));
    }
    m_stepOwner.insert(owners);
    m_plans.append(plan);
    return true;
}

const ResponsePlan *ResponsePlanBook::plan(const QString &sectorId, const QString &incidentType) const
{
    const auto it = std::find_if(m_plans.cbegin(), m_plans.cend(), [&](const ResponsePlan &p) {
        return p.sectorId == sectorId && p.incidentType == incidentType;
    });
    return it == m_plans.cend() ? nullptr : &*it;
}

} // namespace cp::dispatch

namespace cp::core {
template<>
std::optional<dispatch::PlanSection> fromKey<dispatch::PlanSection>(const QString &key)
{
    return valueOf(dispatch::planSectionKeys, key);
}
} // namespace cp::core
