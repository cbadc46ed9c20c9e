// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/store.h"

namespace cp::storage {

Store::~Store() = default;

QStringList Store::incidentTables()
{
    // As SqlStore::incidentRecords() reads them (sqlstoreincidents.cpp).
    return {QStringLiteral("incidents"),        QStringLiteral("dispatch_orders"),   QStringLiteral("incident_events"),
            QStringLiteral("supply_movements"), QStringLiteral("team_status"),       QStringLiteral("depot_stock"),
            QStringLiteral("shelter_status"),   QStringLiteral("shelter_movements"), QStringLiteral("plan_ticks"),
            QStringLiteral("accident_reports")};
}

} // namespace cp::storage
