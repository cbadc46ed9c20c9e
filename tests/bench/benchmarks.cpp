// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchmarks.h"

namespace cp::bench {

// Each benchmark lives in its own bench_<name>.cpp and is listed here.

QList<Benchmark> benchmarks()
{
    return {
        {"orlib", "p-median heuristic on OR-Library pmed1-40 vs known optima; CBC on the small ones",
         runOrLibraryBench},
    };
}

} // namespace cp::bench
