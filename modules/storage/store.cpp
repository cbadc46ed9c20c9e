// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/store.h"

#include "storage/registrylayers.h"
#include "storage/registryvalidation.h"

#include <QSet>

#include <algorithm>

namespace cp::storage {

Store::~Store() = default;

bool Store::changesIncidents(const QList<ChangeRecord> &changes)
{
    // As SqlStore::incidentRecords() reads them (sqlstoreincidents.cpp).
    static const QStringList tables = {
        QStringLiteral("incidents"),        QStringLiteral("dispatch_orders"),   QStringLiteral("incident_events"),
        QStringLiteral("supply_movements"), QStringLiteral("team_status"),       QStringLiteral("depot_stock"),
        QStringLiteral("shelter_status"),   QStringLiteral("shelter_movements"), QStringLiteral("plan_ticks"),
        QStringLiteral("accident_reports")};
    return std::any_of(changes.cbegin(), changes.cend(), [](const ChangeRecord &c) { return tables.contains(c.table); });
}

int Store::addShelters(const QList<core::Shelter> &shelters, QStringList *skipped, QString *error)
{
    std::optional<Registry> registry = readRegistry(error);
    if (!registry)
        return -1;
    QSet<QString> ids;
    for (const core::Shelter &s : std::as_const(registry->shelters))
        ids.insert(s.id);
    QList<core::Shelter> added;
    for (const core::Shelter &s : shelters) {
        if (ids.contains(s.id)) {
            if (skipped)
                skipped->append(s.id);
            continue;
        }
        ids.insert(s.id);
        added.append(s);
    }
    if (added.isEmpty())
        return 0; // nothing to write leaves the store untouched
    registry->shelters.append(added);
    if (!validateRegistry(*registry, location(), error) || !appendShelters(added, error))
        return -1;
    return static_cast<int>(added.size());
}

QStringList Store::changedRegistryLayers(const QList<ChangeRecord> &changes)
{
    const QStringList layers = RegistryLayers::layerNames();
    QStringList touched;
    for (const ChangeRecord &c : changes)
        if (layers.contains(c.table) && !touched.contains(c.table))
            touched.append(c.table);
    return touched;
}

} // namespace cp::storage
