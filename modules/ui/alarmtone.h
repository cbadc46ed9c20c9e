// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>

namespace cp::ui {

//! How pressing the console's alarm tone is.
enum class ToneUrgency
{
    Normal, //!< an unacknowledged alarm of the sounding priority
    Urgent, //!< … while any alarm is escalated (nobody answered it in time)
};

/*!
 * \brief The console's alarm tone as a WAV file (16-bit PCM mono, 22,050 Hz): a one-second phrase
 * ending in silence, meant to be looped. Generated, so the project ships no sound file of unclear
 * origin.
 *
 * Normal: four 150 ms beeps alternating 880 / 660 Hz, then 400 ms of silence. Urgent: eight 100 ms
 * beeps alternating 1,320 / 990 Hz, then 200 ms of silence: faster and higher.
 */
QByteArray alarmToneWav(ToneUrgency urgency = ToneUrgency::Normal);

} // namespace cp::ui

Q_DECLARE_METATYPE(cp::ui::ToneUrgency)
