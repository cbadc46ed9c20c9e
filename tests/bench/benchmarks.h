// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "benchreport.h"

#include "core/alarmevent.h"
#include "core/enterprise.h"

namespace cp::bench {

//! Every benchmark of commandpost-bench, in the order --list shows them (benchmarks.cpp).
QList<Benchmark> benchmarks();

//! \a count distinct events of the feed "bench" over 400 enterprises and 5000 sensors (bench_store.cpp).
QList<core::AlarmEvent> benchFeedEvents(int count);

//! Feed events committed per second through the GeoPackage store (bench_store.cpp).
int runStoreBench(BenchReport &report, const QStringList &args);

//! The shared PostgreSQL store: ingest against the GeoPackage, change → seat latency, catch-up (bench_shared.cpp).
int runSharedBench(BenchReport &report, const QStringList &args);
//! Four seats' live sessions on one PostgreSQL in a flood: acknowledgement → other seats (bench_seats.cpp).
int runSeatsBench(BenchReport &report, const QStringList &args);

//! Road graph build, one-to-all and matrices, against QGIS's network analysis (bench_route.cpp).
int runRouteBench(BenchReport &report, const QStringList &arguments);

//! Team recommendation latency on the demo and on a generated million-road network (bench_dispatch.cpp).
int runDispatchBench(BenchReport &report, const QStringList &arguments);

//! OR-Library p-median: the heuristic on pmed1–40 against the known optima, CBC on the small ones (bench_orlib.cpp).
int runOrLibraryBench(BenchReport &report, const QStringList &arguments);

//! Alarm ingest events/s: parse, the one-thread pipeline, the live session over HTTP (bench_alarms.cpp).
int runAlarmsBench(BenchReport &report, const QStringList &arguments);

//! A store of months of events opened by the live session, open alarms shown (bench_restore.cpp).
int runRestoreBench(BenchReport &report, const QStringList &arguments);

//! The incident side of a restart on 500 incidents and 5000 orders, and switching incidents (bench_incidents.cpp).
int runIncidentsBench(BenchReport &report, const QStringList &arguments);

//! The enterprises commandpost-feedsim --enterprises \a count serves: E0001 … with four sectors in turn (bench_console.cpp).
QList<core::Enterprise> simulatorEnterprises(int count);

//! Feed → alarm console latency at 1000 events/s and the GUI thread's longest block in a flood (bench_console.cpp).
int runConsoleBench(BenchReport &report, const QStringList &arguments);

//! Resident memory of the desk's pipeline over hours of the flood scenario, acknowledged as it comes (bench_soak.cpp).
int runSoakBench(BenchReport &report, const QStringList &arguments);

//! Full map renders at 1920x1080 and the live overlay's update (bench_render.cpp).
int runRenderBench(BenchReport &report, const QStringList &arguments);

} // namespace cp::bench
