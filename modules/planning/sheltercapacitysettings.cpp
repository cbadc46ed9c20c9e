// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/sheltercapacitysettings.h"

#include <cmath>

namespace cp::planning {

double ShelterCapacitySettings::areaPerPersonM2(core::ShelterType type) const
{
    switch (type) {
    case core::ShelterType::Emergency:
        return emergencyAreaPerPersonM2;
    case core::ShelterType::FixedShortTerm:
        return fixedShortTermAreaPerPersonM2;
    case core::ShelterType::FixedMediumTerm:
        return fixedMediumTermAreaPerPersonM2;
    case core::ShelterType::FixedLongTerm:
        return fixedLongTermAreaPerPersonM2;
    case core::ShelterType::Central:
        return centralAreaPerPersonM2;
    }
    return centralAreaPerPersonM2;
}

int ShelterCapacitySettings::capacity(double effectiveAreaM2, core::ShelterType type) const
{
    if (!(effectiveAreaM2 > 0.0))
        return 0;
    const double perPerson = areaPerPersonM2(type);
    if (perPerson > minimumAreaPerPersonM2)
        return static_cast<int>(std::floor(effectiveAreaM2 / perPerson));
    // GB 21734-2008 §5.4 asks for more than the floor: k people fit while area / k > floor.
    return static_cast<int>(std::ceil(effectiveAreaM2 / minimumAreaPerPersonM2)) - 1;
}

QList<double> ShelterCapacitySettings::capacities(const QList<core::Shelter> &shelters) const
{
    QList<double> result;
    for (const core::Shelter &shelter : shelters)
        result.append(capacity(shelter.effectiveAreaM2, shelter.type));
    return result;
}

} // namespace cp::planning
