// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "benchreport.h"

namespace cp::bench {

//! Every benchmark of commandpost-bench, in the order --list shows them (benchmarks.cpp).
QList<Benchmark> benchmarks();

//! OR-Library p-median: the heuristic on pmed1–40 against the known optima, CBC on the small ones (bench_orlib.cpp).
int runOrLibraryBench(BenchReport &report, const QStringList &arguments);

} // namespace cp::bench
