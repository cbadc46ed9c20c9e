// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmevent.h"
#include "alarms/transitiontable.h"
#include "core/alarm.h"
#include "core/incident.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cp::alarms {

//! What the officer found when checking an acknowledged alarm with the enterprise.
enum class Verification
{
    None,
    Real,
    FalseAlarm,
    TestOrMaintenance,
};
QString toKey(Verification verification);
std::optional<Verification> verificationFromKey(const QString &key);

//! How far an unacknowledged alarm has been escalated.
enum class EscalationStage
{
    None,
    Renotified,     //!< the duty officer was notified again
    ShiftLeader,    //!< raised to the shift leader
};

//! The engine's view of one alarm condition (one AlarmKey).
struct TrackedAlarm
{
    AlarmKey key;
    core::Alarm alarm;        //!< state, priority, last value, the event id that raised it
    QString sectorId;         //!< empty when the enterprise is not in the registry
    bool enterpriseKnown = false;
    bool conditionActive = false;
    core::ResponseLevel responseLevel = core::ResponseLevel::None;
    QString explanation;      //!< the classifier's reason for the priority
    QDateTime activeSince;    //!< engine clock when the condition last became active
    QDateTime unacknowledgedSince; //!< engine clock when it last entered an unacknowledged state
    QDateTime shelvedUntil;
    QString acknowledgedBy;   //!< who acknowledged the current episode; empty when nobody yet
    QDateTime acknowledgedAt;
    Verification verification = Verification::None;
    QString verificationReason;
    QString verifiedBy;
    EscalationStage escalation = EscalationStage::None;
    QList<QDateTime> recentActivations; //!< engine clock of activations inside the chatter window
    int activationCount = 0;  //!< activations since the alarm was first seen (the group's size)
    bool chattering = false;
    bool stale = false;
    int episode = 0;          //!< index into AlarmHistory of the current episode, -1 before the first
};

//! One operator action (or timer action) as the audit log keeps it.
struct AuditRecord
{
    QString user;             //!< "system" for timer actions
    QDateTime time;
    QString action;           //!< a trigger key, or "comment", "verify", "escalate"
    AlarmKey key;
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
