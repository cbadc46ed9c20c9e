// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/localizedname.h"
#include "sectors/thresholdrule.h"

#include <QList>

namespace cp::sectors {

//! The rules of an alarm kind at one kind of sensor location (a coal mine's upper corner, …).
struct LocationRules
{
    QString id; //!< the reading's location key, e.g. "upper_corner"
    LocalizedName name;
    QList<ThresholdRule> rules;
};

/*!
 * \brief A kind of measurement a sector raises alarms on, with its limits.
 *
 * When locations is empty every reading is judged by rules; otherwise the reading must name one
 * of the locations and is judged by that location's rules.
 */
struct AlarmKind
{
    QString id; //!< stable key the feed uses, e.g. "combustible_gas", "methane", "tank_level"
    LocalizedName name;
    QString unit; //!< e.g. "%LEL", "mg/m3", "%CH4"; a reading in another unit is refused
    QList<ThresholdRule> rules;
    QList<LocationRules> locations;

    //! The location with \a id, or nullptr. The pointer lives as long as this kind.
    const LocationRules *location(const QString &id) const
    {
        for (const LocationRules &l : locations) {
            if (l.id == id)
                return &l;
        }
        return nullptr;
    }
};

} // namespace cp::sectors
