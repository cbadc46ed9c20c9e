// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/store.h"

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

} // namespace cp::storage
