// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace cp::storage {

//! One line of the audit log: who did what to which record, when, and why.
struct AuditEntry
{
    QString user;
    QDateTime time;
    QString action;  //!< stable key, e.g. "alarm.acknowledge", "dispatch.create"
    QString target;  //!< id of the record acted on, e.g. an alarm or incident id
    QString comment; //!< free text the user typed; may be empty
};

} // namespace cp::storage
