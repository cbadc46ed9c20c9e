// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"
#include "ui/alarmtone.h"

#include <QSet>

namespace cp::ui {

/*!
 * \brief Whether the console's alarm sound plays: while an alarm of the sounding priority (or
 * above) is unacknowledged, unless the seat silenced it.
 *
 * Silence lasts until a new alarm of that priority arrives or maxSilenceMs runs out, whichever is
 * first: a seat can silence the sound for a while, never for good. An alarm that was acknowledged
 * and comes back unacknowledged counts as new. While any alarm is escalated (unacknowledged too
 * long: the engine re-notified or told the shift leader) the sound is the urgent tone. Pure logic on a caller-given millisecond clock; the
 * desk plays the tone.
 */
class AlarmSoundController
{
public:
    AlarmSoundController(core::AlarmPriority soundPriority, qint64 maxSilenceMs)
        : m_priority(soundPriority), m_maxSilenceMs(maxSilenceMs)
    {
    }

    //! Takes the current alarms at \a nowMs; returns sounding().
    bool update(const QList<core::Alarm> &alarms, qint64 nowMs);
    //! Runs the silence timer at \a nowMs with the alarms of the last update(); returns sounding().
    bool tick(qint64 nowMs);
    //! Silences the sound as of \a nowMs; false (and nothing changes) when nothing is sounding.
    bool silence(qint64 nowMs);

    bool sounding() const { return !m_sounding.isEmpty() && !m_silenced; }
    bool silenced() const { return m_silenced; }
    //! The tone to play while sounding(): Urgent while any alarm of the last update() is escalated.
    ToneUrgency urgency() const { return m_escalated ? ToneUrgency::Urgent : ToneUrgency::Normal; }
    //! Alarms that call for the sound, silenced or not.
    int pending() const { return static_cast<int>(m_sounding.size()); }

private:
    core::AlarmPriority m_priority;
    qint64 m_maxSilenceMs;
    QSet<QString> m_sounding;        // keys of the unacknowledged alarms at or above m_priority
    QSet<QString> m_silencedKeys;    // those that were sounding when the seat silenced
    bool m_escalated = false;
    bool m_silenced = false;
    qint64 m_silencedUntil = 0;
};

} // namespace cp::ui
