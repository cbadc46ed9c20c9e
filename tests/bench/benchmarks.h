// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "benchreport.h"

namespace cp::bench {

//! Every benchmark of commandpost-bench, in the order --list shows them (benchmarks.cpp).
QList<Benchmark> benchmarks();

int runAlarmsBench(BenchReport &report, const QStringList &arguments);

} // namespace cp::bench
