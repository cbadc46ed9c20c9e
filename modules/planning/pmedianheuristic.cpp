// SPDX-License-Identifier: GPL-2.0-or-later
#include "planning/pmedianheuristic.h"

#include "planning/tr.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace cp::planning {

namespace {

/*!
 * The search state. Sites open are held in slots (a swap puts the new site in the old one's slot).
 * Per point: nearest (c1, d1) and second-nearest (c2, d2) open site and their weighted costs.
 * Resende & Werneck's move tables, kept up to date incrementally:
 *   gain[f]        = Σ_{u: d(u,f) < d1(u)} (d1(u) − d(u,f))                  (opening closed site f)
 *   loss[s]        = Σ_{u: c1(u) = open[s]} (d2(u) − d1(u))                  (closing the site in slot s)
 *   extra[s·m + f] = Σ_{u: c1(u) = open[s], d(u,f) < d2(u)} (d2(u) − max(d(u,f), d1(u)))
 * so swapping f in for open[s] lowers the total by gain[f] − loss[s] + extra[s·m + f].
 */
struct State
{
    std::vector<int> open;        // per slot
    std::vector<int> slotOf;      // per site, −1 when closed
    std::vector<int> c1, c2;      // per point
    std::vector<double> d1, d2;   // per point, weighted
    std::vector<double> gain, loss, extra;
    double objective = 0.0;
};

class Search
{
public:
    Search(const PlacementProblem &problem, const PMedianHeuristicSettings &settings, SolveControl *control)
        : m_n(problem.costs.demandCount())
        , m_m(problem.costs.siteCount())
        , m_p(problem.siteCount)
        , m_settings(settings)
        , m_control(control)
        , m_rng(settings.seed)
    {
        // Site-major weighted costs for the greedy start. Unreachable pairs cost more than any
        // solution that serves every point, so the arithmetic stays finite and such solutions lose.
        m_costs.resize(static_cast<size_t>(m_n) * static_cast<size_t>(m_m));
        double worstTotal = 0.0;
        for (int i = 0; i < m_n; ++i) {
            double worst = 0.0;
            for (int j = 0; j < m_m; ++j) {
                const double c = problem.costs.cost(i, j);
                if (std::isfinite(c))
                    worst = std::max(worst, c * problem.costs.weight(i));
            }
            worstTotal += worst;
        }
        const double unreachable = 2.0 * worstTotal + 1.0;
        m_none = 2.0 * unreachable;
        for (int i = 0; i < m_n; ++i) {
            const double w = problem.costs.weight(i);
            for (int j = 0; j < m_m; ++j) {
                const double c = problem.costs.cost(i, j);
                at(j, i) = w == 0.0 ? 0.0 : (std::isfinite(c) ? w * c : unreachable);
            }
        }
        m_fixed.assign(static_cast<size_t>(m_m), 0);
        for (int j : problem.fixedOpen)
            m_fixed[static_cast<size_t>(j)] = 1;
        const QList<int> allowed = allowedSites(problem);
        m_candidates.assign(allowed.begin(), allowed.end());

        // Per point, the allowed sites from nearest to farthest, with their costs alongside.
        m_k = static_cast<int>(m_candidates.size());
        m_sortedSite.resize(static_cast<size_t>(m_n) * m_k);
        m_sortedCost.resize(m_sortedSite.size());
        std::vector<int> order(m_candidates);
        for (int i = 0; i < m_n; ++i) {
            std::sort(order.begin(), order.end(), [&](int a, int b) {
                const double ca = at(a, i), cb = at(b, i);
                return ca < cb || (ca == cb && a < b);
            });
            for (int t = 0; t < m_k; ++t) {
                m_sortedSite[static_cast<size_t>(i) * m_k + t] = order[static_cast<size_t>(t)];
                m_sortedCost[static_cast<size_t>(i) * m_k + t] = at(order[static_cast<size_t>(t)], i);
            }
        }
        m_affected.reserve(static_cast<size_t>(m_n));
        m_timer.start();
    }

