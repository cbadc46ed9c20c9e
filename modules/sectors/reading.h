// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace cp::sectors {

//! One measured value from an enterprise's monitoring system, as a sector plugin judges it.
struct Reading
{
    QString enterpriseId;
    QString sensorId;
    QString kind;     //!< an AlarmKind id of the enterprise's sector
    QString location; //!< a LocationRules id when the kind has per-location rules, else empty
    double value = 0;
    QString unit;     //!< empty: taken to be the kind's unit
    QDateTime time;
};

} // namespace cp::sectors
