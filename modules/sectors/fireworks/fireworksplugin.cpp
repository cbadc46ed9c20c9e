// SPDX-License-Identifier: GPL-2.0-or-later
#include "fireworksplugin.h"

#include "sectors/commonindicators.h"
#include "sectors/commonrules.h"
#include "core/alarmkinds.h"

namespace cp::sectors {

using core::Capability;
using Type = AttributeSpec::Type;

QList<AttributeSpec> FireworksPlugin::attributes() const
{
    return {
        AttributeSpec::make("business", LocalizedName::of("经营类别", "Business"), Type::Choice)
            .withChoices({{QStringLiteral("explosives_production"), LocalizedName::of("民爆物品生产", "explosives production")},
                          {QStringLiteral("explosives_storage"), LocalizedName::of("民爆物品储存", "explosives storage")},
                          {QStringLiteral("fireworks_production"), LocalizedName::of("烟花爆竹生产", "fireworks production")},
                          {QStringLiteral("fireworks_wholesale"), LocalizedName::of("烟花爆竹批发", "fireworks wholesale")},
                          {QStringLiteral("fireworks_retail"), LocalizedName::of("烟花爆竹零售", "fireworks retail")}}),
        AttributeSpec::make("storage_quantity", LocalizedName::of("核定储存药量", "Licensed storage quantity"),
                            Type::Number, QStringLiteral("t")),
        AttributeSpec::make("licence_no", LocalizedName::of("许可证编号", "Licence number"), Type::Text),
        AttributeSpec::make("licence_expiry", LocalizedName::of("许可证有效期至", "Licence valid until"), Type::Date),
    };
}

QList<AlarmKind> FireworksPlugin::alarmKinds() const
{
    // 超量储存 is a major hidden danger (安监总管三〔2017〕121号): the limit is the enterprise's licensed
    // quantity, set as its "high_high" setpoint; warehouse climate limits are the enterprise's own.
    return {CommonRules::setpointLimits(core::toKey(core::AlarmKindId::StorageQuantity),
                                        LocalizedName::of("库存药量", "Stored quantity"), QStringLiteral("t")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::WarehouseTemperature),
                                        LocalizedName::of("库房温度", "Warehouse temperature"), QStringLiteral("°C")),
            CommonRules::setpointLimits(core::toKey(core::AlarmKindId::WarehouseHumidity),
                                        LocalizedName::of("库房湿度", "Warehouse humidity"), QStringLiteral("%RH"))};
}

QList<IncidentType> FireworksPlugin::incidentTypes() const
{
    return {
        IncidentType::make("explosion", LocalizedName::of("爆炸", "Explosion"),
                           {Capability::FireFighting, Capability::StructuralRescue, Capability::Medical,
                            Capability::Evacuation},
                           {"确认爆炸位置、库存药量和殉爆风险", "按安全距离划定警戒区,疏散周边人员",
                            "消防力量在安全距离外控制火势,防止殉爆", "评估建筑稳定性后搜救被困人员", "伤员送医",
                            "清点剩余药量,由专业人员处置残药"}),
        IncidentType::make("fire", LocalizedName::of("火灾", "Fire"),
                           {Capability::FireFighting, Capability::Medical, Capability::Evacuation},
                           {"确认着火库房及相邻库房存药情况", "疏散人员,划定警戒区", "在掩体后冷却相邻库房,防止引爆",
                            "扑灭火灾后检查残火", "伤员送医"}),
    };
}

QList<Indicator> FireworksPlugin::indicators() const
{
    return {CommonIndicators::dateNotPassed("licence_valid_rate", LocalizedName::of("许可证有效率", "Valid licence rate"),
                                            QStringLiteral("licence_expiry"))};
}

} // namespace cp::sectors
