// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QDateTime>

namespace cp::testsupport {

inline const QDateTime fixtureNow(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);

//! A tracked alarm of \a enterprise's sensor \a sensor for the console tests.
inline core::Alarm consoleAlarm(const QString &enterprise, const QString &sensor, core::AlarmPriority priority,
                                         core::AlarmState state, const QString &sector = QStringLiteral("hazchem"),
                                         const QString &message = QString())
{
    core::Alarm a;
    a.key = {enterprise, sensor, QStringLiteral("combustible_gas")};
    a.priority = priority;
    a.state = state;
    a.value = 30;
    a.unit = QStringLiteral("%LEL");
    a.message = message;
    a.enterpriseKnown = true;
    a.sectorId = sector;
    a.activeSince = fixtureNow.addSecs(-60);
    a.updatedAt = a.activeSince;
    return a;
}

} // namespace cp::testsupport
