// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "planning/layerplan.h"

#include <QCommandLineParser>

#include <optional>

namespace cp::plantool {

/*!
 * \brief One placement run on layers, as the command line of commandpost-plan asks for it.
 *
 * addOptions() declares the options, fromParser() reads and checks them.
 */
struct PlanRequest : planning::LayerPlanSettings
{
    QString out; //!< GeoPackage to write; empty: none
    bool force = false; //!< --force: \c out may replace an existing file (never a CommandPost store nor an input)

    //! The files the plan reads (demand, candidates, roads, a fixed-sites layer), as given.
    QStringList inputFiles() const;

    static void addOptions(QCommandLineParser &parser);
    /*!
     * \brief The request \a parser holds; nullopt with a translated \a error naming the option and value.
     *
     * \a demoPath is the demo GeoPackage that --demo fills the layers from; empty when it is not installed.
     */
    static std::optional<PlanRequest> fromParser(const QCommandLineParser &parser, const QString &demoPath,
                                                 QString *error);
};

} // namespace cp::plantool
