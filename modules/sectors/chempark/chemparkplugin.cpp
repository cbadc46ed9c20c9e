// SPDX-License-Identifier: GPL-2.0-or-later
#include "chemparkplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"

namespace cp::sectors {

using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> ChemparkPlugin::attributes() const
{
    const QString guide = QStringLiteral("化工园区安全风险排查治理导则");
    return {
        AttributeSpec::make("park_risk_grade", LocalizedName::of("园区安全风险等级", "Park risk grade"), Type::Choice, {},
                            guide)
            .withChoices({{QStringLiteral("A"), LocalizedName::of("A 类(高安全风险)", "A (high risk)")},
                          {QStringLiteral("B"), LocalizedName::of("B 类(较高安全风险)", "B (higher risk)")},
                          {QStringLiteral("C"), LocalizedName::of("C 类(一般安全风险)", "C (general risk)")},
                          {QStringLiteral("D"), LocalizedName::of("D 类(较低安全风险)", "D (lower risk)")}}),
        AttributeSpec::make("enterprises_in_park", LocalizedName::of("园区内企业数", "Enterprises in the park"),
                            Type::Integer),
        AttributeSpec::make("closed_management", LocalizedName::of("封闭化管理", "Closed management"), Type::Boolean,
                            {}, guide),
        AttributeSpec::make("area", LocalizedName::of("规划面积", "Planned area"), Type::Number, QStringLiteral("km²")),
    };
}

QList<AlarmKind> ChemparkPlugin::alarmKinds() const
{
    // Boundary and public-corridor detection; the same GB/T 50493-2019 rules as inside the plants.
    QList<AlarmKind> kinds{CommonRules::combustibleGas(), CommonRules::combustibleGasOpenPath()};
    for (const QString &gas : CommonRules::toxicGases())
        kinds.append(CommonRules::toxicGas(gas));
    return kinds;
}

QList<IncidentType> ChemparkPlugin::incidentTypes() const
{
    return {
        IncidentType::make("chain_accident", LocalizedName::of("园区连锁事故", "Park chain accident"),
                           {Capability::FireFighting, Capability::Hazmat, Capability::Medical,
                            Capability::EnvironmentMonitor, Capability::Evacuation},
                           {"启动园区应急预案,园区应急指挥中心统一指挥", "确认事故企业、物质和影响范围",
                            "相邻企业紧急停车,关闭互联管廊阀门", "冷却受威胁装置,防止多米诺效应",
                            "按风向疏散园区及周边群众", "园区边界和周边敏感点持续环境监测", "伤员送医"}),
        IncidentType::make("toxic_cloud", LocalizedName::of("有毒气体扩散", "Toxic gas cloud"),
                           {Capability::Hazmat, Capability::EnvironmentMonitor, Capability::Evacuation,
                            Capability::Medical},
                           {"确认泄漏源、物质和气象条件", "发布预警,通知下风向村镇", "划定警戒区,组织群众疏散或就地避难",
                            "处置泄漏源,喷雾稀释", "边界监测,低于报警值后解除预警", "中毒人员送医"}),
    };
}

QList<Indicator> ChemparkPlugin::indicators() const
{
    return {CommonIndicators::majorHazardMonitoring()};
}

core::ResponseLevel ChemparkPlugin::proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                                   const Classification &judged) const
{
    return CommonRules::gasReleaseResponse(enterprise, event, judged);
}

} // namespace cp::sectors
