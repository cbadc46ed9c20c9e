// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QDateTime>
#include <QString>

namespace cp::alarms {

//! One operator action (or timer action) as the audit log keeps it.
struct AuditRecord
{
    QString user;             //!< "system" for timer actions
    QDateTime time;
    QString action;           //!< a trigger key, or "comment", "verify:<verification>", "escalate:<stage>"
    core::AlarmKey key;
    core::AlarmState fromState = core::AlarmState::Normal;
    core::AlarmState toState = core::AlarmState::Normal;
    QString comment;
};

//! The answer to an operator action: accepted, or refused with a translated reason.
struct ActionResult
{
    bool accepted = false;
    QString message;
    explicit operator bool() const { return accepted; }
};

} // namespace cp::alarms
