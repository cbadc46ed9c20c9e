// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/layerplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

namespace cp::app {

/*!
 * \brief The key figures of one solved plan, as the planning view shows and compares them.
 *
 * Travel figures are in the plan's cost unit: minutes by road, metres in a straight line.
 */
struct PlanFigures
{
    Q_DECLARE_TR_FUNCTIONS(cp::app::PlanFigures)

public:
    QString model;              //!< modelKey(): "pmedian" …
    planning::CostSource cost = planning::CostSource::Road;
    double objective = 0.0;
    double gapPercent = 0.0;    //!< NaN when no bound is known
    int sites = 0;              //!< open sites
    int newSites = 0;           //!< open sites that are not existing ones (see isExisting())
    double weightTotal = 0.0;   //!< people at all demand points
    double weightAssigned = 0.0;
    double withinNear = 0.0;    //!< people whose site is within nearLimit()
    double withinFar = 0.0;     //!< people whose site is within farLimit()
    double maxCost = 0.0;       //!< the longest trip of an assigned point
    double milliseconds = 0.0;  //!< solve time

    //! The figures of \a plan, solved with \a settings; \a existingLayer names the layer of existing shelters.
    static PlanFigures of(const planning::LayerPlan &plan, const planning::LayerPlanSettings &settings,
                          const QString &existingLayer = QStringLiteral("shelters"));

    //! 10 minutes by road, 4,000 m straight: the comparison's first reach.
    double nearLimit() const;
    //! 15 minutes by road, 6,000 m straight.
    double farLimit() const;
};

//! True when \a site is an existing facility: kept open by the plan, or read from \a existingLayer.
bool isExisting(const planning::PlanSite &site, const QString &existingLayer);

/*!
 * \brief Upper edges of the travel bands of the coverage chart: ≤5, 5–10, 10–15, 15–20, >20 minutes by road;
 * ≤2, 2–4, 4–6, 6–8, >8 km straight.
 */
QVector<double> bandEdges(planning::CostSource cost);

/*!
 * \brief People per travel band under \a plan's assignment.
 *
 * Entry i < edges.size() holds the people whose trip is above edges[i-1] (0 for i = 0) and at most edges[i];
 * entry edges.size() those beyond the last edge; the last entry, edges.size() + 1, the people no site serves.
 */
QVector<double> populationByBand(const planning::LayerPlan &plan, const QVector<double> &edges);

//! Translated band labels for \a edges in \a cost's unit ("≤ 5 min", "5–10 min" …, "> 20 min", "not served").
QStringList bandLabels(const QVector<double> &edges, planning::CostSource cost);

//! One row of a side-by-side comparison: a translated figure name and its value in two plans.
struct ComparisonRow
{
    QString figure;
    QString first;
    QString second; //!< empty when there is no second plan
};

//! The rows comparing \a first with \a second (nullptr: only the first): objective, sites, people within reach, longest trip.
QList<ComparisonRow> comparePlans(const PlanFigures &first, const PlanFigures *second);

} // namespace cp::app
