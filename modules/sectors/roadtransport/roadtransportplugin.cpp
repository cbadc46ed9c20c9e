// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadtransportplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::AlarmPriority;
using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> RoadtransportPlugin::attributes() const
{
    return {
        AttributeSpec::make("business", LocalizedName::of("经营类别", "Business"), Type::Choice)
            .withChoices({{QStringLiteral("passenger"), LocalizedName::of("道路旅客运输", "passenger transport")},
                          {QStringLiteral("dangerous_goods"), LocalizedName::of("危险货物运输", "dangerous goods")},
                          {QStringLiteral("freight"), LocalizedName::of("普通货运", "freight")}}),
        AttributeSpec::make("vehicles", LocalizedName::of("营运车辆数", "Vehicles"), Type::Integer, QStringLiteral("辆")),
        AttributeSpec::make("dangerous_goods_vehicles", LocalizedName::of("危险货物运输车辆数", "Dangerous-goods vehicles"),
                            Type::Integer, QStringLiteral("辆")),
        AttributeSpec::make("licence_expiry", LocalizedName::of("道路运输经营许可证有效期至", "Operating licence valid until"),
                            Type::Date),
    };
}

QList<AlarmKind> RoadtransportPlugin::alarmKinds() const
{
    AlarmKind driving;
    driving.id = core::toKey(core::AlarmKindId::ContinuousDriving);
    driving.name = LocalizedName::of("连续驾驶时间", "Continuous driving time");
    driving.unit = QStringLiteral("h");
    // 《道路交通安全法实施条例》 art.62(7): no more than 4 h of driving without a rest of at least 20 min.
    driving.rules = {ThresholdRule::rising("fatigue", LocalizedName::of("疲劳驾驶", "fatigue driving"), 4,
                                           AlarmPriority::Medium, QStringLiteral("道路交通安全法实施条例 第六十二条"))
                         .exclusive()};
    // The speed limit depends on the road and the vehicle: the operator's monitoring platform sets it.
    return {driving, CommonRules::setpointLimits(core::toKey(core::AlarmKindId::Speed), LocalizedName::of("车速", "Speed"),
                                                 QStringLiteral("km/h"))};
}

QList<IncidentType> RoadtransportPlugin::incidentTypes() const
{
    return {
        IncidentType::make("dangerous_goods_accident", LocalizedName::of("危险货物运输事故", "Dangerous-goods vehicle accident"),
                           {Capability::TrafficRescue, Capability::Hazmat, Capability::FireFighting,
                            Capability::Medical, Capability::EnvironmentMonitor},
                           {"确认车辆位置、装载物质和泄漏情况", "设置警戒区,实施交通管制", "侦检泄漏物浓度,划定危险区",
                            "堵漏、倒罐或转移危险货物", "救出被困人员,伤员送医", "清理现场,监测环境后恢复通行"}),
        IncidentType::make("passenger_vehicle_accident", LocalizedName::of("客运车辆事故", "Passenger vehicle accident"),
                           {Capability::TrafficRescue, Capability::Medical, Capability::FireFighting},
                           {"确认事故位置、车型和载客人数", "实施交通管制,防止二次事故", "破拆救出被困乘客",
                            "伤员分级救治和转运", "清点乘客,安置未受伤人员", "清障后恢复通行"}),
    };
}

QList<Indicator> RoadtransportPlugin::indicators() const
{
    return {CommonIndicators::monitoringOnline("positioning_online_rate",
                                               LocalizedName::of("卫星定位监控联网率", "Satellite positioning online rate"))};
}

} // namespace cp::sectors
