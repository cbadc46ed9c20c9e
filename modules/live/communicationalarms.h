// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "core/feedstatus.h"

#include <QStringList>

#include <functional>

namespace cp::alarms {
class AlarmEngine;
}

namespace cp::live {

/*!
 * \brief A feed that is down, blocked or stale is an alarm like any other (ISA-18.2 treats a lost
 * source as one): it is raised in the engine when the feed is lost and clears itself when it
 * recovers.
 *
 * The alarm's key is (no enterprise, the feed's id, "communication_failure"); the engine's
 * classifier gives it its priority (alarms::SectorClassifier: High). It is CommandPost's own, so
 * it is not a feed event and is not in the event log; its state is stored like any alarm's.
 */
class CommunicationAlarms
{
public:
    using Clock = std::function<QDateTime()>;

    //! \a engine is not owned and must outlive this object.
    CommunicationAlarms(alarms::AlarmEngine &engine, Clock clock);

    //! The communication alarm of feed \a feedId.
    static core::AlarmKey keyOf(const QString &feedId);
    //! True for a communication alarm's key.
    static bool isCommunicationAlarm(const core::AlarmKey &key);

    //! Raises (lost) or clears the alarm of \a feedId to match \a health; \a reason is shown with it.
    void update(const QString &feedId, core::FeedHealthState health, const QString &reason);
    //! Clears the alarms of feeds that are no longer configured (a restored alarm no feed will ever clear).
    void retire(const QStringList &configuredFeeds);

private:
    void apply(const QString &feedId, bool lost, const QString &message);

    alarms::AlarmEngine &m_engine;
    Clock m_clock;
    qint64 m_sequence = 0;
};

} // namespace cp::live
