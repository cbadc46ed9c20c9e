// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/costmatrix.h"

#include "planning/tr.h"

#include <numeric>

namespace cp::planning {

QString CostMatrix::sizeProblem(qint64 demandCount, qint64 siteCount)
{
    const qint64 cells = demandCount * siteCount;
    if (demandCount >= 0 && siteCount >= 0 && cells <= cellLimit)
        return {};
    return Tr::tr("%1 demand points × %2 sites would need %3 costs, more than the limit of %4")
        .arg(demandCount)
        .arg(siteCount)
        .arg(cells)
        .arg(cellLimit);
}

CostMatrix::CostMatrix(int demandCount, int siteCount, double fill)
    : m_demandCount(demandCount)
    , m_siteCount(siteCount)
    , m_costs(static_cast<size_t>(demandCount) * static_cast<size_t>(siteCount), fill)
    , m_weights(static_cast<size_t>(demandCount), 1.0)
{
}

CostMatrix CostMatrix::straightLine(const QList<core::GeoPoint> &demand, const QList<core::GeoPoint> &sites,
                                    const QList<double> &weights)
{
    CostMatrix matrix(static_cast<int>(demand.size()), static_cast<int>(sites.size()));
    for (int i = 0; i < matrix.demandCount(); ++i) {
        for (int j = 0; j < matrix.siteCount(); ++j)
            matrix.setCost(i, j, core::haversineMetres(demand.at(i), sites.at(j)));
        if (weights.size() == demand.size())
            matrix.setWeight(i, weights.at(i));
    }
    return matrix;
}

double CostMatrix::totalWeight() const
{
    return std::accumulate(m_weights.begin(), m_weights.end(), 0.0);
}

} // namespace cp::planning
