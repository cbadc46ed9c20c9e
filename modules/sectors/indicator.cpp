// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/indicator.h"

namespace cp::sectors {

IndicatorValue Indicator::evaluate(const QList<core::Enterprise> &enterprises, const QDate &asOf) const
{
    IndicatorValue v;
    for (const core::Enterprise &e : enterprises) {
        if (applies && !applies(e))
            continue;
        ++v.applicable;
        if (meets && meets(e, asOf))
            ++v.meeting;
    }
    if (v.applicable > 0) {
        v.percent = 100.0 * v.meeting / v.applicable;
        if (targetPercent)
            v.meetsTarget = *v.percent >= *targetPercent;
    }
    return v;
}

} // namespace cp::sectors
