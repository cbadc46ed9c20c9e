// SPDX-License-Identifier: GPL-2.0-or-later
#include "constructionplugin.h"

#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> ConstructionPlugin::attributes() const
{
    return {
        AttributeSpec::make("project_type", LocalizedName::of("工程类别", "Project type"), Type::Choice)
            .withChoices({{QStringLiteral("housing"), LocalizedName::of("房屋建筑", "building works")},
                          {QStringLiteral("municipal"), LocalizedName::of("市政工程", "municipal works")},
                          {QStringLiteral("bridge_tunnel"), LocalizedName::of("桥梁隧道", "bridge or tunnel")}}),
        AttributeSpec::make("deep_excavation", LocalizedName::of("深基坑", "Deep excavation"), Type::Boolean),
        AttributeSpec::make("tower_cranes", LocalizedName::of("塔式起重机数", "Tower cranes"), Type::Integer,
                            QStringLiteral("台")),
        AttributeSpec::make("completion_date", LocalizedName::of("计划竣工日期", "Planned completion"), Type::Date),
    };
}

QList<AlarmKind> ConstructionPlugin::alarmKinds() const
{
    // Excavation warning values come from each pit's monitoring design and crane limits from the
    // crane's rated table: both are the site's own setpoints.
    return {CommonRules::setpointLimits(core::toKey(core::AlarmKindId::PitDisplacement),
                                        LocalizedName::of("基坑水平位移", "Pit horizontal displacement"), QStringLiteral("mm")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::PitSettlement),
                                        LocalizedName::of("周边地表沉降", "Surrounding settlement"), QStringLiteral("mm")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::CraneLoadMoment),
                                        LocalizedName::of("塔机起重力矩", "Tower crane load moment"), QStringLiteral("%"))};
}

QList<IncidentType> ConstructionPlugin::incidentTypes() const
{
    return {
        IncidentType::make("collapse", LocalizedName::of("坍塌", "Collapse"),
                           {Capability::StructuralRescue, Capability::Medical, Capability::Evacuation},
                           {"停止施工,撤出危险区域人员", "确认被埋压人数和位置", "评估二次坍塌风险,加固支护",
                            "生命探测后有序破拆搜救", "伤员送医", "监测周边建筑和管线"}),
        IncidentType::make("crane_collapse", LocalizedName::of("起重机械倒塌", "Crane collapse"),
                           {Capability::StructuralRescue, Capability::SpecialEquipment, Capability::Medical},
                           {"切断起重机械电源,设置警戒区", "确认被压人员位置", "调集大型吊装设备稳固倒塌机械",
                            "救出被困人员,伤员送医", "特种设备检验机构现场勘查"}),
    };
}

QList<Indicator> ConstructionPlugin::indicators() const { return {}; }

} // namespace cp::sectors
