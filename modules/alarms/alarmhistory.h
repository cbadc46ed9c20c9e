// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QList>

#include <map>

namespace cp::alarms {

//! One episode of an alarm: from the activation that raised it until it was back to normal.
struct AlarmEpisode
{
    core::AlarmKey key;
    QString eventId;          //!< the event that raised it
    QString sectorId;
    core::AlarmPriority priority = core::AlarmPriority::Low; //!< the highest reached
    QDateTime raisedAt;       //!< the event's time
    QDateTime normalAt;       //!< engine clock when it went back to Normal; invalid while open
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    core::Verification verification = core::Verification::None;
    QString verificationReason;
};

//! A search of the history; empty or invalid fields match everything.
struct HistoryQuery
{
    QDateTime from;           //!< raised at or after
    QDateTime to;             //!< raised before
    QString enterpriseId;
    QString sectorId;
    QString kind;             //!< the alarm kind, e.g. "combustible_gas"
    QString acknowledgedBy;
};

/*!
 * \brief The in-memory history of alarm episodes, searchable by time, enterprise, sector, alarm kind
 * and who acknowledged.
 *
 * It holds what this process has seen within the engine's horizon (AlarmEngineSettings::forgetAfterMs):
 * closed episodes older than that are forgotten, so a flood that lasts for days does not grow the
 * process without bound. Indexes stay valid for the episodes that remain.
 */
class AlarmHistory
{
public:
    //! Appends \a episode and returns its index, which no later episode shares.
    int open(const AlarmEpisode &episode);
    //! The episode at \a index; nullptr when there is none (never opened, or forgotten).
    AlarmEpisode *at(int index);
    const AlarmEpisode *at(int index) const;
    //! The episodes held, open and closed.
    int size() const { return static_cast<int>(m_episodes.size()); }
    //! The matching episodes, oldest first.
    QList<AlarmEpisode> search(const HistoryQuery &query) const;
    //! Forgets the closed episodes that went back to normal before \a cutoff; returns how many.
    int forgetClosedBefore(const QDateTime &cutoff);

private:
    std::map<int, AlarmEpisode> m_episodes; // by index, so in the order they were opened
    int m_nextIndex = 0;
};

} // namespace cp::alarms
