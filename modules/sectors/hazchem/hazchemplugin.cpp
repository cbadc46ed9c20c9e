// SPDX-License-Identifier: GPL-2.0-or-later
#include "hazchemplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"
#include "sectors/majorhazard.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> HazchemPlugin::attributes() const
{
    const QString gb18218 = QStringLiteral("GB 18218-2018");
    return {
        AttributeSpec::make("major_hazard_unit", LocalizedName::of("重大危险源单元", "Major hazard unit"), Type::Text,
                            {}, gb18218),
        AttributeSpec::make("s_value", LocalizedName::of("S 值 (Σq/Q)", "S value (Σq/Q)"), Type::Number, {}, gb18218),
        AttributeSpec::make("r_value", LocalizedName::of("R 值", "R value"), Type::Number, {}, gb18218),
        AttributeSpec::make("major_hazard_grade", LocalizedName::of("重大危险源等级", "Major hazard grade"),
                            Type::Choice, {}, gb18218)
            .withChoices({{QStringLiteral("1"), LocalizedName::of("一级", "grade 1")},
                          {QStringLiteral("2"), LocalizedName::of("二级", "grade 2")},
                          {QStringLiteral("3"), LocalizedName::of("三级", "grade 3")},
                          {QStringLiteral("4"), LocalizedName::of("四级", "grade 4")},
                          {QStringLiteral("none"), LocalizedName::of("非重大危险源", "not a major hazard")}}),
        AttributeSpec::make("residents_500m", LocalizedName::of("500 米内常住人口", "Residents within 500 m"),
                            Type::Integer, QStringLiteral("人"), QStringLiteral("危险化学品重大危险源监督管理暂行规定")),
        AttributeSpec::make("key_processes", LocalizedName::of("重点监管危险化工工艺数", "Key-supervised hazardous processes"),
                            Type::Integer),
        AttributeSpec::make("safety_licence_expiry", LocalizedName::of("安全生产许可证有效期至", "Safety licence valid until"),
                            Type::Date),
    };
}

QList<AlarmKind> HazchemPlugin::alarmKinds() const
{
    QList<AlarmKind> kinds{CommonRules::combustibleGas(), CommonRules::combustibleGasOpenPath(), CommonRules::oxygen()};
    for (const QString &gas : CommonRules::toxicGases())
        kinds.append(CommonRules::toxicGas(gas));
    // Tank limits are the enterprise's own (DOMAIN.md: enterprise setpoints always win); no generic default exists.
    kinds.append(CommonRules::setpointLimits(core::toKey(core::AlarmKindId::TankLevel), LocalizedName::of("储罐液位", "Tank level"),
                                             QStringLiteral("%")));
    kinds.append(CommonRules::setpointLimits(core::toKey(core::AlarmKindId::TankPressure),
                                             LocalizedName::of("储罐压力", "Tank pressure"), QStringLiteral("MPa")));
    kinds.append(CommonRules::setpointLimits(core::toKey(core::AlarmKindId::TankTemperature),
                                             LocalizedName::of("储罐温度", "Tank temperature"), QStringLiteral("°C")));
    return kinds;
}

QList<IncidentType> HazchemPlugin::incidentTypes() const
{
    return {
        IncidentType::make("leak_fire", LocalizedName::of("泄漏着火", "Leak with fire"),
                           {Capability::FireFighting, Capability::Hazmat, Capability::Medical,
                            Capability::EnvironmentMonitor, Capability::Evacuation},
                           {"确认泄漏物质、泄漏部位和着火范围", "启动企业应急预案,切断物料来源,关闭紧急切断阀",
                            "划定警戒区,疏散下风向人员", "冷却着火及相邻储罐,防止爆炸", "控制泄漏物,防止流入雨水和污水系统",
                            "开展环境监测,伤员送医", "火灾扑灭后检测可燃气体浓度,确认安全后解除警戒"}),
        IncidentType::make("toxic_leak", LocalizedName::of("有毒气体泄漏", "Toxic gas leak"),
                           {Capability::Hazmat, Capability::Medical, Capability::EnvironmentMonitor,
                            Capability::Evacuation},
                           {"确认泄漏物质、浓度和风向", "佩戴正压式空气呼吸器和防化服进入现场",
                            "关阀断料、堵漏,必要时启动泄漏处置装置", "按毒物浓度划定警戒区,疏散下风向群众",
                            "喷雾稀释吸收,收集处置废水", "中毒人员脱离现场并送医", "持续监测边界浓度,低于报警值后解除警戒"}),
        IncidentType::make("explosion", LocalizedName::of("爆炸", "Explosion"),
                           {Capability::FireFighting, Capability::Hazmat, Capability::StructuralRescue,
                            Capability::Medical, Capability::EnvironmentMonitor, Capability::Evacuation},
                           {"确认爆炸位置、伤亡和次生灾害风险", "紧急停车,切断物料和电源", "划定警戒区,疏散周边人员",
                            "扑救火灾,冷却受威胁设备", "搜救被困和受伤人员", "监测有毒可燃气体和环境污染",
                            "评估建(构)筑物稳定性后再进入核心区"}),
    };
}

QList<Indicator> HazchemPlugin::indicators() const
{
    Indicator automation;
    automation.id = QStringLiteral("key_process_automation_rate");
    automation.name = LocalizedName::of("重点监管危险化工工艺自动化控制率", "Automation rate of key chemical processes");
    // The county plan's target is not in hand: 100 % is a named default the bureau may change (U).
    automation.targetPercent = 100;
    automation.targetUnconfirmed = true;
    automation.applies = [](const core::Enterprise &e) {
        return e.sectorAttributes.value(QStringLiteral("key_processes")).toInt() > 0;
    };
    automation.meets = [](const core::Enterprise &e, const QDate &) { return e.automation.dcs && e.automation.sis; };
    return {CommonIndicators::majorHazardMonitoring(), automation};
}

QVariantMap HazchemPlugin::derivedAttributes(const core::Enterprise &enterprise, QString *error) const
{
    const std::optional<MajorHazardAssessment> a = MajorHazard::assessAttributes(enterprise.sectorAttributes, error);
    if (!a)
        return {};
    return {{QStringLiteral("s_value"), a->s},
            {QStringLiteral("r_value"), a->r},
            {QStringLiteral("major_hazard_grade"), core::toKey(a->grade)}};
}

core::ResponseLevel HazchemPlugin::proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                                   const Classification &judged) const
{
    return CommonRules::gasReleaseResponse(enterprise, event, judged);
}

} // namespace cp::sectors
