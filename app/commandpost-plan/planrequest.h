// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/placementproblem.h"
#include "planning/sitelayerreader.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace cp::plantool {

//! How the costs between demand points and sites are measured.
enum class CostSource
{
    Road,     //!< travel minutes over the road layer
    Straight, //!< straight-line metres in EPSG:4548
};

//! Which solver runs.
enum class SolverChoice
{
    Exact,     //!< CBC
    Heuristic, //!< PMedianHeuristic or CoveringHeuristic
    Auto,      //!< CBC up to autoExactPairs demand–site pairs (always for capacitated, never for pcenter), else the heuristic
};

/*!
 * \brief One placement run on layers, as the command line of commandpost-plan asks for it.
 *
 * addOptions() declares the options, fromParser() reads and checks them.
 */
struct PlanRequest
{
    //! Largest demand × candidate count that SolverChoice::Auto hands to CBC.
    static constexpr double autoExactPairs = 100000.0;

    planning::PlacementModel model = planning::PlacementModel::PMedian;
    int p = 0;
    double limit = 0.0; //!< minutes (road) or metres (straight); covering models only
    planning::LayerSpec demand;
    QString weightField = QStringLiteral("population");
    QList<planning::LayerSpec> candidates;
    QString capacityField = QStringLiteral("capacity");
    //! "FIELD=VALUE" (candidates whose field equals VALUE), or a layer "FILE[:LAYER]" whose features join the candidates; empty: none
    QString fixed;
    QStringList excluded; //!< candidate ids
    CostSource cost = CostSource::Road;
    planning::LayerSpec roads;
    SolverChoice solver = SolverChoice::Auto;
    double timeLimitSeconds = 0.0;
    quint64 seed = 1;
    QString out; //!< GeoPackage to write; empty: none
    bool verbose = false;

    //! Minutes or metres, translated.
    QString unit() const;

    static void addOptions(QCommandLineParser &parser);
    /*!
     * \brief The request \a parser holds; nullopt with a translated \a error naming the option and value.
     *
     * \a demoPath is the demo GeoPackage that --demo fills the layers from; empty when it is not installed.
     */
    static std::optional<PlanRequest> fromParser(const QCommandLineParser &parser, const QString &demoPath,
                                                 QString *error);
};

//! The key of \a model on the command line and in the output ("pmedian" …).
QString modelKey(planning::PlacementModel model);

} // namespace cp::plantool
