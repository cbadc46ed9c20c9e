// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmenginesettings.h"

#include <QStringList>

class QSettings;

namespace cp::alarms {

/*!
 * \brief Reads the engine's settings from group "alarms" of \a settings (keys in docs/alarms.md);
 * missing keys keep the defaults.
 *
 * A bad value keeps its default and adds a translated message naming the key and the value to
 * \a errors.
 */
AlarmEngineSettings readAlarmEngineSettings(QSettings &settings, QStringList *errors);

} // namespace cp::alarms
