// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/shelter.h"

#include <QList>

namespace cp::planning {

/*!
 * \brief How many people a shelter holds: its effective area over the area each person needs.
 *
 * The one confirmed figure is GB 21734-2008 §5.4: per-capita living area **more than 1.5 m²** (应,
 * DOMAIN.md §5, C); it is the floor under every type. The per-type areas are NOT sourced
 * (DOMAIN.md §5 marks them U: GB 51143-2015 and GB/T 44013-2024 tables not retrieved) — the defaults
 * below are the remembered values recorded there, to be replaced by the bureau's own norm.
 */
struct ShelterCapacitySettings
{
    //! GB 21734-2008 §5.4: each person gets more than this many m² (strictly more).
    double minimumAreaPerPersonM2 = 1.5;
    //! U (DOMAIN.md §5, unsourced): 紧急 ≈0.5 m²/person, so the 1.5 m² floor governs by default.
    double emergencyAreaPerPersonM2 = 0.5;
    //! U (DOMAIN.md §5, unsourced): 短期固定 ≈2.0 m²/person.
    double fixedShortTermAreaPerPersonM2 = 2.0;
    //! U (DOMAIN.md §5, unsourced): 中期固定 ≈3.0 m²/person.
    double fixedMediumTermAreaPerPersonM2 = 3.0;
    //! U (DOMAIN.md §5, unsourced): 长期固定 ≈4.5 m²/person.
    double fixedLongTermAreaPerPersonM2 = 4.5;
    //! U: no figure at all for 中心 shelters; taken as long-term fixed, since people stay longest there.
    double centralAreaPerPersonM2 = 4.5;

    //! The configured area per person of \a type, before the GB 21734-2008 floor.
    double areaPerPersonM2(core::ShelterType type) const;

    /*!
     * \brief People a shelter of \a type with \a effectiveAreaM2 holds.
     *
     * floor(area / per-person area) when the type's area exceeds the floor; otherwise the most people
     * for whom each still gets strictly more than minimumAreaPerPersonM2. 0 for an area ≤ 0.
     */
    int capacity(double effectiveAreaM2, core::ShelterType type) const;

    //! capacity() of each shelter from its effective area and type, in order.
    QList<double> capacities(const QList<core::Shelter> &shelters) const;
};

} // namespace cp::planning
