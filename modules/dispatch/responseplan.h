// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"
#include "core/incident.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cp::dispatch {

/*!
 * \brief The parts of a response plan a county desk works through, as 《生产安全事故应急预案管理办法》
 * (应急管理部令第2号) structures a plan: 响应分级, 处置措施, 信息报告, 应急保障.
 */
enum class PlanSection
{
    ResponseGrading, //!< 响应分级: judge the level and start the response at it
    Measures,        //!< 处置措施: what is done on the scene, the sector's on-site plan
    Reporting,       //!< 信息报告: who is told, by when (国务院令第493号)
    Support,         //!< 应急保障: teams, supplies, medical care, traffic, shelter, communications
};

QString toKey(PlanSection section);
QString displayName(PlanSection section);

//! One step of a response plan: who does what, within how long of the incident's opening.
struct ResponsePlanStep
{
    QString id;       //!< stable across plan versions, stored with each tick, e.g. "hazchem.toxic_leak.m02"
    PlanSection section = PlanSection::Measures;
    QList<core::ResponseLevel> levels; //!< the response levels the step belongs to; empty: every level
    QString who;      //!< the post responsible (值班长, 现场指挥部 …)
    QString what;
    int limitMinutes = 0; //!< due this long after the incident was opened; 0: no time limit

    bool appliesTo(core::ResponseLevel level) const;
};

//! The response plan of one incident type of one sector.
struct ResponsePlan
{
    QString sectorId;
    QString incidentType;
    QString title;
    QList<ResponsePlanStep> steps; //!< in the plan's order

    //! The steps for an incident at \a level, in the plan's order.
    QList<ResponsePlanStep> stepsFor(core::ResponseLevel level) const;
    const ResponsePlanStep *step(const QString &stepId) const;
};

//! The longest time limit a step may have: one week. A plan step due later is a typing error.
constexpr int maxStepLimitMinutes = 7 * 24 * 60;

/*!
 * \brief What is wrong with \a step of \a plan, translated and naming the step; empty when nothing
 * is: an id, a responsible post and the action are needed, the limit lies in 0 … maxStepLimitMinutes.
 */
QString planStepProblem(const ResponsePlan &plan, const ResponsePlanStep &step);

/*!
 * \brief The response plans of a data set, one per (sector, incident type).
 *
 * Steps are unique by id across the book: a tick names its step by id alone.
 */
class ResponsePlanBook
{
public:
    /*!
     * Adds \a plan, or refuses it with a translated \a error naming the plan and the step when a
     * step has a problem (planStepProblem), its id is taken, or the plan repeats a (sector, type).
     */
    bool add(const ResponsePlan &plan, QString *error);

    //! The plan for incidents of \a incidentType in \a sectorId, or nullptr when the data set has none.
    const ResponsePlan *plan(const QString &sectorId, const QString &incidentType) const;
    const QList<ResponsePlan> &plans() const { return m_plans; }
    bool isEmpty() const { return m_plans.isEmpty(); }

private:
    QList<ResponsePlan> m_plans;
    QHash<QString, QString> m_stepOwner; //!< step id → "sector/type"
};

} // namespace cp::dispatch

namespace cp::core {
template<>
std::optional<dispatch::PlanSection> fromKey<dispatch::PlanSection>(const QString &key);
} // namespace cp::core
