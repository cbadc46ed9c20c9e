// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchmarks.h"

namespace cp::bench {

// Each benchmark lives in its own bench_<name>.cpp and is listed here.

QList<Benchmark> benchmarks()
{
    return {
        {"alarms", "events/s through parse → classify → alarm engine, 10k-event bodies [--bodies N]", runAlarmsBench},
    };
}

} // namespace cp::bench