    //! Greedy start, local search, then VNS; returns the best state found.
    State run(int *iterations)
    {
        State current = greedy();
        localSearch(current);
        State best = current;
        const int swappable = std::min(m_p - fixedCount(), static_cast<int>(m_candidates.size()) - m_p);
        const int kmax = std::min(m_settings.maxShakeSize, swappable);
        int k = 1;
        int iteration = 0;
        const int budget = std::min(m_settings.maxIterations,
                                    std::max(m_settings.minIterations, m_settings.iterationsPerSite * m_p));
        for (; iteration < budget && kmax > 0; ++iteration) {
            if (shouldStop())
                break;
            current = best;
            shake(current, k);
            localSearch(current);
            if (current.objective < best.objective - tolerance(best.objective)) {
                best = current;
                k = 1;
            } else if (current.objective <= best.objective + tolerance(best.objective)) {
                // An equal solution elsewhere: move on to it, so the search drifts across plateaus
                // instead of shaking the same point again.
                best = current;
                k = k % kmax + 1;
            } else {
                k = k % kmax + 1;
            }
            report(iteration, best.objective);
        }
        *iterations = iteration;
        return best;
    }

private:
    double &at(int site, int point) { return m_costs[static_cast<size_t>(site) * m_n + point]; }
    double at(int site, int point) const { return m_costs[static_cast<size_t>(site) * m_n + point]; }
    static double tolerance(double objective) { return 1e-9 * std::max(1.0, std::abs(objective)); }

    int fixedCount() const { return static_cast<int>(std::count(m_fixed.begin(), m_fixed.end(), 1)); }

    bool shouldStop() const
    {
        if (!m_control)
            return false;
        return m_control->cancelled()
               || (m_control->timeLimitSeconds > 0 && m_timer.elapsed() > m_control->timeLimitSeconds * 1000.0);
    }

    void report(int iteration, double objective) const
    {
        if (m_control && m_control->progress)
            m_control->progress({iteration, objective, static_cast<double>(m_timer.nsecsElapsed()) / 1e6});
    }

    //! Recomputes the nearest and second-nearest open site of point \a i from scratch (O(p)).
    void refreshPoint(State &s, int i) const
    {
        int b1 = -1, b2 = -1;
        double e1 = m_none, e2 = m_none;
        for (int j : s.open) {
            const double d = at(j, i);
            if (d < e1 || (d == e1 && (b1 < 0 || j < b1))) {
                b2 = b1, e2 = e1;
                b1 = j, e1 = d;
            } else if (d < e2 || (d == e2 && (b2 < 0 || j < b2))) {
                b2 = j, e2 = d;
            }
        }
        s.c1[i] = b1, s.d1[i] = e1, s.c2[i] = b2, s.d2[i] = e2;
    }

    //! Adds (\a sign = 1) or removes (−1) point \a i's share of the move tables.
    void contribute(State &s, int i, double sign) const
    {
        const double d1 = s.d1[i], d2 = s.d2[i];
        const int slot = s.slotOf[static_cast<size_t>(s.c1[i])];
        s.loss[static_cast<size_t>(slot)] += sign * (d2 - d1);
        double *extra = s.extra.data() + static_cast<size_t>(slot) * m_m;
        const int *site = m_sortedSite.data() + static_cast<size_t>(i) * m_k;
        const double *cost = m_sortedCost.data() + static_cast<size_t>(i) * m_k;
        for (int t = 0; t < m_k && cost[t] < d2; ++t) {
            const int f = site[t];
            if (s.slotOf[static_cast<size_t>(f)] >= 0)
                continue;
            if (cost[t] < d1)
                s.gain[static_cast<size_t>(f)] += sign * (d1 - cost[t]);
            extra[f] += sign * (d2 - std::max(cost[t], d1));
        }
    }

