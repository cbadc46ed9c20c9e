// SPDX-License-Identifier: GPL-2.0-or-later
#include "industrytradeplugin.h"

#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::AlarmPriority;
using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> IndustrytradePlugin::attributes() const
{
    return {
        AttributeSpec::make("hazards", LocalizedName::of("重点风险", "Key hazard"), Type::Choice,
                            {}, QStringLiteral("工贸企业重大事故隐患判定标准(应急管理部令第10号)"))
            .withChoices({{QStringLiteral("dust"), LocalizedName::of("粉尘涉爆", "combustible dust")},
                          {QStringLiteral("ammonia"), LocalizedName::of("涉氨制冷", "ammonia refrigeration")},
                          {QStringLiteral("confined_space"), LocalizedName::of("有限空间作业", "confined spaces")}}),
        AttributeSpec::make("dust_workers", LocalizedName::of("涉粉作业人数", "Dust-exposed workers"), Type::Integer,
                            QStringLiteral("人")),
        AttributeSpec::make("ammonia_charge", LocalizedName::of("液氨储量", "Ammonia charge"), Type::Number,
                            QStringLiteral("t")),
        AttributeSpec::make("confined_spaces", LocalizedName::of("有限空间数", "Confined spaces"), Type::Integer),
    };
}

QList<AlarmKind> IndustrytradePlugin::alarmKinds() const
{
    AlarmKind confined;
    confined.id = core::toKey(core::AlarmKindId::ConfinedSpaceCombustible);
    confined.name = LocalizedName::of("有限空间可燃气体", "Combustible gas in a confined space");
    confined.unit = QStringLiteral("%LEL");
    // Entry needs combustible gas below 10 % LEL; not in DOMAIN.md, so a named default (U).
    confined.rules = {ThresholdRule::rising("entry_limit", LocalizedName::of("达到爆炸下限 10%", "10 % LEL reached"), 10,
                                            AlarmPriority::High,
                                            QStringLiteral("工贸企业有限空间作业安全规定(应急管理部令第13号)"))
                          .asUnconfirmed()};
    AlarmKind oxygen = CommonRules::oxygen(); // the same 19.5 / 23.5 %VOL bounds apply to confined-space entry
    return {confined, oxygen, CommonRules::toxicGas(core::toKey(core::AlarmKindId::Nh3)), CommonRules::toxicGas(core::toKey(core::AlarmKindId::H2s)),
            // Dust collectors are limited by their own design (pressure drop, inlet temperature).
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::DustCollectorPressure),
                                        LocalizedName::of("除尘器压差", "Dust collector pressure drop"), QStringLiteral("Pa")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::DustCollectorTemperature),
                                        LocalizedName::of("除尘器进口温度", "Dust collector inlet temperature"),
                                        QStringLiteral("°C")),
            CommonRules::signal(core::toKey(core::AlarmKindId::SparkDetected), LocalizedName::of("火花探测", "Spark detected"),
                                AlarmPriority::High, QStringLiteral("GB 15577-2018 火花探测与消除"))};
}

QList<IncidentType> IndustrytradePlugin::incidentTypes() const
{
    return {
        IncidentType::make("dust_explosion", LocalizedName::of("粉尘爆炸", "Dust explosion"),
                           {Capability::FireFighting, Capability::StructuralRescue, Capability::Medical},
                           {"停止生产,切断电源和除尘系统", "防止扬尘引发二次爆炸,禁止用直流水冲击积尘",
                            "扑灭明火,冷却设备", "评估厂房结构后搜救被困人员", "伤员(烧伤)送医"}),
        IncidentType::make("ammonia_leak", LocalizedName::of("液氨泄漏", "Ammonia leak"),
                           {Capability::Hazmat, Capability::Medical, Capability::EnvironmentMonitor,
                            Capability::Evacuation},
                           {"关闭泄漏点前后阀门,启动事故排风", "佩戴正压式空气呼吸器和防化服处置",
                            "按风向划定警戒区,疏散下风向人员", "喷雾水幕稀释吸收氨气,收集废水", "中毒人员脱离现场并送医",
                            "监测氨浓度,低于报警值后解除警戒"}),
        IncidentType::make("confined_space_poisoning", LocalizedName::of("有限空间中毒窒息", "Confined-space poisoning"),
                           {Capability::FireFighting, Capability::Hazmat, Capability::Medical},
                           {"禁止未佩戴防护装备人员盲目施救", "强制通风,检测氧气、有毒和可燃气体",
                            "救援人员佩戴正压式空气呼吸器和安全绳进入", "救出人员后立即心肺复苏并送医", "查明原因前封闭作业"}),
    };
}

QList<Indicator> IndustrytradePlugin::indicators() const { return {}; }

} // namespace cp::sectors
