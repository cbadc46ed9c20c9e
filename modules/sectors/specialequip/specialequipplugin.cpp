// SPDX-License-Identifier: GPL-2.0-or-later
#include "specialequipplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::AlarmPriority;
using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> SpecialequipPlugin::attributes() const
{
    const QString catalogue = QStringLiteral("特种设备目录");
    return {
        AttributeSpec::make("device_type", LocalizedName::of("设备类别", "Device type"), Type::Choice, {}, catalogue)
            .withChoices({{QStringLiteral("boiler"), LocalizedName::of("锅炉", "boiler")},
                          {QStringLiteral("pressure_vessel"), LocalizedName::of("压力容器", "pressure vessel")},
                          {QStringLiteral("pressure_pipeline"), LocalizedName::of("压力管道", "pressure pipeline")},
                          {QStringLiteral("elevator"), LocalizedName::of("电梯", "lift")},
                          {QStringLiteral("crane"), LocalizedName::of("起重机械", "crane")},
                          {QStringLiteral("ropeway"), LocalizedName::of("客运索道", "passenger ropeway")},
                          {QStringLiteral("amusement_ride"), LocalizedName::of("大型游乐设施", "amusement ride")},
                          {QStringLiteral("field_vehicle"), LocalizedName::of("场(厂)内专用机动车辆", "field vehicle")}}),
        AttributeSpec::make("registration_no", LocalizedName::of("使用登记证编号", "Registration number"), Type::Text),
        AttributeSpec::make("next_inspection", LocalizedName::of("下次定期检验日期", "Next periodic inspection"),
                            Type::Date, {}, QStringLiteral("特种设备安全法 第四十条")),
    };
}

QList<AlarmKind> SpecialequipPlugin::alarmKinds() const
{
    // Working limits are each device's own (nameplate, design and its safety valve settings).
    return {CommonRules::setpointLimits(core::toKey(core::AlarmKindId::BoilerPressure),
                                        LocalizedName::of("锅炉压力", "Boiler pressure"), QStringLiteral("MPa")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::BoilerWaterLevel),
                                        LocalizedName::of("锅炉水位", "Boiler water level"), QStringLiteral("mm")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::VesselPressure),
                                        LocalizedName::of("容器压力", "Vessel pressure"), QStringLiteral("MPa")),
            CommonRules::signal(core::toKey(core::AlarmKindId::ElevatorEntrapment), LocalizedName::of("电梯困人", "Lift entrapment"),
                                AlarmPriority::High, QStringLiteral("TSG T7001 电梯紧急报警装置"))};
}

QList<IncidentType> SpecialequipPlugin::incidentTypes() const
{
    return {
        IncidentType::make("elevator_entrapment", LocalizedName::of("电梯困人", "Lift entrapment"),
                           {Capability::SpecialEquipment, Capability::Medical},
                           {"通过紧急报警装置安抚被困人员", "通知维保单位到场", "确认轿厢位置,切断主电源",
                            "按盘车或开锁程序救出乘客", "必要时请消防救援协助", "设备检查合格后恢复运行"}),
        IncidentType::make("boiler_explosion", LocalizedName::of("锅炉爆炸", "Boiler explosion"),
                           {Capability::FireFighting, Capability::StructuralRescue, Capability::SpecialEquipment,
                            Capability::Medical},
                           {"切断燃料和电源,停止给水", "设置警戒区,防止二次伤害", "搜救受伤人员,烫伤处理后送医",
                            "评估厂房结构安全", "特种设备检验机构现场勘查"}),
        IncidentType::make("crane_accident", LocalizedName::of("起重机械事故", "Crane accident"),
                           {Capability::SpecialEquipment, Capability::StructuralRescue, Capability::Medical},
                           {"停止起重作业,切断电源", "设置警戒区", "稳固吊物和倒塌机械", "救出被困人员,伤员送医",
                            "保护现场,检验机构勘查"}),
    };
}

QList<Indicator> SpecialequipPlugin::indicators() const
{
    return {CommonIndicators::dateNotPassed("inspection_rate",
                                            LocalizedName::of("特种设备定期检验率", "Special-equipment inspection rate"),
                                            QStringLiteral("next_inspection"))};
}

} // namespace cp::sectors
