// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/facilitystatus.h"
#include "core/geopoint.h"

#include <QList>
#include <QString>

namespace cp::core {

//! Tier of a depot in the reserve system (county / township; DOMAIN.md §7).
enum class DepotLevel
{
    County,
    Town,
};

QString toKey(DepotLevel level);
template<>
std::optional<DepotLevel> fromKey<DepotLevel>(const QString &key);
QString displayName(DepotLevel level);

//! One stock line of a depot, e.g. "folding bed", category "shelter", 300 "pcs".
struct InventoryLine
{
    QString item;
    QString category;
    double quantity = 0;
    QString unit;
};

struct SupplyDepot
{
    QString id;
    QString name;
    DepotLevel level = DepotLevel::Town;
    QString townId;
    double areaM2 = 0;
    FacilityStatus status = FacilityStatus::Existing;
    GeoPoint position;
    QList<InventoryLine> inventory;
};

} // namespace cp::core
