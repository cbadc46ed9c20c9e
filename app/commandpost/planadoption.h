// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/shelter.h"
#include "planning/layerplan.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cp::app {

/*!
 * \brief "Adopt plan": the new sites of a plan become planned shelters (storage::Store::addShelters() adds them).
 *
 * A new site is an open site that is not an existing facility (isExisting()): on the demo, a town centre
 * the plan opens. Each becomes a core::Shelter with status Planned, which the map draws hollow.
 */
class PlanAdoption
{
    Q_DECLARE_TR_FUNCTIONS(cp::app::PlanAdoption)

public:
    //! Per-capita effective area of a planned shelter: GB 21734-2008 §5.4 asks for more than 1.5 m² per person.
    static constexpr double areaPerPersonM2 = 1.5;

    /*!
     * \brief The planned shelters of \a plan's new sites, ids "PL-<site id>".
     *
     * Capacity is the people the plan assigns to the site, the effective area that capacity × areaPerPersonM2;
     * a site from the `towns` layer lies in its own town. Positions go from EPSG:4548 to EPSG:4490.
     */
    static QList<core::Shelter> plannedShelters(const planning::LayerPlan &plan,
                                                const QString &existingLayer = QStringLiteral("shelters"));
};

} // namespace cp::app
