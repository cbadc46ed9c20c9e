// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/trackedalarm.h"

#include <QDateTime>

namespace cp::testsupport {

inline const QDateTime fixtureNow(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);

//! A tracked alarm of \a enterprise's sensor \a sensor for the console tests.
inline alarms::TrackedAlarm consoleAlarm(const QString &enterprise, const QString &sensor, core::AlarmPriority priority,
                                         core::AlarmState state, const QString &sector = QStringLiteral("hazchem"),
                                         const QString &message = QString())
{
    alarms::TrackedAlarm a;
    a.key = {enterprise, sensor, QStringLiteral("combustible_gas")};
    a.alarm.priority = priority;
    a.alarm.state = state;
    a.alarm.value = 30;
    a.alarm.unit = QStringLiteral("%LEL");
    a.alarm.message = message;
    a.enterpriseKnown = true;
    a.sectorId = sector;
    a.activeSince = fixtureNow.addSecs(-60);
    a.alarm.updatedAt = a.activeSince;
    return a;
}

} // namespace cp::testsupport
