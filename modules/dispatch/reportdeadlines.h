// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/accidentgrade.h"
#include "dispatch/accidentreport.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cp::dispatch {

enum class DeadlineKind
{
    InitialReport, //!< the unit's report at the county-level department, 1 h (493号 art.9)
    UpwardReport,  //!< the report at the highest level the grade goes to, 2 h a level (art.10, art.11)
    FollowUp,      //!< the next 续报 while the accident is not closed by a 终报
    Supplementary, //!< the window in which changed casualty figures are reported (art.13)
};

enum class DeadlineState
{
    Pending, //!< not yet due and not yet met
    Met,     //!< a report was submitted for it; Deadline::metAt says when, possibly late
    Overdue, //!< due and not met
    Closed,  //!< no longer asked for: follow-ups after a 终报, the supplementary window after its end
};

QString displayName(DeadlineKind kind);
QString displayName(DeadlineState state);

//! How long changed casualty figures may still be reported (493号 art.13).
enum class SupplementaryWindow
{
    ThirtyDays, //!< 30 days from the accident, the general case
    SevenDays,  //!< 7 days for road traffic and fire accidents
};

/*!
 * \brief The window of an accident of the sector \a sectorId: seven days for the road transport
 * ("roadtransport") and fire safety ("firesafety") sectors, thirty otherwise. A fire in another
 * sector's enterprise is a fire accident too: callers that know the accident's type pass the window
 * themselves.
 */
SupplementaryWindow supplementaryWindowForSector(const QString &sectorId);

/*!
 * \brief How often follow-up reports (续报) are due after the last report.
 *
 * The figures come from a secondary source only (DOMAIN.md §4.2, fudaoke.com, marked U): 较大/一般
 * at least once a day, 重大/特别重大 at least twice. They are defaults the bureau may change, not
 * settled rules; pass its values where it has set them.
 */
struct FollowUpIntervals
{
    static constexpr qint64 hourMs = 3600 * 1000;
    qint64 generalOrLargerMs = 24 * hourMs;       //!< 一般 and 较大: ≥1 a day (U)
    qint64 majorOrParticularlyMs = 12 * hourMs;   //!< 重大 and 特别重大: ≥2 a day (U)

    qint64 intervalFor(AccidentGrade grade) const
    {
        return grade >= AccidentGrade::Major ? majorOrParticularlyMs : generalOrLargerMs;
    }
};

//! One reporting deadline as it stands at the `now` it was computed for.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::InitialReport;
    QDateTime dueAt;
    DeadlineState state = DeadlineState::Pending;
    /*!
     * Signed milliseconds: until dueAt from now while Pending, Overdue or Closed (negative once past);
     * for a Met deadline the margin it was met by, dueAt − metAt (negative when met late).
     */
    qint64 remainingMs = 0;
    QDateTime metAt; //!< when it was met or closed; invalid otherwise
};

/*!
 * \brief The reporting deadlines of an accident that happened at \a occurredAt with grade \a grade,
 * given the \a reports of it so far, as they stand at \a now.
 *
 * Only reports submitted at or before \a now count, so a test can replay one list at several times.
 * In order:
 * - InitialReport: due 1 h after the accident (art.9), met by the first report submitted;
 * - UpwardReport: due 2 h (一般, up to the prefecture), 4 h (较大, the province) or 6 h (重大 and
 *   特别重大, the State Council) after the accident — 2 h a level (art.11), cumulated as DOMAIN.md
 *   §4.2 gives them. The desk sees only its own submission, which the county passes up, so the first
 *   report submitted meets it; the levels above confirm their part by their own channels;
 * - FollowUp, once a report was submitted: due the interval of \a intervals after the last report;
 *   Closed by a 终报 (Final);
 * - Supplementary: the \a window from the accident; Pending to its end, inclusive, then Closed.
 */
QList<Deadline> reportDeadlines(const QDateTime &occurredAt, AccidentGrade grade, const QList<AccidentReport> &reports,
                                SupplementaryWindow window, const QDateTime &now,
                                const FollowUpIntervals &intervals = FollowUpIntervals());

/*!
 * \brief A countdown as the officer reads it: "12 min left", "3 h 5 min left", "2 d 4 h left",
 * "due now", "overdue by 5 min".
 *
 * Time left is rounded up to the minute (30 s left reads "1 min left"), time overdue down with at
 * least one minute, so neither ever reads as more comfortable than it is.
 */
QString countdownText(qint64 remainingMs);

} // namespace cp::dispatch