    //! Rebuilds the nearest sites and the move tables of \a s from its open sites.
    void rebuild(State &s) const
    {
        s.slotOf.assign(static_cast<size_t>(m_m), -1);
        for (size_t slot = 0; slot < s.open.size(); ++slot)
            s.slotOf[static_cast<size_t>(s.open[slot])] = static_cast<int>(slot);
        s.c1.assign(static_cast<size_t>(m_n), -1);
        s.c2.assign(static_cast<size_t>(m_n), -1);
        s.d1.assign(static_cast<size_t>(m_n), m_none);
        s.d2.assign(static_cast<size_t>(m_n), m_none);
        // Open and excluded sites can never be swapped in: −∞ keeps them out of the search branch-free.
        s.gain.assign(static_cast<size_t>(m_m), -INFINITY);
        for (int f : m_candidates) {
            if (s.slotOf[static_cast<size_t>(f)] < 0)
                s.gain[static_cast<size_t>(f)] = 0.0;
        }
        s.loss.assign(s.open.size(), 0.0);
        s.extra.assign(s.open.size() * static_cast<size_t>(m_m), 0.0);
        s.objective = 0.0;
        for (int i = 0; i < m_n; ++i) {
            refreshPoint(s, i);
            contribute(s, i, 1.0);
            s.objective += s.d1[i];
        }
    }

    //! Opens \a in in the slot of \a out, updating only the points whose two nearest sites can change.
    void swap(State &s, int in, int out)
    {
        m_affected.clear();
        for (int i = 0; i < m_n; ++i) {
            if (s.c1[i] == out || s.c2[i] == out || at(in, i) < s.d2[i]) {
                m_affected.push_back(i);
                contribute(s, i, -1.0);
            }
        }
        const int slot = s.slotOf[static_cast<size_t>(out)];
        s.open[static_cast<size_t>(slot)] = in;
        s.slotOf[static_cast<size_t>(out)] = -1;
        s.slotOf[static_cast<size_t>(in)] = slot;
        // What the removals left in the changed entries is rounding only: start them clean.
        s.loss[static_cast<size_t>(slot)] = 0.0;
        std::fill_n(s.extra.begin() + static_cast<std::ptrdiff_t>(slot) * m_m, m_m, 0.0);
        s.gain[static_cast<size_t>(in)] = -INFINITY;
        s.gain[static_cast<size_t>(out)] = 0.0;
        for (size_t r = 0; r < s.open.size(); ++r)
            s.extra[r * static_cast<size_t>(m_m) + static_cast<size_t>(in)] = 0.0;
        for (int i : m_affected) {
            const double d = at(in, i);
            if (s.c1[i] == out || s.c2[i] == out) {
                refreshPoint(s, i);
            } else if (d < s.d1[i] || (d == s.d1[i] && in < s.c1[i])) {
                s.c2[i] = s.c1[i], s.d2[i] = s.d1[i];
                s.c1[i] = in, s.d1[i] = d;
            } else {
                s.c2[i] = in, s.d2[i] = d;
            }
            contribute(s, i, 1.0);
        }
        double objective = 0.0;
        for (int i = 0; i < m_n; ++i)
            objective += s.d1[i];
        s.objective = objective;
    }

    //! Fixed sites first, then one site at a time, each the one that lowers the total the most.
    State greedy() const
    {
        State s;
        std::vector<double> nearest(static_cast<size_t>(m_n), m_none);
        std::vector<char> isOpen(static_cast<size_t>(m_m), 0);
        const auto open = [&](int site) {
            s.open.push_back(site);
            isOpen[static_cast<size_t>(site)] = 1;
            for (int i = 0; i < m_n; ++i)
                nearest[static_cast<size_t>(i)] = std::min(nearest[static_cast<size_t>(i)], at(site, i));
        };
        for (int j = 0; j < m_m; ++j) {
            if (m_fixed[static_cast<size_t>(j)])
                open(j);
        }
        while (static_cast<int>(s.open.size()) < m_p) {
            int bestSite = -1;
            double bestTotal = INFINITY;
            for (int j : m_candidates) {
                if (isOpen[static_cast<size_t>(j)])
                    continue;
                const double *col = m_costs.data() + static_cast<size_t>(j) * m_n;
                double total = 0.0;
                for (int i = 0; i < m_n; ++i)
                    total += std::min(col[i], nearest[static_cast<size_t>(i)]);
                if (total < bestTotal)
                    bestTotal = total, bestSite = j;
            }
            open(bestSite);
        }
        rebuild(s);
        return s;
    }

