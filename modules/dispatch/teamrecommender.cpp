// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/teamrecommender.h"

#include "dispatch/tr.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace cp::dispatch {

namespace {

QList<core::Capability> distinct(const QList<core::Capability> &capabilities)
{
    QList<core::Capability> result;
    for (core::Capability c : capabilities) {
        if (!result.contains(c))
            result.append(c);
    }
    return result;
}

//! Bit i set when \a team has capabilities[i]; a needed list has at most every capability (13).
std::uint32_t capabilityMask(const core::Team &team, const QList<core::Capability> &capabilities)
{
    std::uint32_t mask = 0;
    for (int i = 0; i < capabilities.size(); ++i) {
        if (team.hasCapability(capabilities[i]))
            mask |= 1u << i;
    }
    return mask;
}

//! Exact minimum cover by (team count, sum of ETA), branching on the lowest uncovered capability.
class CoverSearch
{
public:
    struct Candidate
    {
        std::uint32_t mask;
        int index;
        double eta;
    };

    CoverSearch(std::vector<Candidate> candidates, std::uint32_t wanted)
        : m_candidates(std::move(candidates))
        , m_wanted(wanted)
    {
    }

    QList<int> run()
    {
        search(0, 0.0);
        return m_best;
    }

private:
    void search(std::uint32_t covered, double sum)
    {
        if (covered == m_wanted) {
            if (m_chosen.size() < m_best.size() || m_best.isEmpty()
                || (m_chosen.size() == m_best.size() && sum < m_bestSum)) {
                m_best = m_chosen;
                m_bestSum = sum;
            }
            return;
        }
        // Another team is needed: stop when that cannot beat the best cover found so far.
        if (!m_best.isEmpty()
            && (m_chosen.size() + 1 > m_best.size() || (m_chosen.size() + 1 == m_best.size() && sum >= m_bestSum)))
            return;
        const std::uint32_t open = m_wanted & ~covered;
        const std::uint32_t lowest = open & (~open + 1u);
        for (const Candidate &c : m_candidates) {
            if (!(c.mask & lowest))
                continue;
            m_chosen.append(c.index);
            search(covered | c.mask, sum + c.eta);
            m_chosen.removeLast();
        }
    }

    std::vector<Candidate> m_candidates;
    std::uint32_t m_wanted;
    QList<int> m_chosen;
    QList<int> m_best;
    double m_bestSum = std::numeric_limits<double>::infinity();
};

} // namespace

double Recommendation::lastArrivalSeconds() const
{
    double last = 0;
    for (const TeamEta &t : proposed)
        last = std::max(last, t.etaSeconds);
    return last;
}

QList<int> chooseCoveringTeams(const QList<TeamEta> &byEta, const QList<core::Capability> &needed)
{
    const QList<core::Capability> capabilities = distinct(needed);
    std::vector<std::uint32_t> masks;
    std::uint32_t coverable = 0;
    for (const TeamEta &t : byEta) {
        masks.push_back(capabilityMask(t.team, capabilities));
        coverable |= masks.back();
    }
    if (coverable == 0)
        return {};
    // 1. The earliest ETA threshold by which the teams arriving cover everything coverable.
    int end = 0;
    for (std::uint32_t reached = 0; reached != coverable; ++end)
        reached |= masks[end];
    const double threshold = byEta[end - 1].etaSeconds;
    while (end < byEta.size() && byEta[end].etaSeconds <= threshold)
        ++end;
    // 2. Per distinct capability set only the quickest team; byEta is sorted, so the first one seen.
    std::vector<CoverSearch::Candidate> candidates;
    for (int i = 0; i < end; ++i) {
        const std::uint32_t mask = masks[i];
        const bool known = std::any_of(candidates.cbegin(), candidates.cend(),
                                       [mask](const CoverSearch::Candidate &c) { return c.mask == mask; });
        if (mask != 0 && !known)
            candidates.push_back({mask, i, byEta[i].etaSeconds});
    }
    // 3. The exact minimum cover among them.
    QList<int> chosen = CoverSearch(std::move(candidates), coverable).run();
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

TeamRecommender::TeamRecommender(routing::RoadGraph graph, double maxSnapMetres)
    : m_snapper(graph, maxSnapMetres)
    , m_router(graph)
{
}

std::optional<Recommendation> TeamRecommender::recommend(const core::GeoPoint &incident,
                                                         const QList<core::Capability> &needed,
                                                         const QList<core::Team> &teams,
                                                         const QHash<QString, QString> &commitments, QString *error)
{
    QString snapError;
    const std::optional<routing::RoadLocation> target = m_snapper.snap(incident, &snapError);
    if (!target) {
        if (error)
            *error = Tr::tr("The incident cannot be reached by road: %1").arg(snapError);
        return std::nullopt;
    }
    QVector<QString> reasons(teams.size());
    QVector<routing::RoadLocation> places;
    QList<int> placed;
    for (int i = 0; i < teams.size(); ++i) {
        const core::Team &team = teams[i];
        switch (team.status) {
        case core::TeamStatus::Dispatched:
        case core::TeamStatus::EnRoute:
        case core::TeamStatus::OnScene:
        case core::TeamStatus::Returning:
            reasons[i] = commitments.contains(team.id) ? Tr::tr("dispatched to incident %1").arg(commitments.value(team.id))
                                                       : Tr::tr("dispatched");
            continue;
        case core::TeamStatus::OffDuty:
            reasons[i] = Tr::tr("off duty");
            continue;
        case core::TeamStatus::Maintenance:
            reasons[i] = Tr::tr("in maintenance");
            continue;
        case core::TeamStatus::Available:
            break;
        }
        const std::optional<routing::RoadLocation> place = m_snapper.snap(team.position, &snapError);
        if (!place) {
            reasons[i] = Tr::tr("not on the road network: %1").arg(snapError);
            continue;
        }
        places.append(*place);
        placed.append(i);
    }

    Recommendation result;
    const QVector<routing::Route> routes = m_router.travelTimes(*target, places, routing::Direction::ToOrigin, true);
    for (int k = 0; k < placed.size(); ++k) {
        const core::Team &team = teams[placed[k]];
        if (!routes[k].isReachable()) {
            reasons[placed[k]] = Tr::tr("no road route to the incident");
            continue;
        }
        result.ranked.append({team, routes[k].seconds, routes[k].metres, m_router.graph().toGeo(routes[k].path)});
    }
    for (int i = 0; i < teams.size(); ++i) {
        if (!reasons[i].isEmpty())
            result.excluded.append({teams[i], reasons[i]});
    }
    std::sort(result.ranked.begin(), result.ranked.end(), [](const TeamEta &a, const TeamEta &b) {
        return a.etaSeconds != b.etaSeconds ? a.etaSeconds < b.etaSeconds : a.team.id < b.team.id;
    });
    for (core::Capability c : distinct(needed)) {
        const bool someone = std::any_of(result.ranked.cbegin(), result.ranked.cend(),
                                         [c](const TeamEta &t) { return t.team.hasCapability(c); });
        if (!someone)
            result.uncovered.append(c);
    }
    for (int i : chooseCoveringTeams(result.ranked, needed))
        result.proposed.append(result.ranked[i]);
    return result;
}

} // namespace cp::dispatch
