// SPDX-License-Identifier: GPL-2.0-or-later
#include "incidentresources.h"

#include "incidentpanel.h"

#include "dispatch/incidentsession.h"
#include "routing/roadnetworkimporter.h"
#include "storage/registrylayers.h"
#include "storage/store.h"

namespace cp::app {

bool loadIncidentResources(const QString &gpkgPath, storage::Store *store, dispatch::IncidentSession &session,
                           IncidentPanel &panel, QStringList *planProblems, QString *error)
{
    const std::optional<storage::Registry> registry = store ? store->readRegistry(error) : storage::RegistryLayers::read(gpkgPath, error);
    if (!registry)
        return false;
    routing::RoadNetworkImporter importer;
    const routing::RoadGraph graph = importer.import(gpkgPath + QStringLiteral("|layername=roads"), error);
    if (graph.isEmpty())
        return false;
    session.setResources(registry->teams, registry->supplyDepots, registry->shelters);
    session.setRoadGraph(graph);
    if (store) {
        QString plansError;
        std::optional<storage::ResponsePlansRead> plans = store->responsePlans(&plansError);
        if (plans) {
            session.setResponsePlans(std::move(plans->book));
            *planProblems << plans->problems;
        } else {
            *planProblems << plansError;
        }
    }
    panel.setEnterprises(registry->enterprises);
    return session.restore(error);
}

} // namespace cp::app