    //! Best improving swap from the move tables (O(p·m)) until none improves.
    void localSearch(State &s)
    {
        for (;;) {
            if (shouldStop())
                return;
            double bestProfit = tolerance(s.objective);
            int bestIn = -1, bestOut = -1;
            for (size_t slot = 0; slot < s.open.size(); ++slot) {
                const int r = s.open[slot];
                if (m_fixed[static_cast<size_t>(r)])
                    continue;
                const double *extra = s.extra.data() + slot * static_cast<size_t>(m_m);
                const double *gain = s.gain.data();
                // The row's best value first, in a branch-free loop the compiler vectorises; the
                // site that gives it is looked up only when it beats the best move so far.
                double rowBest = -INFINITY;
                for (int f = 0; f < m_m; ++f) {
                    const double value = gain[f] + extra[f];
                    rowBest = value > rowBest ? value : rowBest;
                }
                if (rowBest - s.loss[slot] > bestProfit) {
                    bestProfit = rowBest - s.loss[slot], bestOut = r;
                    bestIn = static_cast<int>(std::find_if(gain, gain + m_m, [&](const double &g) {
                                                  return g + extra[&g - gain] == rowBest;
                                              }) - gain);
                }
            }
            if (bestIn < 0)
                return;
            swap(s, bestIn, bestOut);
        }
    }

    /*!
     * \a k random local swaps: a random point's nearest open site (not fixed) gives way to one of the
     * sites nearest that point. Random swaps anywhere mostly undo themselves in the local search when
     * p is large; local ones move the solution where it can still improve.
     */
    void shake(State &s, int k)
    {
        const int reach = std::clamp(m_settings.shakeReach, 1, m_k);
        for (int step = 0; step < k; ++step) {
            int point;
            do
                point = static_cast<int>(m_rng() % static_cast<quint64>(m_n));
            while (m_fixed[static_cast<size_t>(s.c1[point])]);
            const int out = s.c1[point];
            const int *near = m_sortedSite.data() + static_cast<size_t>(point) * m_k;
            // From a random one of the nearest `reach` sites outward to the first closed one (there is
            // always one: kmax > 0 means a closed candidate exists).
            int t = static_cast<int>(m_rng() % static_cast<quint64>(reach));
            while (s.slotOf[static_cast<size_t>(near[t])] >= 0)
                t = (t + 1) % m_k;
            swap(s, near[t], out);
        }
    }

    const int m_n, m_m, m_p;
    int m_k = 0;
    double m_none = 0.0; // the cost of "no second site" (p = 1), above every real cost
    const PMedianHeuristicSettings &m_settings;
    SolveControl *m_control;
    std::mt19937_64 m_rng;
    std::vector<double> m_costs;
    std::vector<char> m_fixed;
    std::vector<int> m_candidates;
    std::vector<int> m_sortedSite;
    std::vector<double> m_sortedCost;
    std::vector<int> m_affected;
    QElapsedTimer m_timer;
};

} // namespace

PMedianHeuristic::PMedianHeuristic(PMedianHeuristicSettings settings) : m_settings(settings) {}

PlacementResult PMedianHeuristic::solve(const PlacementProblem &problem, SolveControl *control) const
{
    QElapsedTimer timer;
    timer.start();
    if (problem.model != PlacementModel::PMedian) {
        PlacementResult result;
        result.message = Tr::tr("The p-median heuristic solves p-median problems only.");
        return result;
    }
    if (auto rejection = rejectProblem(problem))
        return *rejection;

    Search search(problem, m_settings, control);
    PlacementResult result;
    const State best = search.run(&result.iterations);

    result.openSites = QList<int>(best.open.begin(), best.open.end());
    std::sort(result.openSites.begin(), result.openSites.end());
    const CostMatrix &costs = problem.costs;
    double objective = 0.0;
    for (int i = 0; i < costs.demandCount(); ++i) {
        int nearest = -1;
        for (int j : result.openSites) {
            if (nearest < 0 || costs.cost(i, j) < costs.cost(i, nearest))
                nearest = j;
        }
        result.assignment.append(nearest);
        if (costs.weight(i) > 0.0)
            objective += costs.weight(i) * costs.cost(i, nearest);
    }
    result.objective = objective;
    if (!std::isfinite(objective)) {
        result.status = SolveStatus::Infeasible;
        result.message = Tr::tr("No %1 sites found reach every demand point.").arg(problem.siteCount);
    } else {
        result.status = control && control->cancelled() ? SolveStatus::Cancelled : SolveStatus::Feasible;
    }
    result.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace cp::planning
