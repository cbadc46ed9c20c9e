// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/reportdeadlines.h"

#include "dispatch/tr.h"

#include <algorithm>

namespace cp::dispatch {

namespace {
constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// 493号 art.9: the unit's head reports to the county-level department within 1 h.
constexpr qint64 initialReportMs = 1 * hourMs;

// 493号 art.11: each level passes the report up within 2 h; art.10 says how far up each grade goes
// (一般 the prefecture, 较大 the province, 重大 and 特别重大 the State Council).
qint64 upwardReportMs(AccidentGrade grade)
{
    constexpr qint64 perLevelMs = 2 * hourMs;
    switch (grade) {
    case AccidentGrade::General: return 1 * perLevelMs;
    case AccidentGrade::Larger: return 2 * perLevelMs;
    case AccidentGrade::Major:
    case AccidentGrade::ParticularlyMajor: return 3 * perLevelMs;
    }
    return perLevelMs;
}

// 493号 art.13: changed casualty figures within 30 days, road traffic and fire accidents within 7.
qint64 supplementaryMs(SupplementaryWindow window)
{
    return window == SupplementaryWindow::SevenDays ? 7 * dayMs : 30 * dayMs;
}

Deadline open(DeadlineKind kind, const QDateTime &dueAt, const QDateTime &now)
{
    Deadline d;
    d.kind = kind;
    d.dueAt = dueAt;
    d.remainingMs = now.msecsTo(dueAt);
    d.state = d.remainingMs >= 0 ? DeadlineState::Pending : DeadlineState::Overdue;
    return d;
}

//! A deadline met by a report submitted at \a metAt, or open at \a now when \a metAt is invalid.
Deadline metOrOpen(DeadlineKind kind, const QDateTime &dueAt, const QDateTime &metAt, const QDateTime &now)
{
    if (!metAt.isValid())
        return open(kind, dueAt, now);
    Deadline d;
    d.kind = kind;
    d.dueAt = dueAt;
    d.state = DeadlineState::Met;
    d.metAt = metAt;
    d.remainingMs = metAt.msecsTo(dueAt);
    return d;
}

QString durationText(qint64 minutes)
{
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    const qint64 hours = minutes / 60;
    return Tr::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}
} // namespace

QString displayName(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::InitialReport: return Tr::tr("Initial report to the county");
    case DeadlineKind::UpwardReport: return Tr::tr("Report up to the required level");
    case DeadlineKind::FollowUp: return Tr::tr("Next follow-up report");
    case DeadlineKind::Supplementary: return Tr::tr("Casualty changes reported");
    }
    return {};
}

QString displayName(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Pending: return Tr::tr("Pending");
    case DeadlineState::Met: return Tr::tr("Met");
    case DeadlineState::Overdue: return Tr::tr("Overdue");
    case DeadlineState::Closed: return Tr::tr("Closed");
    }
    return {};
}

SupplementaryWindow supplementaryWindowForSector(const QString &sectorId)
{
    const bool roadOrFire = sectorId == QLatin1String("roadtransport") || sectorId == QLatin1String("firesafety");
    return roadOrFire ? SupplementaryWindow::SevenDays : SupplementaryWindow::ThirtyDays;
}

QList<Deadline> reportDeadlines(const QDateTime &occurredAt, AccidentGrade grade, const QList<AccidentReport> &reports,
                                SupplementaryWindow window, const QDateTime &now, const FollowUpIntervals &intervals)
{
    QList<AccidentReport> submitted;
    for (const AccidentReport &report : reports) {
        if (report.isSubmitted() && report.submittedAt <= now)
            submitted.append(report);
    }
    std::stable_sort(submitted.begin(), submitted.end(),
                     [](const AccidentReport &a, const AccidentReport &b) { return a.submittedAt < b.submittedAt; });
    const QDateTime first = submitted.isEmpty() ? QDateTime() : submitted.constFirst().submittedAt;

    QList<Deadline> deadlines;
    deadlines.append(metOrOpen(DeadlineKind::InitialReport, occurredAt.addMSecs(initialReportMs), first, now));
    deadlines.append(metOrOpen(DeadlineKind::UpwardReport, occurredAt.addMSecs(upwardReportMs(grade)), first, now));
    if (!submitted.isEmpty()) {
        const auto closing = std::find_if(submitted.cbegin(), submitted.cend(),
                                        [](const AccidentReport &r) { return r.kind == ReportKind::Final; });
        if (closing != submitted.cend()) {
            Deadline closed;
            closed.kind = DeadlineKind::FollowUp;
            closed.dueAt = closing->submittedAt;
            closed.state = DeadlineState::Closed;
            closed.metAt = closing->submittedAt;
            deadlines.append(closed);
        } else {
            const QDateTime last = submitted.constLast().submittedAt;
            deadlines.append(open(DeadlineKind::FollowUp, last.addMSecs(intervals.intervalFor(grade)), now));
        }
    }
    Deadline supplementary = open(DeadlineKind::Supplementary, occurredAt.addMSecs(supplementaryMs(window)), now);
    if (supplementary.state == DeadlineState::Overdue) {
        supplementary.state = DeadlineState::Closed;
        supplementary.metAt = supplementary.dueAt;
    }
    deadlines.append(supplementary);
    return deadlines;
}

QString countdownText(qint64 remainingMs)
{
    if (remainingMs == 0)
        return Tr::tr("due now");
    if (remainingMs > 0)
        return Tr::tr("%1 left").arg(durationText((remainingMs + minuteMs - 1) / minuteMs));
    return Tr::tr("overdue by %1").arg(durationText(qMax<qint64>(1, -remainingMs / minuteMs)));
}

} // namespace cp::dispatch
