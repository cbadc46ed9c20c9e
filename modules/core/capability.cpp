// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/capability.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<Capability> capabilityKeys[] = {
    {Capability::FireFighting, "fire"},
    {Capability::Hazmat, "hazmat"},
    {Capability::MineRescue, "mine_rescue"},
    {Capability::Medical, "medical"},
    {Capability::PowerRepair, "power_repair"},
    {Capability::GasRepair, "gas_repair"},
    {Capability::PipelineRepair, "pipeline_repair"},
    {Capability::StructuralRescue, "structural_rescue"},
    {Capability::WaterRescue, "water_rescue"},
    {Capability::TrafficRescue, "traffic_rescue"},
    {Capability::SpecialEquipment, "special_equipment"},
    {Capability::EnvironmentMonitor, "environment_monitoring"},
    {Capability::Evacuation, "evacuation"},
};
} // namespace

QString toKey(Capability capability) { return keyOf(capabilityKeys, capability); }
template<>
std::optional<Capability> fromKey<Capability>(const QString &key) { return valueOf(capabilityKeys, key); }

QList<Capability> allCapabilities()
{
    QList<Capability> out;
    for (const auto &row : capabilityKeys)
        out.append(row.value);
    return out;
}

QString displayName(Capability capability)
{
    switch (capability) {
    case Capability::FireFighting: return Tr::tr("Fire fighting");
    case Capability::Hazmat: return Tr::tr("Hazardous materials");
    case Capability::MineRescue: return Tr::tr("Mine rescue");
    case Capability::Medical: return Tr::tr("Medical");
    case Capability::PowerRepair: return Tr::tr("Power repair");
    case Capability::GasRepair: return Tr::tr("Gas repair");
    case Capability::PipelineRepair: return Tr::tr("Pipeline repair");
    case Capability::StructuralRescue: return Tr::tr("Structural collapse rescue");
    case Capability::WaterRescue: return Tr::tr("Water rescue");
    case Capability::TrafficRescue: return Tr::tr("Traffic accident rescue");
    case Capability::SpecialEquipment: return Tr::tr("Special equipment");
    case Capability::EnvironmentMonitor: return Tr::tr("Environmental monitoring");
    case Capability::Evacuation: return Tr::tr("Evacuation and sheltering");
    }
    return {};
}

} // namespace cp::core
