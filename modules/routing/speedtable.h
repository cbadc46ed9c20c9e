// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/roadsegment.h"

#include <QHash>
#include <QString>

#include <optional>

namespace cp::routing {

/*!
 * \brief Driving speeds (km/h) for roads whose layer gives a class but no speed.
 *
 * The defaults are typical free-flow speeds for emergency vehicles on Chinese rural roads, NOT taken from a
 * standard (DOMAIN.md has none; JTG B01-2014 gives only design speeds): they are status U and meant to be
 * overridden from local knowledge with setSpeed() / setHighwaySpeed().
 *
 * | class / OSM highway | km/h |
 * |---|---|
 * | expressway; motorway | 100 |
 * | national; trunk | 70 |
 * | provincial; primary | 60 |
 * | county; secondary | 50 |
 * | township; tertiary | 40 |
 * | urban; residential, unclassified | 30 |
 * | village; track | 30; 20 |
 * | motorway_link … secondary_link; tertiary_link | 40; 30 |
 * | service; living_street | 15; 10 |
 *
 * OSM ways whose highway value is not in the table (footway, path, cycleway, steps, construction, …)
 * are not roads for vehicles and are skipped on import.
 */
class SpeedTable
{
public:
    //! The default table described above.
    static SpeedTable defaults();

    double speed(core::RoadClass roadClass) const;
    void setSpeed(core::RoadClass roadClass, double kmh);

    //! Speed for an OSM highway=* value, or nothing when such ways are not for vehicles.
    std::optional<double> highwaySpeed(const QString &highway) const;
    void setHighwaySpeed(const QString &highway, double kmh);

private:
    QHash<int, double> m_classSpeeds;
    QHash<QString, double> m_highwaySpeeds;
};

} // namespace cp::routing
