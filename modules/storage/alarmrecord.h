// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QDateTime>
#include <QString>

namespace cp::storage {

/*!
 * \brief The stored state of one alarm: the engine's view plus who handled it.
 *
 * The handling columns came with schema version 2 (docs/data-model.md): ISA-18.2 asks who
 * acknowledged an alarm and when, and a timed shelve (OPC UA TimedShelved) needs its expiry to
 * survive a restart. Alarms stored under version 1 read back with these empty.
 */
struct AlarmRecord
{
    core::Alarm alarm;
    QString acknowledgedBy;   //!< user; empty while unacknowledged
    QDateTime acknowledgedAt; //!< invalid while unacknowledged
    QDateTime shelvedUntil;   //!< invalid unless timed-shelved
};

} // namespace cp::storage
