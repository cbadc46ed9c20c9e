// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/supplydepot.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<DepotLevel> depotLevelKeys[] = {
    {DepotLevel::County, "county"},
    {DepotLevel::Town, "town"},
};
} // namespace

QString toKey(DepotLevel value) { return keyOf(depotLevelKeys, value); }
template<>
std::optional<DepotLevel> fromKey<DepotLevel>(const QString &key) { return valueOf(depotLevelKeys, key); }

QString displayName(DepotLevel value)
{
    switch (value) {
    case DepotLevel::County: return Tr::tr("County depot");
    case DepotLevel::Town: return Tr::tr("Town depot");
    }
    return {};
}

} // namespace cp::core
