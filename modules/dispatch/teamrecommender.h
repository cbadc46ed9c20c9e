// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/capability.h"
#include "core/geopoint.h"
#include "core/team.h"
#include "routing/router.h"
#include "routing/snapper.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cp::dispatch {

//! An available team that can reach the incident by road.
struct TeamEta
{
    core::Team team;
    double etaSeconds = 0;
    double metres = 0;
    //! The route from the team to the incident in travel order, longitude/latitude, for the map.
    QList<core::GeoPoint> route;
};

//! A team left out of the recommendation and why, in words for the operator.
struct ExcludedTeam
{
    core::Team team;
    QString reason;
};

struct Recommendation
{
    //! Every available, reachable team, quickest first (ties by team id).
    QList<TeamEta> ranked;
    //! The proposed set: covers every coverable needed capability, quickest first.
    QList<TeamEta> proposed;
    //! Busy, off-duty, in-maintenance and unreachable teams, in the order given.
    QList<ExcludedTeam> excluded;
    //! Needed capabilities no available, reachable team has; the operator must look elsewhere.
    QList<core::Capability> uncovered;
    //! Arrival of the last proposed team, 0 when nothing is proposed.
    double lastArrivalSeconds() const;
};

/*!
 * \brief Ranks rescue teams by road travel time to an incident and proposes who to send.
 *
 * One search on the road graph runs *towards* the incident (routing::Direction::ToOrigin), so a
 * one-way street counts in the direction the teams drive, and it stops once every team's place is
 * settled.
 *
 * The proposal minimises, in this order: the arrival of the last proposed team (the moment every
 * needed capability is on scene), the number of teams, the sum of their travel times. Method, exact
 * for the handful of capabilities an incident type needs:
 *  1. sort the reachable available teams by ETA; the smallest threshold T is the first ETA at which
 *     the teams arriving by T together cover every coverable capability;
 *  2. among the teams arriving by T, keep per distinct set of needed capabilities only the quickest
 *     team (a slower team with the same set can never be better under the order above);
 *  3. search the exact minimum cover over those by branching on the lowest uncovered capability,
 *     pruning on (team count, sum of ETA).
 */
class TeamRecommender
{
public:
    //! Keeps \a graph (shared, cheap) and builds its snapping index once.
    explicit TeamRecommender(routing::RoadGraph graph,
                             double maxSnapMetres = routing::Snapper::defaultMaxDistanceMetres);

    /*!
     * \brief The recommendation for an incident at \a incident needing \a needed.
     *
     * \a commitments maps the id of a Dispatched team to the incident it is committed to ("id title"),
     * which then appears in the exclusion reason. Returns nothing and sets \a error when the incident
     * itself cannot be placed on the road network.
     */
    std::optional<Recommendation> recommend(const core::GeoPoint &incident, const QList<core::Capability> &needed,
                                            const QList<core::Team> &teams,
                                            const QHash<QString, QString> &commitments = {},
                                            QString *error = nullptr);

private:
    routing::Snapper m_snapper;
    routing::Router m_router;
};

/*!
 * \brief The covering choice of TeamRecommender on teams already sorted by ETA.
 *
 * Returns indexes into \a byEta of the proposed teams, ascending; \a needed capabilities no team has
 * are ignored (the caller reports them). Public for the tests of the method itself.
 */
QList<int> chooseCoveringTeams(const QList<TeamEta> &byEta, const QList<core::Capability> &needed);

} // namespace cp::dispatch
