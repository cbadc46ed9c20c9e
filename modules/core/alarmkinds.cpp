// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/alarmkinds.h"

#include <QLocale>

#include <limits>

namespace cp::core {

namespace {

constexpr double unbounded = std::numeric_limits<double>::max();

// Physical ranges: a concentration is never negative and a percentage of a whole never exceeds 100;
// a pressure in MPa never falls below vacuum (-0.1013); no temperature is below absolute zero. Where
// physics gives no bound the range is open, and only the point's own range (its registry) limits it.
constexpr double vacuumMPa = -0.101325;
constexpr double absoluteZeroC = -273.15;

QList<AlarmKindInfo> makeCatalogue()
{
    using K = AlarmKindId;
    const QStringList toxicUnits = {QStringLiteral("mg/m3"), QStringLiteral("ppm")};
    const auto percent = [](K id, const char *key, const char *unit, const char *zh, const char *en) {
        return AlarmKindInfo{id, QString::fromLatin1(key), {QString::fromUtf8(unit)}, QString::fromUtf8(zh),
                             QString::fromUtf8(en), 0, 100};
    };
    const auto toxic = [&toxicUnits](K id, const char *key, const char *zh, const char *en) {
        return AlarmKindInfo{id, QString::fromLatin1(key), toxicUnits, QString::fromUtf8(zh), QString::fromUtf8(en), 0,
                             unbounded};
    };
    const auto measured = [](K id, const char *key, const char *unit, const char *zh, const char *en, double minimum,
                             double maximum) {
        return AlarmKindInfo{id, QString::fromLatin1(key), {QString::fromUtf8(unit)}, QString::fromUtf8(zh),
                             QString::fromUtf8(en), minimum, maximum};
    };
    // A two-state signal of the enterprise's own system: 0 normal, 1 active.
    const auto signal = [](K id, const char *key, const char *zh, const char *en) {
        return AlarmKindInfo{id, QString::fromLatin1(key), {QStringLiteral("state")}, QString::fromUtf8(zh),
                             QString::fromUtf8(en), 0, 1};
    };
    QList<AlarmKindInfo> kinds = {
        percent(K::CombustibleGas, "combustible_gas", "%LEL", "可燃气体", "Combustible gas"),
        measured(K::CombustibleGasOpenPath, "combustible_gas_path", "LEL.m", "可燃气体(线型)",
                 "Combustible gas (open path)", 0, unbounded),
        percent(K::ConfinedSpaceCombustible, "confined_space_combustible", "%LEL", "有限空间可燃气体",
                "Combustible gas in a confined space"),
        percent(K::Oxygen, "oxygen", "%VOL", "氧气", "Oxygen"),
        percent(K::RoomOxygen, "room_oxygen", "%VOL", "室内氧气", "Room oxygen"),
        toxic(K::H2s, "h2s", "硫化氢", "Hydrogen sulphide"),
        toxic(K::Co, "co", "一氧化碳", "Carbon monoxide"),
        toxic(K::No2, "no2", "二氧化氮", "Nitrogen dioxide"),
        toxic(K::So2, "so2", "二氧化硫", "Sulphur dioxide"),
        toxic(K::Nh3, "nh3", "氨", "Ammonia"),
        toxic(K::Cl2, "cl2", "氯气", "Chlorine"),
        toxic(K::Hcn, "hcn", "氰化氢", "Hydrogen cyanide"),
        toxic(K::Hcl, "hcl", "氯化氢", "Hydrogen chloride"),
        toxic(K::Cocl2, "cocl2", "光气", "Phosgene"),
        toxic(K::Benzene, "benzene", "苯", "Benzene"),
        toxic(K::Methanol, "methanol", "甲醇", "Methanol"),
        toxic(K::Toluene, "toluene", "甲苯", "Toluene"),
        toxic(K::Xylene, "xylene", "二甲苯", "Xylene"),
        percent(K::Co2, "co2", "%VOL", "二氧化碳", "Carbon dioxide"),
        measured(K::Sf6, "sf6", "ppm", "六氟化硫", "Sulphur hexafluoride", 0, 1e6),
        percent(K::Methane, "methane", "%CH4", "甲烷", "Methane"),
        measured(K::TankLevel, "tank_level", "%", "储罐液位", "Tank level", -unbounded, unbounded),
        measured(K::TankPressure, "tank_pressure", "MPa", "储罐压力", "Tank pressure", vacuumMPa, unbounded),
        measured(K::TankTemperature, "tank_temperature", "°C", "储罐温度", "Tank temperature", absoluteZeroC, unbounded),
        measured(K::PipelinePressure, "pipeline_pressure", "MPa", "管道压力", "Pipeline pressure", vacuumMPa, unbounded),
        measured(K::CathodicPotential, "cathodic_potential", "mV", "阴极保护电位", "Cathodic protection potential",
                 -unbounded, unbounded),
        measured(K::WarehouseTemperature, "warehouse_temperature", "°C", "库房温度", "Warehouse temperature",
                 absoluteZeroC, unbounded),
        percent(K::WarehouseHumidity, "warehouse_humidity", "%RH", "库房湿度", "Warehouse humidity"),
        measured(K::StorageQuantity, "storage_quantity", "t", "存药量", "Quantity stored", 0, unbounded),
        signal(K::FireAlarm, "fire_alarm", "火灾报警", "Fire alarm"),
        signal(K::SprinklerFlow, "sprinkler_flow", "喷淋水流指示", "Sprinkler flow"),
        measured(K::FireWaterPressure, "fire_water_pressure", "MPa", "消防水压", "Fire water pressure", vacuumMPa,
                 unbounded),
        measured(K::DustCollectorPressure, "dust_collector_pressure", "Pa", "除尘器压差", "Dust collector pressure",
                 -unbounded, unbounded),
        measured(K::DustCollectorTemperature, "dust_collector_temperature", "°C", "除尘器温度",
                 "Dust collector temperature", absoluteZeroC, unbounded),
        signal(K::SparkDetected, "spark_detected", "火花探测", "Spark detected"),
        measured(K::TransformerOilTemperature, "transformer_oil_temperature", "°C", "变压器油温",
                 "Transformer oil temperature", absoluteZeroC, unbounded),
        measured(K::PitDisplacement, "pit_displacement", "mm", "基坑水平位移", "Pit displacement", -unbounded, unbounded),
        measured(K::PitSettlement, "pit_settlement", "mm", "基坑沉降", "Pit settlement", -unbounded, unbounded),
        measured(K::CraneLoadMoment, "crane_load_moment", "%", "塔吊力矩", "Crane load moment", 0, unbounded),
        measured(K::BoilerPressure, "boiler_pressure", "MPa", "锅炉压力", "Boiler pressure", vacuumMPa, unbounded),
        measured(K::BoilerWaterLevel, "boiler_water_level", "mm", "锅炉水位", "Boiler water level", -unbounded, unbounded),
        measured(K::VesselPressure, "vessel_pressure", "MPa", "压力容器压力", "Vessel pressure", vacuumMPa, unbounded),
        signal(K::ElevatorEntrapment, "elevator_entrapment", "电梯困人", "Lift entrapment"),
        measured(K::ContinuousDriving, "continuous_driving", "h", "连续驾驶时间", "Continuous driving", 0, unbounded),
        measured(K::Speed, "speed", "km/h", "车速", "Speed", 0, unbounded),
        measured(K::VisitorLoad, "visitor_load", "%", "游客承载率", "Visitor load", 0, unbounded),
    };
    AlarmKindInfo communication = signal(K::CommunicationFailure, "communication_failure", "通信中断", "Communication failure");
    communication.system = true;
    kinds.append(communication);
    return kinds;
}

struct UnitAlias
{
    const char *alias;
    const char *unit;
};

// Spellings seen from sources for the catalogue's units; the feed protocol sends methane in "%".
const UnitAlias unitAliases[] = {
    {"mg/m³", "mg/m3"}, {"LEL·m", "LEL.m"}, {"%vol", "%VOL"}, {"℃", "°C"}, {"%rh", "%RH"},
};

} // namespace

const QList<AlarmKindInfo> &alarmKinds()
{
    static const QList<AlarmKindInfo> kinds = makeCatalogue();
    return kinds;
}

QString toKey(AlarmKindId kind) { return alarmKinds().at(static_cast<int>(kind)).key; }

template<>
std::optional<AlarmKindId> fromKey<AlarmKindId>(const QString &key)
{
    const AlarmKindInfo *kind = alarmKind(key);
    return kind ? std::optional<AlarmKindId>(kind->id) : std::nullopt;
}

const AlarmKindInfo *alarmKind(const QString &key)
{
    for (const AlarmKindInfo &kind : alarmKinds())
        if (kind.key == key)
            return &kind;
    return nullptr;
}

QString canonicalUnit(const QString &kindKey, const QString &unit)
{
    const AlarmKindInfo *kind = alarmKind(kindKey);
    if (!kind || kind->units.contains(unit))
        return unit;
    // Methane is the one kind the protocol reports in a bare "%": its unit is the percentage of CH4.
    if (kind->id == AlarmKindId::Methane && unit == QLatin1String("%"))
        return kind->units.first();
    for (const UnitAlias &alias : unitAliases) {
        const QString canonical = QString::fromUtf8(alias.unit);
        if (unit.compare(QString::fromUtf8(alias.alias), Qt::CaseInsensitive) == 0 && kind->units.contains(canonical))
            return canonical;
    }
    return unit;
}

QString displayName(const AlarmKindInfo &kind)
{
    return QLocale().language() == QLocale::Chinese ? kind.nameZh : kind.nameEn;
}

} // namespace cp::core
