// SPDX-License-Identifier: GPL-2.0-or-later
#include "benchmarks.h"

namespace cp::bench {

// Each benchmark lives in its own bench_<name>.cpp and is listed here.

QList<Benchmark> benchmarks()
{
    return {
        {"render", "map renders at 1920x1080 (demo, 100k enterprises) and the live overlay with 1000 alarms", runRenderBench},
        {"store", "feed events committed per second in batches of 1000 (--events N, --batch B)", runStoreBench},
        {"shared", "shared PostgreSQL store: events/s vs GeoPackage, change → other seat p50/p99, catch-up of 100k changes "
                   "[--events N --changes C]",
         runSharedBench},
        {"seats", "4 seats on one PostgreSQL in the flood scenario: an acknowledgement until the other seats show it, p50/p99 "
                  "[--seconds S]",
         runSeatsBench},
        {"route", "road graph build, one-to-all, 1000 x 300 matrix; against QGIS network analysis", runRouteBench},
        {"dispatch", "team recommendation latency: demo teams to enterprises, 50 teams on a 1M-road network", runDispatchBench},
        {"orlib", "p-median heuristic on OR-Library pmed1-40 vs known optima; CBC on the small ones",
         runOrLibraryBench},
        {"console", "feed → console latency p50/p99 at 1000 events/s and in a flood; longest GUI block [--short]",
         runConsoleBench},
        {"alarms", "events/s: parse; parse → plugins → engine → store on one thread; the live session over HTTP [--bodies N]",
         runAlarmsBench},
        {"restore", "a store of 10M events opens and shows its open alarms [--events N --alarms A --open O --keep FILE]",
         runRestoreBench},
        {"incidents", "500 incidents with 5000 orders: restore until listed, and switching the panel [--incidents N --orders M]",
         runIncidentsBench},
        {"soak", "resident memory over hours of flood, every alarm acknowledged: flat after the horizon "
                 "[--minutes M --rate R --forget-minutes F --csv FILE --svg FILE]",
         runSoakBench},
    };
}

} // namespace cp::bench
