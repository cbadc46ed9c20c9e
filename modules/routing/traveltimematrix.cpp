// SPDX-License-Identifier: GPL-2.0-or-later
#include "routing/traveltimematrix.h"

#include "routing/router.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace cp::routing {

TravelTimeMatrix TravelTimeMatrix::compute(const RoadGraph &graph, const QVector<RoadLocation> &origins,
                                           const QVector<RoadLocation> &targets, Direction direction, int threads)
{
    TravelTimeMatrix matrix;
    matrix.m_rows = static_cast<int>(origins.size());
    matrix.m_columns = static_cast<int>(targets.size());
    matrix.m_seconds.assign(static_cast<size_t>(matrix.m_rows) * static_cast<size_t>(matrix.m_columns),
                            std::numeric_limits<double>::infinity());
    if (matrix.m_seconds.empty())
        return matrix;
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, matrix.m_rows);

    // Rows are handed out one at a time, so a slow row (a remote origin) does not hold up a whole block.
    std::atomic<int> nextRow{0};
    auto work = [&] {
        Router router(graph);
        for (int row = nextRow++; row < matrix.m_rows; row = nextRow++) {
            const QVector<Route> routes = router.travelTimes(origins[row], targets, direction, false);
            std::transform(routes.cbegin(), routes.cend(),
                           matrix.m_seconds.begin() + static_cast<std::ptrdiff_t>(row) * matrix.m_columns,
                           [](const Route &r) { return r.seconds; });
        }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return matrix;
}

} // namespace cp::routing
