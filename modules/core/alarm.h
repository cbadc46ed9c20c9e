// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"
#include "core/enumkeys.h"
#include "core/incident.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace cp::core {

/*!
 * \brief ISA-18.2 / IEC 62682 alarm states, by name (DOMAIN.md §1.1).
 *
 * Names, not letters: vendors letter the shelved / suppressed states differently.
 */
enum class AlarmState
{
    Normal,                //!< A: inactive, acknowledged
    UnacknowledgedActive,  //!< B
    AcknowledgedActive,    //!< C
    UnacknowledgedCleared, //!< D: returned to normal, not yet acknowledged
    Shelved,               //!< E: operator, temporary
    SuppressedByDesign,    //!< F: logic or plant state
    OutOfService,          //!< G: maintenance
};

//! Alarm priority; the annunciated mix should be ~80/15/5 % low/medium/high (DOMAIN.md §1.3).
enum class AlarmPriority
{
    Low,
    Medium,
    High,
    Emergency,
};

//! What the officer found when checking an acknowledged alarm with the enterprise.
enum class Verification
{
    None,
    Real,
    FalseAlarm,
    TestOrMaintenance,
};

//! How far an unacknowledged alarm has been escalated.
enum class EscalationStage
{
    None,
    Renotified,  //!< the duty officer was notified again
    ShiftLeader, //!< raised to the shift leader (值班长)
};

QString toKey(AlarmState state);
template<>
std::optional<AlarmState> fromKey<AlarmState>(const QString &key);
QString displayName(AlarmState state);

QString toKey(AlarmPriority priority);
template<>
std::optional<AlarmPriority> fromKey<AlarmPriority>(const QString &key);
QString displayName(AlarmPriority priority);

QString toKey(Verification verification);
template<>
std::optional<Verification> fromKey<Verification>(const QString &key);
QString displayName(Verification verification);

QString toKey(EscalationStage stage);
template<>
std::optional<EscalationStage> fromKey<EscalationStage>(const QString &key);
//! Who must be told at \a stage, for the banner and the row ("值班长" at ShiftLeader).
QString displayName(EscalationStage stage);

//! True for the two unacknowledged states.
bool isUnacknowledged(AlarmState state);
//! True for the states the console annunciates: unacknowledged, or acknowledged and still active.
bool isAnnunciated(AlarmState state);
//! True while an alarm needs the officer: annunciated, or shelved, suppressed or out of service.
bool isOpen(AlarmState state);

/*!
 * \brief What identifies one alarm condition: the same sensor reporting the same kind at the same
 * enterprise is the same alarm, whatever the event id or feed.
 */
struct AlarmKey
{
    QString enterpriseId;
    QString sensorId;
    QString kind;

    static AlarmKey of(const AlarmEvent &event) { return {event.enterpriseId, event.sensorId, event.kind}; }
    //! "enterprise/sensor/kind", the form the store, the audit log and the UI use.
    QString toString() const { return enterpriseId + QLatin1Char('/') + sensorId + QLatin1Char('/') + kind; }

    friend bool operator==(const AlarmKey &a, const AlarmKey &b)
    {
        return a.enterpriseId == b.enterpriseId && a.sensorId == b.sensorId && a.kind == b.kind;
    }
    friend bool operator!=(const AlarmKey &a, const AlarmKey &b) { return !(a == b); }
};

inline size_t qHash(const AlarmKey &key, size_t seed = 0)
{
    return ::qHash(key.enterpriseId, seed) ^ (::qHash(key.sensorId, seed) * 31u) ^ (::qHash(key.kind, seed) * 131u);
}

/*!
 * \brief One alarm condition with its state: the tracked alarm.
 *
 * The alarm engine keeps one per AlarmKey and changes it; the store keeps its last state (so a
 * restart shows it again); the console, the map and the wall show it. Times named "engine clock"
 * are the engine's arrival clock, the others are the source's.
 */
struct Alarm
{
    AlarmKey key;
    QString feedId;              //!< feed of the event that raised the current episode
    QString eventId;             //!< that event's id; empty before the first activation
    QString sectorId;            //!< empty when the enterprise is not in the registry
    bool enterpriseKnown = false;

    double value = 0;            //!< last value reported
    QString unit;
    double threshold = 0;        //!< the limit the value was compared against
    AlarmState state = AlarmState::Normal;
    AlarmPriority priority = AlarmPriority::Low;
    ResponseLevel responseLevel = ResponseLevel::None; //!< proposed by the sector plugin's rules
    bool classified = true;      //!< false: no sector plugin judged it (unknown kind, sector or enterprise)
    QString explanation;         //!< the classifier's reason for the priority, translated
    QString message;             //!< the source's free text of the last event
    bool conditionActive = false;

    QDateTime raisedAt;          //!< source time of the event that raised the current episode
    QDateTime updatedAt;         //!< source time of the last event applied
    QDateTime activeSince;       //!< engine clock: when the condition last became active
    QDateTime unacknowledgedSince; //!< engine clock: when it last entered an unacknowledged state
    QDateTime shelvedUntil;      //!< engine clock: end of a timed shelve
    QString acknowledgedBy;      //!< who acknowledged the current episode; empty when nobody yet
    QDateTime acknowledgedAt;
    //! Who shelved, suppressed or took the alarm out of service, when and why; empty otherwise.
    QString stateBy;
    QDateTime stateAt;
    QString stateReason;
    Verification verification = Verification::None;
    QString verificationReason;
    QString verifiedBy;
    QDateTime verifiedAt;
    EscalationStage escalation = EscalationStage::None;

    QList<QDateTime> recentActivations; //!< engine clock of activations inside the chatter window
    int activationCount = 0;     //!< activations since the alarm was first seen
    bool chattering = false;
    bool stale = false;

    /*!
     * The version of the stored row this state is based on (0: not stored yet). A write states it and
     * is refused when another seat has written the row since (optimistic concurrency, issue 14).
     */
    int rowVersion = 0;
};

} // namespace cp::core
