// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarmevent.h"
#include "sectors/classification.h"

#include <QString>

namespace cp::alarms {

/*!
 * \brief Turns a reading into a priority and, where it applies, a response level.
 *
 * The engine calls it for every event that raises or updates an alarm, from the thread that owns
 * the engine, so an implementation must be fast and must not block. SectorClassifier asks the
 * sector plugins.
 */
class Classifier
{
public:
    virtual ~Classifier() = default;
    /*!
     * Classifies \a event for an enterprise of sector \a sectorId; \a sectorId is empty when the
     * enterprise is not in the registry. Status UnknownKind or BadReading means no rule judged it:
     * the engine then shows the alarm as unclassified.
     */
    virtual sectors::Classification classify(const core::AlarmEvent &event, const QString &sectorId) const = 0;
};

} // namespace cp::alarms
