// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/geopoint.h"
#include "dispatch/incidentrecords.h"
#include "routing/roadgraph.h"

#include <QList>

namespace cp::test {

//! A point \a x, \a y metres from (400000, 3950000) in EPSG:4548, as longitude/latitude.
core::GeoPoint place(const routing::RoadGraph &graph, double x, double y);

/*!
 * The straight road used by the dispatch tests, all at 36 km/h (10 m/s, so a place x metres along is
 * x / 10 seconds from the start): a two-way road from (0, 0) to (20000, 0), and apart from it a
 * two-way road from (0, 5000) to (1000, 5000) that no other road joins.
 */
routing::RoadGraph straightRoad();

//! An incident journal kept in memory that can be told to fail.
class MemoryJournal : public dispatch::IncidentJournal
{
public:
    bool commitIncidentRecords(const dispatch::IncidentRecords &change, QString *error) override;
    std::optional<dispatch::IncidentRecords> incidentRecords(QString *error) const override;

    bool failing = false;
    QList<dispatch::IncidentRecords> changes; //!< each commit, in order
};

} // namespace cp::test
