// SPDX-License-Identifier: GPL-2.0-or-later
#include "coalmineplugin.h"

#include "sectors/commonindicators.h"
#include "core/alarmkinds.h"

#include <QHash>

namespace cp::sectors {

using core::AlarmPriority;
using core::Capability;
using Type = AttributeSpec::Type;

namespace {

const QString regulations = QStringLiteral("煤矿安全规程");
// The methane table is 《煤矿安全规程》 "报警浓度、断电浓度、复电浓度和断电范围" (DOMAIN.md §2.2).
const QString methaneTable = QStringLiteral("煤矿安全规程 甲烷传感器报警浓度、断电浓度、复电浓度和断电范围");

struct MethaneRow
{
    const char *id;
    const char *zh;
    const char *en;
    double alarm;   // 报警浓度 ≥, %CH4
    double powerOff; // 断电浓度 ≥, %CH4
    double restore; // 复电浓度 <, %CH4
    const char *scopeZh;
    const char *scopeEn;
};

// 《煤矿安全规程》 methane sensor table, one row per sensor location (DOMAIN.md §2.2, C except where noted).
const MethaneRow methaneRows[] = {
    {"upper_corner", "采煤工作面上隅角 T0", "longwall upper corner T0", 1.0, 1.5, 1.5, "工作面及其回风巷", "face and return roadway"},
    {"face", "采煤工作面 T1", "longwall face T1", 1.0, 1.5, 1.0, "工作面及其回风巷", "face and return roadway"},
    {"face_outburst", "突出矿井采煤工作面 T1", "longwall face T1, outburst mine", 1.0, 1.5, 1.0,
     "工作面及其进、回风巷", "face, intake and return roadways"},
    {"return_roadway", "采煤工作面回风巷 T2", "longwall return roadway T2", 1.0, 1.0, 1.0, "工作面及其回风巷",
     "face and return roadway"},
    {"intake_roadway", "进风巷 T3", "intake roadway T3", 0.5, 0.5, 0.5, "进风巷", "intake roadway"},
    {"series_intake", "串联通风工作面进风巷 T4", "intake of series-ventilated face T4", 0.5, 0.5, 0.5,
     "被串联工作面及其进回风巷", "that face and its intake and return"},
    {"mid_return", "回风巷中部", "mid-return roadway", 1.0, 1.0, 1.0, "工作面及其回风巷", "face and return roadway"},
    {"drainage_roadway", "专用排瓦斯巷 T7", "dedicated gas-drainage roadway T7", 2.5, 2.5, 2.5, "工作面",
     "the face"},
    {"mixed_return", "有专用排瓦斯巷的混合回风流 T8", "mixed return with drainage roadway T8", 1.0, 1.0, 1.0,
     "工作面及其回风巷", "face and return roadway"},
    {"shearer", "采煤机", "shearer-mounted", 1.0, 1.5, 1.0, "采煤机电源", "shearer power"},
    {"heading_face", "掘进工作面 T1", "heading face T1", 1.0, 1.5, 1.0, "掘进巷道内全部", "whole heading"},
    {"heading_return", "掘进工作面回风流 T2", "heading return T2", 1.0, 1.0, 1.0, "掘进巷道内全部", "whole heading"},
    // haiwanghuyu.com 2022/09/22/649574 (C): trolley-locomotive loading point / downwind of a gas source.
    {"trolley_haulage", "架线电机车装煤点及瓦斯涌出巷道下风流", "trolley-locomotive loading point", 0.5, 0.5, 0.5,
     "上风和下风 100 米内架线及设备", "trolley wire and equipment 100 m up- and downwind"},
};

AlarmKind methane()
{
    AlarmKind k;
    k.id = core::toKey(core::AlarmKindId::Methane);
    k.name = LocalizedName::of("甲烷", "Methane");
    k.unit = QStringLiteral("%CH4");
    for (const MethaneRow &row : methaneRows) {
        ThresholdRule alarm = ThresholdRule::rising("alarm", LocalizedName::of("报警", "alarm"), row.alarm,
                                                    AlarmPriority::High, methaneTable);
        ThresholdRule powerOff = ThresholdRule::rising(
                                     "power_off",
                                     {QStringLiteral("断电(") + QString::fromUtf8(row.scopeZh) + QStringLiteral(")"),
                                      QStringLiteral("power off (") + QString::fromUtf8(row.scopeEn) + QStringLiteral(")")},
                                     row.powerOff, AlarmPriority::Emergency, methaneTable)
                                     .withReset(row.restore);
        // The upper-corner restore value is printed as 1.5 in the source but commonly 1.0 (DOMAIN.md §2.2: U).
        if (QLatin1String(row.id) == QLatin1String("upper_corner"))
            powerOff = powerOff.asUnconfirmed();
        k.locations.append({QString::fromLatin1(row.id), LocalizedName::of(row.zh, row.en), {alarm, powerOff}});
    }
    return k;
}

// Mine-air maximum allowed concentrations, 《煤矿安全规程》 (DOMAIN.md §2.2): exceeding one is an alarm.
AlarmKind mineAirLimit(core::AlarmKindId id, LocalizedName name, double ppm, const char *percentText)
{
    AlarmKind k;
    k.id = core::toKey(id);
    k.name = std::move(name);
    k.unit = QStringLiteral("ppm");
    k.rules = {ThresholdRule::rising("limit", LocalizedName::of("超过最高允许浓度", "above maximum allowed"), ppm,
                                     AlarmPriority::High,
                                     regulations + QStringLiteral(" ≤") + QString::fromLatin1(percentText))
                   .exclusive()};
    return k;
}

} // namespace

QList<AttributeSpec> CoalminePlugin::attributes() const
{
    return {
        AttributeSpec::make("gas_grade", LocalizedName::of("矿井瓦斯等级", "Mine gas grade"), Type::Choice, {}, regulations)
            .withChoices({{QStringLiteral("low_gas"), LocalizedName::of("低瓦斯矿井", "low-gas mine")},
                          {QStringLiteral("high_gas"), LocalizedName::of("高瓦斯矿井", "high-gas mine")},
                          {QStringLiteral("outburst"), LocalizedName::of("煤与瓦斯突出矿井", "outburst mine")}}),
        AttributeSpec::make("output", LocalizedName::of("核定生产能力", "Approved output"), Type::Number,
                            QStringLiteral("万t/a")),
        AttributeSpec::make("working_faces", LocalizedName::of("采掘工作面数", "Working faces"), Type::Integer),
        AttributeSpec::make("intelligent_faces", LocalizedName::of("智能化采掘工作面数", "Intelligent working faces"),
                            Type::Integer),
        AttributeSpec::make("rescue_agreement", LocalizedName::of("矿山救护协议队伍", "Contracted mine rescue team"),
                            Type::Text),
    };
}

QList<AlarmKind> CoalminePlugin::alarmKinds() const
{
    AlarmKind oxygen;
    oxygen.id = core::toKey(core::AlarmKindId::Oxygen);
    oxygen.name = LocalizedName::of("氧气(进风流)", "Oxygen (intake air)");
    oxygen.unit = QStringLiteral("%VOL");
    oxygen.rules = {ThresholdRule::falling("low", LocalizedName::of("低于 20%", "below 20 %"), 20, AlarmPriority::High,
                                           regulations + QStringLiteral(" 进风流 O2 ≥20%"))
                        .exclusive()};

    AlarmKind co2;
    co2.id = core::toKey(core::AlarmKindId::Co2);
    co2.name = LocalizedName::of("二氧化碳", "Carbon dioxide");
    co2.unit = QStringLiteral("%VOL");
    co2.locations = {
        {QStringLiteral("intake"), LocalizedName::of("进风流", "intake air"),
         {ThresholdRule::rising("limit", LocalizedName::of("超过 0.5%", "above 0.5 %"), 0.5, AlarmPriority::High,
                                regulations + QStringLiteral(" 进风流 CO2 ≤0.5%"))
              .exclusive()}},
        // safehoo.com 201911/1583151, a company rule citing the regulations: at 1.5 % stop work and evacuate.
        {QStringLiteral("face"), LocalizedName::of("采掘工作面", "working face"),
         {ThresholdRule::rising("evacuate", LocalizedName::of("停工撤人", "stop work and evacuate"), 1.5,
                                AlarmPriority::Emergency, regulations + QStringLiteral(" 工作面 CO2 ≥1.5%"))}},
    };

    return {methane(),
            mineAirLimit(core::AlarmKindId::Co, LocalizedName::of("一氧化碳", "Carbon monoxide"), 24, "0.0024%"),
            mineAirLimit(core::AlarmKindId::No2, LocalizedName::of("二氧化氮", "Nitrogen dioxide"), 2.5, "0.00025%"),
            mineAirLimit(core::AlarmKindId::So2, LocalizedName::of("二氧化硫", "Sulphur dioxide"), 5, "0.0005%"),
            mineAirLimit(core::AlarmKindId::H2s, LocalizedName::of("硫化氢", "Hydrogen sulphide"), 6.6, "0.00066%"),
            mineAirLimit(core::AlarmKindId::Nh3, LocalizedName::of("氨", "Ammonia"), 40, "0.004%"),
            oxygen,
            co2};
}

QList<IncidentType> CoalminePlugin::incidentTypes() const
{
    return {
        IncidentType::make("gas_explosion", LocalizedName::of("瓦斯爆炸", "Gas explosion"),
                           {Capability::MineRescue, Capability::Medical},
                           {"立即切断灾区电源,通知井下人员按避灾路线撤离", "清点井下人数,确定被困人员位置",
                            "调派矿山救护队侦察灾区,检测瓦斯、一氧化碳和氧气", "恢复通风,防止二次爆炸",
                            "救护队佩戴呼吸器搜救被困人员", "伤员升井后交医疗救护"}),
        IncidentType::make("gas_outburst", LocalizedName::of("煤与瓦斯突出", "Coal and gas outburst"),
                           {Capability::MineRescue, Capability::Medical},
                           {"切断突出区域及回风系统电源", "撤出受威胁区域人员,进入压风自救或避难硐室",
                            "严禁在突出区域启停电气设备", "救护队侦察,排放积聚瓦斯", "搜救被埋压人员,伤员送医"}),
        IncidentType::make("mine_fire", LocalizedName::of("矿井火灾", "Mine fire"),
                           {Capability::MineRescue, Capability::Medical},
                           {"确定火源位置和烟流方向", "撤出回风侧人员", "调整通风,控制风流", "直接灭火或封闭火区",
                            "监测一氧化碳和瓦斯浓度,防止瓦斯爆炸", "伤员送医"}),
        IncidentType::make("water_inrush", LocalizedName::of("透水", "Water inrush"),
                           {Capability::MineRescue, Capability::Medical, Capability::PowerRepair},
                           {"撤出受水害威胁区域人员", "确定突水点和水量,判断被困人员位置", "保障排水系统供电,加大排水能力",
                            "向被困人员处压风供氧", "救护队搜救,伤员送医"}),
        IncidentType::make("roof_fall", LocalizedName::of("冒顶片帮", "Roof fall"),
                           {Capability::MineRescue, Capability::Medical},
                           {"停止冒落区作业,撤出人员", "加强冒落区周边支护", "确认被埋压人员位置,保持通风供氧",
                            "由外向里支护清理,救出被埋人员", "伤员送医"}),
    };
}

QList<Indicator> CoalminePlugin::indicators() const
{
    Indicator intelligent;
    intelligent.id = QStringLiteral("intelligent_mining_share");
    intelligent.name = LocalizedName::of("智能化采掘工作面占比", "Intelligent-mining share");
    // No target number in hand for the county plan: the bureau sets it (no default is invented).
    intelligent.applies = [](const core::Enterprise &e) {
        return e.sectorAttributes.value(QStringLiteral("working_faces")).toInt() > 0;
    };
    intelligent.meets = [](const core::Enterprise &e, const QDate &) {
        return e.sectorAttributes.value(QStringLiteral("intelligent_faces")).toInt() > 0;
    };

    return {intelligent, CommonIndicators::monitoringOnline("monitoring_online_rate",
                                                            LocalizedName::of("安全监控系统联网率",
                                                                              "Monitoring system online rate"))};
}

QString CoalminePlugin::sensorLocation(const core::AlarmEvent &event) const
{
    const int dash = event.sensorId.indexOf(QLatin1Char('-'));
    const QString code = dash > 0 ? event.sensorId.left(dash) : event.sensorId;
    if (event.kind == core::toKey(core::AlarmKindId::Co2)) {
        // Intake-air CO2 (T3, T4) is limited to 0.5 %, working-face CO2 (T0–T2) evacuates at 1.5 %.
        if (code == QLatin1String("T3") || code == QLatin1String("T4"))
            return QStringLiteral("intake");
        return code == QLatin1String("T0") || code == QLatin1String("T1") || code == QLatin1String("T2") ? QStringLiteral("face")
                                                                                                           : code;
    }
    if (event.kind != core::toKey(core::AlarmKindId::Methane))
        return {};
    static const QHash<QString, QString> locations = {
        {QStringLiteral("T0"), QStringLiteral("upper_corner")},  {QStringLiteral("T1"), QStringLiteral("face")},
        {QStringLiteral("T2"), QStringLiteral("return_roadway")}, {QStringLiteral("T3"), QStringLiteral("intake_roadway")},
        {QStringLiteral("T4"), QStringLiteral("series_intake")},  {QStringLiteral("T7"), QStringLiteral("drainage_roadway")},
        {QStringLiteral("T8"), QStringLiteral("mixed_return")},
    };
    return locations.value(code, code);
}

core::ResponseLevel CoalminePlugin::proposeResponseLevel(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                                         const Classification &judged) const
{
    if (event.kind != core::toKey(core::AlarmKindId::Methane) || judged.ruleId != QLatin1String("power_off"))
        return judged.responseLevel;
    const bool outburst = enterprise.sectorAttributes.value(QStringLiteral("gas_grade")).toString() == QLatin1String("outburst");
    return outburst ? core::ResponseLevel::III : core::ResponseLevel::IV;
}

} // namespace cp::sectors
