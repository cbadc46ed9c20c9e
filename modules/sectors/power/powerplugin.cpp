// SPDX-License-Identifier: GPL-2.0-or-later
#include "powerplugin.h"

#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::AlarmPriority;
using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> PowerPlugin::attributes() const
{
    return {
        AttributeSpec::make("facility_type", LocalizedName::of("设施类型", "Facility type"), Type::Choice)
            .withChoices({{QStringLiteral("thermal"), LocalizedName::of("火电厂", "thermal plant")},
                          {QStringLiteral("renewable"), LocalizedName::of("新能源场站", "wind or solar station")},
                          {QStringLiteral("substation"), LocalizedName::of("变电站", "substation")}}),
        AttributeSpec::make("voltage", LocalizedName::of("电压等级", "Voltage"), Type::Number, QStringLiteral("kV")),
        AttributeSpec::make("capacity", LocalizedName::of("装机容量", "Installed capacity"), Type::Number,
                            QStringLiteral("MW")),
    };
}

QList<AlarmKind> PowerPlugin::alarmKinds() const
{
    const QString code = QStringLiteral("GB 26860-2011 电力安全工作规程 SF6 配电装置室");
    AlarmKind sf6;
    sf6.id = core::toKey(core::AlarmKindId::Sf6);
    sf6.name = LocalizedName::of("SF6 气体(配电装置室)", "SF6 in a switchgear room");
    sf6.unit = QStringLiteral("ppm");
    // Room air may hold at most 1000 µL/L SF6; not in DOMAIN.md, so a named default (U).
    sf6.rules = {ThresholdRule::rising("limit", LocalizedName::of("超过 1000 μL/L", "above 1000 µL/L"), 1000,
                                       AlarmPriority::High, code)
                     .exclusive()
                     .asUnconfirmed()};
    AlarmKind oxygen;
    oxygen.id = core::toKey(core::AlarmKindId::RoomOxygen);
    oxygen.name = LocalizedName::of("氧气(配电装置室)", "Oxygen in a switchgear room");
    oxygen.unit = QStringLiteral("%VOL");
    // Room oxygen must stay above 18 %; not in DOMAIN.md, so a named default (U).
    oxygen.rules = {ThresholdRule::falling("low", LocalizedName::of("不高于 18%", "at or below 18 %"), 18,
                                           AlarmPriority::High, code)
                        .asUnconfirmed()};
    // Transformer oil temperature limits are the unit's nameplate and operating-rule values.
    return {sf6, oxygen,
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::TransformerOilTemperature),
                                        LocalizedName::of("变压器上层油温", "Transformer top-oil temperature"),
                                        QStringLiteral("°C"))};
}

QList<IncidentType> PowerPlugin::incidentTypes() const
{
    return {
        IncidentType::make("outage", LocalizedName::of("大面积停电", "Wide-area outage"),
                           {Capability::PowerRepair, Capability::Evacuation},
                           {"确认停电范围和重要用户", "保障医院、供水、通信等重要用户应急电源",
                            "组织抢修队伍查找故障点", "按调度指令分区恢复送电", "安置受影响群众"}),
        IncidentType::make("substation_fire", LocalizedName::of("变电站火灾", "Substation fire"),
                           {Capability::FireFighting, Capability::PowerRepair, Capability::Medical},
                           {"确认着火设备,调度断开相关电源", "确认设备停电并接地后方可灭火", "使用干粉、二氧化碳等适用灭火剂",
                            "防止变压器油流淌扩大火势", "伤员送医,抢修恢复供电"}),
    };
}

QList<Indicator> PowerPlugin::indicators() const { return {}; }

} // namespace cp::sectors
