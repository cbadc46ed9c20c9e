// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/incident.h"
#include "dispatch/incidentrecords.h"
#include "dispatch/responseplan.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace cp::dispatch {

enum class ChecklistState
{
    Open,     //!< not done, not due yet (or no time limit)
    Overdue,  //!< not done and past its time limit
    Done,     //!< ticked within its time limit (or it has none)
    DoneLate, //!< ticked after its time limit
};

QString displayName(ChecklistState state);

//! A step of an incident's plan with where it stands.
struct ChecklistItem
{
    ResponsePlanStep step;
    QDateTime due;                //!< opening + limit; invalid when the step has no time limit
    std::optional<PlanTick> tick; //!< who ticked it and when
    ChecklistState state = ChecklistState::Open;

    //! Milliseconds from \a now to the due time (negative when past), 0 without a limit.
    qint64 msLeft(const QDateTime &now) const { return due.isValid() ? now.msecsTo(due) : 0; }
};

/*!
 * \brief The checklist of \a incident under \a plan at \a now: the plan's steps for the incident's
 * response level, each with its due time counted from the opening and its tick from \a ticks.
 * A ticked step that the level no longer asks for stays on the list: what was done is not hidden.
 */
QList<ChecklistItem> planChecklist(const ResponsePlan &plan, const core::Incident &incident, const QList<PlanTick> &ticks,
                                   const QDateTime &now);

//! How many items of \a items are Overdue.
int overdueCount(const QList<ChecklistItem> &items);

} // namespace cp::dispatch
