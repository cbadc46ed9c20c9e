// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/geopoint.h"

#include <QList>
#include <QString>

#include <vector>

namespace cp::planning {

/*!
 * \brief Cost of serving each demand point from each candidate site, and the weight of each demand point.
 *
 * The placement models see only this matrix, so where the costs come from is the caller's choice:
 * straight-line metres now (straightLine()), road travel seconds from the routing module later, or
 * shortest-path lengths of a benchmark graph. Costs are non-negative; +infinity means "cannot serve".
 * Weights are the people living at a demand point (1 for every point in the OR-Library instances).
 */
class CostMatrix
{
public:
    /*!
     * The most cells a matrix may hold: 25 million costs (200 MB of doubles). The county's plans need
     * a few hundred thousand (600 villages × some hundred sites; OR-Library's largest, pmed40, 810,000),
     * so a file or layer asking for more is refused with its size instead of exhausting the memory.
     */
    static constexpr qint64 cellLimit = 25'000'000;
    //! Empty when a \a demandCount × \a siteCount matrix stays within cellLimit, else a translated refusal naming both sizes.
    static QString sizeProblem(qint64 demandCount, qint64 siteCount);

    CostMatrix() = default;
    //! A \a demandCount × \a siteCount matrix with every cost set to \a fill and every weight 1.
    CostMatrix(int demandCount, int siteCount, double fill = 0.0);

    /*!
     * \brief Great-circle metres (core::haversineMetres) from every demand position to every site.
     *
     * Weights are set from \a weights when it has one entry per demand point, else to 1.
     */
    static CostMatrix straightLine(const QList<core::GeoPoint> &demand, const QList<core::GeoPoint> &sites,
                                   const QList<double> &weights = {});

    int demandCount() const { return m_demandCount; }
    int siteCount() const { return m_siteCount; }

    double cost(int demand, int site) const { return m_costs[index(demand, site)]; }
    void setCost(int demand, int site, double cost) { m_costs[index(demand, site)] = cost; }

    double weight(int demand) const { return m_weights[static_cast<size_t>(demand)]; }
    void setWeight(int demand, double weight) { m_weights[static_cast<size_t>(demand)] = weight; }
    //! Sum of the weights of all demand points.
    double totalWeight() const;

    //! The costs of one demand point to all sites, contiguous (siteCount() values).
    const double *row(int demand) const { return m_costs.data() + index(demand, 0); }

private:
    size_t index(int demand, int site) const
    {
        return static_cast<size_t>(demand) * static_cast<size_t>(m_siteCount) + static_cast<size_t>(site);
    }

    int m_demandCount = 0;
    int m_siteCount = 0;
    std::vector<double> m_costs;
    std::vector<double> m_weights;
};

} // namespace cp::planning
