// SPDX-License-Identifier: GPL-2.0-or-later
#include "planformat.h"

#include <cmath>

namespace cp::plantool {

QString formatNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("none");
    return value == std::floor(value) && std::abs(value) < 1e15 ? QString::number(value, 'f', 0)
                                                                : QString::number(value, 'g', 12);
}

QString statusKey(planning::SolveStatus status)
{
    using planning::SolveStatus;
    switch (status) {
    case SolveStatus::Optimal:
        return QStringLiteral("optimal");
    case SolveStatus::Feasible:
        return QStringLiteral("feasible");
    case SolveStatus::Infeasible:
        return QStringLiteral("infeasible");
    case SolveStatus::Cancelled:
        return QStringLiteral("cancelled");
    case SolveStatus::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace cp::plantool
