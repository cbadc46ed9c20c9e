// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/coveringheuristic.h"

#include "planning/tr.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <vector>

namespace cp::planning {

namespace {

//! Which points each allowed site covers, and how many open sites cover each point.
class Coverage
{
public:
    Coverage(const PlacementProblem &problem, const QList<int> &allowed, double limit)
        : m_problem(problem), m_sites(problem.costs.siteCount()), m_points(problem.costs.demandCount())
    {
        for (int j : allowed) {
            for (int i = 0; i < problem.costs.demandCount(); ++i) {
                if (problem.costs.cost(i, j) <= limit)
                    m_sites[static_cast<size_t>(j)].push_back(i);
            }
        }
        m_count.assign(m_points, 0);
        m_sum.assign(m_points, 0);
        m_open.assign(static_cast<size_t>(problem.costs.siteCount()), 0);
    }

    const std::vector<int> &covered(int site) const { return m_sites[static_cast<size_t>(site)]; }
    int count(int point) const { return m_count[static_cast<size_t>(point)]; }
    //! The one open site covering \a point; meaningful when count(point) == 1.
    int soleCoverer(int point) const { return static_cast<int>(m_sum[static_cast<size_t>(point)]); }
    bool isOpen(int site) const { return m_open[static_cast<size_t>(site)]; }
    double weight(int point) const { return m_problem.costs.weight(point); }

    void setOpen(int site, bool open)
    {
        m_open[static_cast<size_t>(site)] = open ? 1 : 0;
        const int delta = open ? 1 : -1;
        for (int i : covered(site)) {
            m_count[static_cast<size_t>(i)] += delta;
            m_sum[static_cast<size_t>(i)] += delta * static_cast<qint64>(site);
        }
    }

    //! Weight covered by at least one open site.
    double coveredWeight() const
    {
        double total = 0.0;
        for (size_t i = 0; i < m_points; ++i)
            total += m_count[i] > 0 ? weight(static_cast<int>(i)) : 0.0;
        return total;
    }

