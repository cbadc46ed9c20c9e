// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmevent.h"
#include "core/alarm.h"
#include "core/incident.h"

#include <QString>

namespace cp::alarms {

//! What a sector's rules make of one reading.
struct Classification
{
    core::AlarmPriority priority = core::AlarmPriority::Low;
    //! The response level the reading suggests; None where the rules give none (the usual case).
    core::ResponseLevel responseLevel = core::ResponseLevel::None;
    double threshold = 0;  //!< the limit the value was compared against; 0 when there is none
    QString explanation;   //!< translated, for the operator: which rule and which standard
};

/*!
 * \brief Turns a reading into a priority and, where it applies, a response level.
 *
 * The engine calls it for every event that raises or updates an alarm, from the thread that owns
 * the engine, so an implementation must be fast and must not block. The sector plugin registry
 * implements it by dispatching on \a sectorId; DefaultClassifier stands in until it is wired.
 */
class Classifier
{
public:
    virtual ~Classifier() = default;
    /*!
     * Classifies \a event for an enterprise of sector \a sectorId; \a sectorId is empty when the
     * enterprise is not in the registry, and the classifier must still answer (from the kind alone).
     */
    virtual Classification classify(const AlarmEvent &event, const QString &sectorId) const = 0;
};

} // namespace cp::alarms
