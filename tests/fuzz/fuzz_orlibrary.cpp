// SPDX-License-Identifier: GPL-2.0-or-later
// An OR-Library p-median file given to commandpost-plan --orlib: a problem whose sizes agree with its
// header, or a refusal that names the file and line; never an allocation beyond CostMatrix::cellLimit.
#include "fuzzsupport.h"
#include "planning/orlibraryreader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = cp::fuzz::writeInput(data, size, QStringLiteral("pmed.txt"));
    QString error;
    const std::optional<cp::planning::PlacementProblem> problem = cp::planning::OrLibraryReader::read(path, &error);
    if (!problem) {
        if (!error.contains(path))
            std::abort();
        return 0;
    }
    const cp::planning::CostMatrix &costs = problem->costs;
    if (costs.demandCount() != costs.siteCount() || problem->siteCount < 1 || problem->siteCount > costs.siteCount())
        std::abort();
    return 0;
}