    //! Weight that opening \a site would newly cover.
    double gain(int site) const
    {
        double total = 0.0;
        for (int i : covered(site))
            total += count(i) == 0 ? weight(i) : 0.0;
        return total;
    }

private:
    const PlacementProblem &m_problem;
    std::vector<std::vector<int>> m_sites;
    size_t m_points;
    std::vector<int> m_count;
    std::vector<qint64> m_sum;
    std::vector<char> m_open;
};

QList<int> openSites(const Coverage &coverage, int siteCount)
{
    QList<int> sites;
    for (int j = 0; j < siteCount; ++j) {
        if (coverage.isOpen(j))
            sites.append(j);
    }
    return sites;
}

//! Chvátal's greedy set cover, then redundant non-fixed sites dropped, fewest-covering first.
QList<int> setCover(const PlacementProblem &problem, const QList<int> &allowed, double limit)
{
    Coverage coverage(problem, allowed, limit);
    for (int j : problem.fixedOpen) {
        if (!coverage.isOpen(j))
            coverage.setOpen(j, true);
    }
    const auto uncovered = [&](int site) {
        return static_cast<int>(std::count_if(coverage.covered(site).begin(), coverage.covered(site).end(),
                                              [&](int i) { return coverage.count(i) == 0; }));
    };
    for (;;) {
        int best = -1, bestCount = 0;
        for (int j : allowed) {
            const int c = coverage.isOpen(j) ? 0 : uncovered(j);
            if (c > bestCount)
                best = j, bestCount = c;
        }
        if (best < 0)
            break;
        coverage.setOpen(best, true);
    }
    QList<int> open = openSites(coverage, problem.costs.siteCount());
    std::stable_sort(open.begin(), open.end(), [&](int a, int b) {
        return coverage.covered(a).size() < coverage.covered(b).size();
    });
    for (int j : std::as_const(open)) {
        if (problem.fixedOpen.contains(j))
            continue;
        const auto &points = coverage.covered(j);
        if (std::all_of(points.begin(), points.end(), [&](int i) { return coverage.count(i) >= 2; }))
            coverage.setOpen(j, false);
    }
    return openSites(coverage, problem.costs.siteCount());
}


/*!
 * p-center by covering: the smallest radius (binary search over the costs) at which the greedy set
 * cover needs at most p sites, then the free slots filled one at a time, each with the site that lowers
 * the largest cost the most (then the total). Returns the open sites.
 */
QList<int> centerByCovering(const PlacementProblem &problem, const QList<int> &allowed, double lowerBound)
{
    const CostMatrix &costs = problem.costs;
    std::vector<double> radii;
    for (int i = 0; i < costs.demandCount(); ++i) {
        for (int j : allowed) {
            if (costs.cost(i, j) >= lowerBound && std::isfinite(costs.cost(i, j)))
                radii.push_back(costs.cost(i, j));
        }
    }
    std::sort(radii.begin(), radii.end());
    radii.erase(std::unique(radii.begin(), radii.end()), radii.end());
    size_t low = 0, high = radii.size() - 1; // the largest radius covers everything with the fixed sites + 1
    QList<int> best = setCover(problem, allowed, radii[high]);
    while (low < high) {
        const size_t middle = (low + high) / 2;
        const QList<int> cover = setCover(problem, allowed, radii[middle]);
        if (cover.size() <= problem.siteCount)
            high = middle, best = cover;
        else
            low = middle + 1;
    }
    if (best.size() > problem.siteCount) {
        // Unreachable pairs can keep any p sites from covering everyone: fill from the fixed sites alone.
        best.clear();
        for (int j : problem.fixedOpen) {
            if (!best.contains(j))
                best.append(j);
        }
    }
    std::vector<double> nearest(static_cast<size_t>(costs.demandCount()), INFINITY);
    for (int i = 0; i < costs.demandCount(); ++i) {
        for (int j : std::as_const(best))
            nearest[static_cast<size_t>(i)] = std::min(nearest[static_cast<size_t>(i)], costs.cost(i, j));
    }
    while (best.size() < problem.siteCount) {
        int pick = -1;
        double pickWorst = INFINITY, pickTotal = INFINITY;
        for (int j : allowed) {
            if (best.contains(j))
                continue;
            double worst = 0.0, total = 0.0;
            for (int i = 0; i < costs.demandCount(); ++i) {
                const double d = std::min(nearest[static_cast<size_t>(i)], costs.cost(i, j));
                worst = std::max(worst, d);
                total += d;
            }
            if (worst < pickWorst || (worst == pickWorst && total < pickTotal))
                pick = j, pickWorst = worst, pickTotal = total;
        }
        best.append(pick);
        for (int i = 0; i < costs.demandCount(); ++i)
            nearest[static_cast<size_t>(i)] = std::min(nearest[static_cast<size_t>(i)], costs.cost(i, pick));
    }
    std::sort(best.begin(), best.end());
    return best;
}

} // namespace

CoveringHeuristic::CoveringHeuristic(CoveringHeuristicSettings settings) : m_settings(settings) {}

PlacementResult CoveringHeuristic::solve(const PlacementProblem &problem, SolveControl *control) const
{
    QElapsedTimer timer;
    timer.start();
    PlacementResult result;
    if (problem.model != PlacementModel::SetCovering && problem.model != PlacementModel::MaximalCovering
        && problem.model != PlacementModel::PCenter) {
        result.message = Tr::tr("The covering heuristic solves set-covering, maximal-covering and p-center problems "
                                "only.");
        return result;
    }
    if (auto rejection = rejectProblem(problem))
        return *rejection;
    const QList<int> allowed = allowedSites(problem);
    const CostMatrix &costs = problem.costs;

    if (problem.model == PlacementModel::SetCovering) {
        result.openSites = setCover(problem, allowed, problem.coverageLimit);
        result.objective = result.openSites.size();
        result.status = SolveStatus::Feasible;
    } else if (problem.model == PlacementModel::PCenter) {
        // No solution beats the farthest point's nearest allowed site.
        double lowerBound = 0.0;
        for (int i = 0; i < costs.demandCount(); ++i) {
            double nearest = INFINITY;
            for (int j : allowed)
                nearest = std::min(nearest, costs.cost(i, j));
            lowerBound = std::max(lowerBound, nearest);
        }
        result.openSites = centerByCovering(problem, allowed, lowerBound);
        result.objective = 0.0;
        for (int i = 0; i < costs.demandCount(); ++i) {
            double nearest = INFINITY;
            for (int j : std::as_const(result.openSites))
                nearest = std::min(nearest, costs.cost(i, j));
            result.objective = std::max(result.objective, nearest);
        }
        result.bound = lowerBound;
        result.status = result.objective <= lowerBound ? SolveStatus::Optimal : SolveStatus::Feasible;
    } else {
        Coverage coverage(problem, allowed, problem.coverageLimit);
        std::vector<char> fixed(static_cast<size_t>(costs.siteCount()), 0);
        int openCount = 0;
        for (int j : problem.fixedOpen) {
            if (!fixed[static_cast<size_t>(j)]) {
                fixed[static_cast<size_t>(j)] = 1;
                coverage.setOpen(j, true);
                ++openCount;
            }
        }
        // The bound: no p sites cover more than all coverable weight, nor more than the fixed sites'
        // coverage plus the largest single coverages of the rest.
        Coverage all(problem, allowed, problem.coverageLimit);
        for (int j : allowed)
            all.setOpen(j, true);
        std::vector<double> single;
        double fixedWeight = coverage.coveredWeight();
        for (int j : allowed) {
            if (!fixed[static_cast<size_t>(j)]) {
                double w = 0.0;
                for (int i : coverage.covered(j))
                    w += coverage.count(i) == 0 ? costs.weight(i) : 0.0;
                single.push_back(w);
            }
        }
        std::sort(single.begin(), single.end(), std::greater<double>());
        double bound = fixedWeight;
        for (int k = 0; k < problem.siteCount - openCount && k < static_cast<int>(single.size()); ++k)
            bound += single[static_cast<size_t>(k)];
        result.bound = std::min(bound, all.coveredWeight());

        // Greedy start.
        while (openCount < problem.siteCount) {
            int best = -1;
            double bestGain = -1.0;
            for (int j : allowed) {
                if (!coverage.isOpen(j) && coverage.gain(j) > bestGain)
                    best = j, bestGain = coverage.gain(j);
            }
            coverage.setOpen(best, true);
            ++openCount;
        }

        const auto stop = [&] {
            return control
                   && (control->cancelled()
                       || (control->timeLimitSeconds > 0 && timer.elapsed() > control->timeLimitSeconds * 1000.0));
        };
        std::vector<double> back(static_cast<size_t>(costs.siteCount()), 0.0);
        // Best-improvement swaps until none improves; profit(f, r) = gain(f) − loss(r) + back(f, r), where
        // back(f, r) is the weight only r covers now and f would cover too.
        const auto localSearch = [&] {
            while (!stop()) {
                std::vector<double> loss(static_cast<size_t>(costs.siteCount()), 0.0);
                for (int j : allowed) {
                    if (coverage.isOpen(j)) {
                        for (int i : coverage.covered(j))
                            loss[static_cast<size_t>(j)] += coverage.count(i) == 1 ? costs.weight(i) : 0.0;
                    }
                }
                double bestProfit = 1e-9 * std::max(1.0, coverage.coveredWeight());
                int bestIn = -1, bestOut = -1;
                for (int f : allowed) {
                    if (coverage.isOpen(f))
                        continue;
                    double gain = 0.0;
                    for (int i : coverage.covered(f)) {
                        if (coverage.count(i) == 0)
                            gain += costs.weight(i);
                        else if (coverage.count(i) == 1)
                            back[static_cast<size_t>(coverage.soleCoverer(i))] += costs.weight(i);
                    }
                    for (int r : allowed) {
                        if (!coverage.isOpen(r))
                            continue;
                        const double profit = gain - loss[static_cast<size_t>(r)] + back[static_cast<size_t>(r)];
                        back[static_cast<size_t>(r)] = 0.0;
                        if (!fixed[static_cast<size_t>(r)] && profit > bestProfit)
                            bestProfit = profit, bestIn = f, bestOut = r;
                    }
                }
                if (bestIn < 0)
                    return;
                coverage.setOpen(bestOut, false);
                coverage.setOpen(bestIn, true);
            }
        };
        localSearch();
        QList<int> best = openSites(coverage, costs.siteCount());
        double bestWeight = coverage.coveredWeight();
        std::mt19937_64 rng(m_settings.seed);
        const int closedCount = static_cast<int>(allowed.size()) - problem.siteCount;
        const int fixedCount = static_cast<int>(std::count(fixed.begin(), fixed.end(), 1));
        const int kmax = std::min({m_settings.maxShakeSize, problem.siteCount - fixedCount, closedCount});
        const double tolerance = 1e-9 * std::max(1.0, result.bound);
        int k = 1;
        for (int iteration = 0; iteration < m_settings.iterations && kmax > 0 && bestWeight < result.bound - tolerance;
             ++iteration) {
            if (stop())
                break;
            for (int step = 0; step < k; ++step) {
                int out, in;
                do
                    out = best.at(static_cast<int>(rng() % static_cast<quint64>(best.size())));
                while (fixed[static_cast<size_t>(out)] || !coverage.isOpen(out));
                do
                    in = allowed.at(static_cast<int>(rng() % static_cast<quint64>(allowed.size())));
                while (coverage.isOpen(in));
                coverage.setOpen(out, false);
                coverage.setOpen(in, true);
            }
            localSearch();
            const double weight = coverage.coveredWeight();
            if (weight >= bestWeight) {
                k = weight > bestWeight ? 1 : k % kmax + 1;
                best = openSites(coverage, costs.siteCount());
                bestWeight = weight;
            } else {
                // Back to the best solution before the next shake.
                for (int j : openSites(coverage, costs.siteCount()))
                    coverage.setOpen(j, false);
                for (int j : std::as_const(best))
                    coverage.setOpen(j, true);
                k = k % kmax + 1;
            }
            if (control && control->progress)
                control->progress({iteration, bestWeight, static_cast<double>(timer.nsecsElapsed()) / 1e6});
            ++result.iterations;
        }
        result.openSites = best;
        result.objective = bestWeight;
        result.status = bestWeight >= result.bound - tolerance ? SolveStatus::Optimal : SolveStatus::Feasible;
    }
    if (control && control->cancelled())
        result.status = SolveStatus::Cancelled;
    const double reach = problem.model == PlacementModel::PCenter ? INFINITY : problem.coverageLimit;
    for (int i = 0; i < costs.demandCount(); ++i) {
        int site = -1;
        for (int j : std::as_const(result.openSites)) {
            if (costs.cost(i, j) <= reach && (site < 0 || costs.cost(i, j) < costs.cost(i, site)))
                site = j;
        }
        result.assignment.append(site);
    }
    result.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace cp::planning
