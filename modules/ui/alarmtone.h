// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

namespace cp::ui {

/*!
 * \brief The console's alarm tone as a WAV file (16-bit PCM mono, 22,050 Hz): a one-second
 * two-tone phrase (880 / 660 Hz) ending in silence, meant to be looped. Generated, so the
 * project ships no sound file of unclear origin.
 */
QByteArray alarmToneWav();

} // namespace cp::ui
