// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace cp::dispatch {
class IncidentSession;
}
namespace cp::storage {
class Store;
}

namespace cp::app {

class IncidentPanel;

/*!
 * Gives \a session the teams, depots and shelters of the data set (from \a store, or read from
 * \a gpkgPath when the seat has no store) and its road network, restores what the store kept of the
 * incidents, and gives \a panel the enterprises. False with \a error naming the file on failure.
 */
bool loadIncidentResources(const QString &gpkgPath, storage::Store *store, dispatch::IncidentSession &session,
                           IncidentPanel &panel, QString *error);

} // namespace cp::app
