// SPDX-License-Identifier: GPL-2.0-or-later
#include "tailingsplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"

namespace cp::sectors {

using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> TailingsPlugin::attributes() const
{
    return {
        AttributeSpec::make("pond_class", LocalizedName::of("尾矿库等别", "Pond class"), Type::Choice, {},
                            QStringLiteral("GB 39496-2020"))
            .withChoices({{QStringLiteral("1"), LocalizedName::of("一等", "class 1")},
                          {QStringLiteral("2"), LocalizedName::of("二等", "class 2")},
                          {QStringLiteral("3"), LocalizedName::of("三等", "class 3")},
                          {QStringLiteral("4"), LocalizedName::of("四等", "class 4")},
                          {QStringLiteral("5"), LocalizedName::of("五等", "class 5")}}),
        AttributeSpec::make("dam_height", LocalizedName::of("坝高", "Dam height"), Type::Number, QStringLiteral("m")),
    };
}

QList<AlarmKind> TailingsPlugin::alarmKinds() const
{
    // The minimum phreatic depth and dry-beach length are each pond's design values: setpoints.
    return {CommonRules::setpointLimits(QStringLiteral("phreatic_depth"),
                                        LocalizedName::of("浸润线埋深", "Phreatic line depth"), QStringLiteral("m")),
            CommonRules::setpointLimits(QStringLiteral("dry_beach_length"),
                                        LocalizedName::of("干滩长度", "Dry beach length"), QStringLiteral("m"))};
}

QList<IncidentType> TailingsPlugin::incidentTypes() const
{
    return {IncidentType::make("dam_break", LocalizedName::of("溃坝", "Dam break"),
                               {Capability::StructuralRescue, Capability::WaterRescue, Capability::Medical,
                                Capability::Evacuation},
                               {"立即通知下游村镇,组织人员向高处转移", "停止放矿,开启排洪设施降低库水位",
                                "封锁下游道路", "搜救被冲埋人员,伤员送医", "监测坝体变形,防止二次溃决"})};
}

QList<Indicator> TailingsPlugin::indicators() const
{
    return {CommonIndicators::monitoringOnline("monitoring_online_rate",
                                               LocalizedName::of("在线监测联网率", "Monitoring online rate"))};
}

} // namespace cp::sectors
