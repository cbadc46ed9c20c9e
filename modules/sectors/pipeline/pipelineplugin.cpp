// SPDX-License-Identifier: GPL-2.0-or-later
#include "pipelineplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::AlarmPriority;
using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> PipelinePlugin::attributes() const
{
    return {
        AttributeSpec::make("medium", LocalizedName::of("输送介质", "Medium"), Type::Choice)
            .withChoices({{QStringLiteral("crude"), LocalizedName::of("原油", "crude oil")},
                          {QStringLiteral("products"), LocalizedName::of("成品油", "oil products")},
                          {QStringLiteral("natural_gas"), LocalizedName::of("天然气", "natural gas")}}),
        AttributeSpec::make("design_pressure", LocalizedName::of("设计压力", "Design pressure"), Type::Number,
                            QStringLiteral("MPa")),
        AttributeSpec::make("length", LocalizedName::of("县内长度", "Length in the county"), Type::Number,
                            QStringLiteral("km")),
        AttributeSpec::make("high_consequence_areas", LocalizedName::of("高后果区数", "High-consequence areas"),
                            Type::Integer, {}, QStringLiteral("GB 32167-2015")),
    };
}

QList<AlarmKind> PipelinePlugin::alarmKinds() const
{
    AlarmKind potential;
    potential.id = core::toKey(core::AlarmKindId::CathodicPotential);
    potential.name = LocalizedName::of("阴极保护电位", "Cathodic protection potential");
    potential.unit = QStringLiteral("mV");
    // Protected means −850 mV (CSE) or more negative; not in DOMAIN.md, so a named default (U).
    potential.rules = {ThresholdRule::rising("under_protected", LocalizedName::of("欠保护", "under-protected"), -850,
                                      AlarmPriority::Low, QStringLiteral("GB/T 21448-2017 −850 mV (CSE)"))
                    .exclusive()
                    .asUnconfirmed()};
    // Line pressure limits are the operator's (maximum operating pressure of each section).
    return {CommonRules::setpointLimits(core::toKey(core::AlarmKindId::PipelinePressure), LocalizedName::of("管道压力", "Line pressure"),
                                        QStringLiteral("MPa")),
            potential, CommonRules::combustibleGas(), CommonRules::combustibleGasOpenPath()};
}

QList<IncidentType> PipelinePlugin::incidentTypes() const
{
    return {
        IncidentType::make("leak", LocalizedName::of("管道泄漏", "Pipeline leak"),
                           {Capability::PipelineRepair, Capability::Hazmat, Capability::FireFighting,
                            Capability::EnvironmentMonitor, Capability::Evacuation},
                           {"通知管道企业,关闭上下游截断阀", "检测可燃气体浓度,划定警戒区", "消除警戒区内火源,实施交通管制",
                            "疏散周边人员", "围堵泄漏油品,防止进入水体", "管道企业抢修,检测合格后恢复输送"}),
        IncidentType::make("fire_explosion", LocalizedName::of("管道着火爆炸", "Pipeline fire or explosion"),
                           {Capability::FireFighting, Capability::PipelineRepair, Capability::Medical,
                            Capability::Evacuation},
                           {"关闭上下游截断阀,控制输送压力", "划定警戒区,疏散周边人员", "冷却周边设施,控制燃烧",
                            "气源切断后灭火", "搜救伤员并送医", "抢修管道"}),
    };
}

QList<Indicator> PipelinePlugin::indicators() const
{
    return {CommonIndicators::monitoringOnline("monitoring_online_rate",
                                               LocalizedName::of("管道在线监测联网率", "Pipeline monitoring online rate"))};
}

core::ResponseLevel PipelinePlugin::proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                                   const Classification &judged) const
{
    return CommonRules::gasReleaseResponse(enterprise, event, judged);
}

} // namespace cp::sectors
