// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
 * \a gpkgPath when the seat has no store), its road network and its response plans, restores what
 * the store kept of the incidents, and gives \a panel the enterprises. False with \a error naming
 * the file on failure. A plan the store cannot give (a bad step) is left out and named in
 * \a planProblems; the incidents work without it.
 */
bool loadIncidentResources(const QString &gpkgPath, storage::Store *store, dispatch::IncidentSession &session,
                           IncidentPanel &panel, QStringList *planProblems, QString *error);

} // namespace cp::app
