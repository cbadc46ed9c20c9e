// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"

#include <QString>

#include <optional>

namespace cp::planning {

/*!
 * \brief Reads OR-Library p-median instances (Beasley 1985, files pmed1 … pmed40) into a PMedian problem.
 *
 * Format: a line `n edges p`, then `edges` lines `i j cost` of undirected edges, vertices numbered
 * from 1. Where an edge appears twice the last cost counts (OR-Library's own rule, which the published
 * optima assume). Costs are shortest-path lengths (Dijkstra from every vertex); every vertex is a
 * demand point of weight 1 and a candidate site, so the problem's indexes are the file's minus one.
 */
class OrLibraryReader
{
public:
    /*!
     * \brief The problem in \a path, or nullopt with \a error (if not nullptr) set to a translated
     * message naming the file, the line and what is wrong.
     */
    static std::optional<PlacementProblem> read(const QString &path, QString *error = nullptr);
};

} // namespace cp::planning
