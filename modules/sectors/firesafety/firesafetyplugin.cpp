// SPDX-License-Identifier: GPL-2.0-or-later
#include "firesafetyplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::AlarmPriority;
using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> FiresafetyPlugin::attributes() const
{
    return {
        AttributeSpec::make("occupancy", LocalizedName::of("场所类型", "Occupancy"), Type::Choice)
            .withChoices({{QStringLiteral("crowded"), LocalizedName::of("人员密集场所", "crowded place")},
                          {QStringLiteral("high_rise"), LocalizedName::of("高层建筑", "high-rise building")},
                          {QStringLiteral("underground"), LocalizedName::of("地下建筑", "underground building")},
                          {QStringLiteral("warehouse"), LocalizedName::of("仓库", "warehouse")}}),
        AttributeSpec::make("building_height", LocalizedName::of("建筑高度", "Building height"), Type::Number,
                            QStringLiteral("m")),
        AttributeSpec::make("sprinklers", LocalizedName::of("自动喷水灭火系统", "Automatic sprinklers"), Type::Boolean),
        AttributeSpec::make("next_inspection", LocalizedName::of("下次消防检查", "Next fire inspection"), Type::Date),
    };
}

QList<AlarmKind> FiresafetyPlugin::alarmKinds() const
{
    return {CommonRules::signal(core::toKey(core::AlarmKindId::FireAlarm), LocalizedName::of("火灾报警", "Fire alarm"),
                                AlarmPriority::High, QStringLiteral("GB 50116-2013 火灾报警信号")),
            CommonRules::signal(core::toKey(core::AlarmKindId::SprinklerFlow), LocalizedName::of("喷淋水流指示", "Sprinkler flow"),
                                AlarmPriority::High, QStringLiteral("GB 50084-2017 水流指示器信号")),
            // Fire-water network pressure limits are the installation's own design values.
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::FireWaterPressure),
                                        LocalizedName::of("消防给水管网压力", "Fire-water pressure"),
                                        QStringLiteral("MPa"))};
}

QList<IncidentType> FiresafetyPlugin::incidentTypes() const
{
    return {
        IncidentType::make("building_fire", LocalizedName::of("建筑火灾", "Building fire"),
                           {Capability::FireFighting, Capability::Medical, Capability::Evacuation},
                           {"确认起火建筑、楼层和被困人员", "启动消防广播,组织人员疏散", "调派就近消防救援站",
                            "启动固定消防设施,切断非消防电源", "搜救被困人员,伤员送医", "火灾扑灭后保护现场"}),
        IncidentType::make("high_rise_fire", LocalizedName::of("高层建筑火灾", "High-rise fire"),
                           {Capability::FireFighting, Capability::StructuralRescue, Capability::Medical,
                            Capability::Evacuation},
                           {"确认起火楼层和蔓延方向", "利用消防电梯和防烟楼梯间组织疏散", "启动防排烟和喷淋系统",
                            "内攻灭火与外部供水同步展开", "逐层搜救被困人员", "伤员送医"}),
    };
}

QList<Indicator> FiresafetyPlugin::indicators() const
{
    return {CommonIndicators::dateNotPassed("inspection_rate", LocalizedName::of("消防检查按期率", "Fire inspection on time"),
                                            QStringLiteral("next_inspection"))};
}

} // namespace cp::sectors
