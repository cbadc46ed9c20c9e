// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "routing/roadgraph.h"
#include "routing/roadlocation.h"

namespace cp::routing {

/*!
 * \brief Travel times from every origin to every target (many-to-many), for planning.
 *
 * Each row is an independent one-to-many search with early stop; rows run on a pool of threads, each
 * with its own Router. The result does not depend on the number of threads.
 */
class TravelTimeMatrix
{
public:
    TravelTimeMatrix() = default;

    /*!
     * \brief Computes the matrix; \a threads 0 uses every core.
     *
     * Row r, column c holds the seconds of travel from origins[r] to targets[c] (Direction::FromOrigin)
     * or from targets[c] to origins[r] (Direction::ToOrigin); infinity where there is no route.
     */
    static TravelTimeMatrix compute(const RoadGraph &graph, const QVector<RoadLocation> &origins,
                                    const QVector<RoadLocation> &targets, Direction direction, int threads = 0);

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    double seconds(int row, int column) const
    {
        return m_seconds[static_cast<size_t>(row) * static_cast<size_t>(m_columns) + static_cast<size_t>(column)];
    }

private:
    int m_rows = 0;
    int m_columns = 0;
    std::vector<double> m_seconds;
};

} // namespace cp::routing
