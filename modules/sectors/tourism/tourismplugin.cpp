// SPDX-License-Identifier: GPL-2.0-or-later
#include "tourismplugin.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::AlarmPriority;
using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> TourismPlugin::attributes() const
{
    return {
        AttributeSpec::make("scenic_grade", LocalizedName::of("景区等级", "Scenic-area grade"), Type::Choice, {},
                            QStringLiteral("GB/T 17775-2003"))
            .withChoices({{QStringLiteral("A"), LocalizedName::of("A 级", "A")},
                          {QStringLiteral("AA"), LocalizedName::of("AA 级", "AA")},
                          {QStringLiteral("AAA"), LocalizedName::of("AAA 级", "AAA")},
                          {QStringLiteral("AAAA"), LocalizedName::of("AAAA 级", "AAAA")},
                          {QStringLiteral("AAAAA"), LocalizedName::of("AAAAA 级", "AAAAA")}}),
        AttributeSpec::make("max_capacity", LocalizedName::of("最大承载量", "Maximum capacity"), Type::Integer,
                            QStringLiteral("人次/日"), QStringLiteral("LB/T 034-2014")),
        AttributeSpec::make("water_activities", LocalizedName::of("涉水项目", "Water activities"), Type::Boolean),
        AttributeSpec::make("ropeway", LocalizedName::of("客运索道", "Passenger ropeway"), Type::Boolean),
    };
}

QList<AlarmKind> TourismPlugin::alarmKinds() const
{
    AlarmKind load;
    load.id = core::toKey(core::AlarmKindId::VisitorLoad);
    load.name = LocalizedName::of("游客承载率", "Visitor load");
    load.unit = QStringLiteral("%");
    const QString guide = QStringLiteral("LB/T 034-2014 景区最大承载量核定导则");
    // The maximum capacity is the area's own approved figure, so load is a share of it. Warning at
    // 80 % of it is not in DOMAIN.md: a named default (U). 100 % is the approved capacity itself.
    load.rules = {ThresholdRule::rising("warning", LocalizedName::of("达到最大承载量 80%", "80 % of capacity"), 80,
                                        AlarmPriority::Medium, guide)
                      .asUnconfirmed(),
                  ThresholdRule::rising("full", LocalizedName::of("达到最大承载量", "capacity reached"), 100,
                                        AlarmPriority::High, guide)};
    return {load};
}

QList<IncidentType> TourismPlugin::incidentTypes() const
{
    return {
        IncidentType::make("crowd_crush", LocalizedName::of("拥挤踩踏", "Crowd crush"),
                           {Capability::Medical, Capability::Evacuation},
                           {"停止售票和入园,实施限流", "打开疏散通道,分流人群", "广播引导游客有序撤离",
                            "救治伤员并送医", "公安维持现场秩序"}),
        IncidentType::make("drowning", LocalizedName::of("溺水", "Drowning"),
                           {Capability::WaterRescue, Capability::Medical},
                           {"确认落水位置和人数", "投放救生圈,专业救援人员下水施救", "上岸后立即心肺复苏",
                            "伤员送医", "暂停涉水项目"}),
        IncidentType::make("ropeway_stoppage", LocalizedName::of("索道停运滞留", "Ropeway stoppage"),
                           {Capability::SpecialEquipment, Capability::Medical, Capability::Evacuation},
                           {"安抚滞留游客,通报预计救援时间", "启动备用动力或辅助驱动回收吊具", "无法回收时实施垂直救援",
                            "安置疏散游客,伤员送医", "检验合格后恢复运行"}),
    };
}

QList<Indicator> TourismPlugin::indicators() const { return {}; }

} // namespace cp::sectors
