// SPDX-License-Identifier: GPL-2.0-or-later
#include "gasplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> GasPlugin::attributes() const
{
    return {
        AttributeSpec::make("supply_type", LocalizedName::of("供气类型", "Supply type"), Type::Choice)
            .withChoices({{QStringLiteral("pipeline"), LocalizedName::of("管道天然气", "piped natural gas")},
                          {QStringLiteral("lpg"), LocalizedName::of("液化石油气", "LPG")},
                          {QStringLiteral("lng_cng"), LocalizedName::of("LNG/CNG 场站", "LNG/CNG station")}}),
        AttributeSpec::make("users", LocalizedName::of("用户数", "Users"), Type::Integer, QStringLiteral("户")),
        AttributeSpec::make("storage_capacity", LocalizedName::of("储气规模", "Storage capacity"), Type::Number,
                            QStringLiteral("m³")),
        AttributeSpec::make("operating_licence_expiry", LocalizedName::of("燃气经营许可证有效期至", "Operating licence valid until"),
                            Type::Date),
    };
}

QList<AlarmKind> GasPlugin::alarmKinds() const
{
    // Network pressure and tank limits are the operator's own setpoints.
    return {CommonRules::combustibleGas(), CommonRules::toxicGas(core::toKey(core::AlarmKindId::Co)),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::PipelinePressure),
                                        LocalizedName::of("管网压力", "Network pressure"), QStringLiteral("MPa")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::TankLevel), LocalizedName::of("储罐液位", "Tank level"),
                                        QStringLiteral("%")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::TankPressure), LocalizedName::of("储罐压力", "Tank pressure"),
                                        QStringLiteral("MPa"))};
}

QList<IncidentType> GasPlugin::incidentTypes() const
{
    return {
        IncidentType::make("leak", LocalizedName::of("燃气泄漏", "Gas leak"),
                           {Capability::GasRepair, Capability::FireFighting, Capability::Evacuation},
                           {"关闭泄漏点上游阀门", "检测燃气浓度,划定警戒区", "消除火源,禁止开关电器和使用手机",
                            "疏散周边居民", "燃气企业抢修,检测合格后恢复供气"}),
        IncidentType::make("explosion", LocalizedName::of("燃气爆炸", "Gas explosion"),
                           {Capability::FireFighting, Capability::StructuralRescue, Capability::GasRepair,
                            Capability::Medical, Capability::Evacuation},
                           {"切断区域气源", "扑灭火灾,检测残余燃气", "评估建筑结构后搜救被困人员", "伤员送医",
                            "疏散安置受影响居民", "排查周边管网"}),
    };
}

QList<Indicator> GasPlugin::indicators() const
{
    return {CommonIndicators::majorHazardMonitoring()};
}

core::ResponseLevel GasPlugin::proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                                   const Classification &judged) const
{
    return CommonRules::gasReleaseResponse(enterprise, event, judged);
}

} // namespace cp::sectors
