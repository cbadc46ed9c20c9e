// SPDX-License-Identifier: GPL-2.0-or-later
#include "scenario.h"

#include "core/alarmkinds.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cp::feedsim {

namespace {

// Normal and alarm ranges per sensor, for the kinds each sector's plugin judges (the kind keys of
// the catalogue, core/alarmkinds.h, in the units the plugins use). Alarm ranges start at the
// generic level 1 of DOMAIN.md §2 where there is one, so readings land where a real detector
// reports them; a signal is 0 normal, 1 active.
struct SensorRow
{
    const char *id;
    core::AlarmKindId kind;
    const char *unit;
    double normalLow, normalHigh, alarmLow, alarmHigh;
};

using K = core::AlarmKindId;
constexpr SensorRow signal(const char *id, K kind) { return {id, kind, "state", 0, 0, 1, 1}; }

const QHash<QString, QList<SensorRow>> &sectorSensors()
{
    static const QHash<QString, QList<SensorRow>> table = {
        // 煤矿安全规程: alarm 1.0 %CH4 at T0/T1/T2, power-off 1.5 % at T0/T1; mine air CO ≤24 ppm.
        {QStringLiteral("coalmine"),
         {{"T0-01", K::Methane, "%", 0.1, 0.6, 1.0, 1.9}, {"T1-01", K::Methane, "%", 0.1, 0.5, 1.0, 1.7},
          {"T2-01", K::Methane, "%", 0.1, 0.5, 1.0, 1.3}, {"CO-01", K::Co, "ppm", 0, 8, 24, 60}}},
        {QStringLiteral("gas"),
         {{"GT-01", K::CombustibleGas, "%LEL", 0, 5, 25, 60}, {"GT-02", K::CombustibleGas, "%LEL", 0, 5, 25, 60},
          {"PP-01", K::PipelinePressure, "MPa", 0.25, 0.38, 0.42, 0.5}}},
        {QStringLiteral("pipeline"),
         {{"PP-01", K::PipelinePressure, "MPa", 4.0, 5.5, 6.3, 7.0}, {"GT-01", K::CombustibleGas, "%LEL", 0, 5, 25, 60},
          {"CP-01", K::CathodicPotential, "mV", -1200, -900, -800, -600}}},
        {QStringLiteral("fireworks"),
         {{"TT-01", K::WarehouseTemperature, "°C", 10, 28, 35, 45}, {"HT-01", K::WarehouseHumidity, "%RH", 40, 70, 80, 95},
          {"WQ-01", K::StorageQuantity, "t", 1, 4, 5, 8}}},
        {QStringLiteral("chempark"),
         {{"GT-01", K::CombustibleGas, "%LEL", 0, 5, 25, 60}, {"TX-01", K::Cl2, "mg/m3", 0, 0.3, 1, 2.5},
          {"TX-02", K::Nh3, "mg/m3", 0, 6, 20, 50}}},
        {QStringLiteral("firesafety"),
         {signal("FA-01", K::FireAlarm), signal("SF-01", K::SprinklerFlow),
          {"FW-01", K::FireWaterPressure, "MPa", 0.3, 0.5, 0.05, 0.1}}},
        {QStringLiteral("power"),
         {{"SF-01", K::Sf6, "ppm", 0, 200, 1000, 2000}, {"O2-01", K::RoomOxygen, "%VOL", 20.5, 21, 17, 19},
          {"TT-01", K::TransformerOilTemperature, "°C", 40, 70, 85, 105}}},
        {QStringLiteral("construction"),
         {{"PD-01", K::PitDisplacement, "mm", 0, 10, 30, 60}, {"PS-01", K::PitSettlement, "mm", 0, 10, 30, 60},
          {"CL-01", K::CraneLoadMoment, "%", 30, 80, 90, 110}}},
        {QStringLiteral("specialequip"),
         {{"BP-01", K::BoilerPressure, "MPa", 0.6, 1.0, 1.25, 1.6}, {"BL-01", K::BoilerWaterLevel, "mm", -50, 50, -150, -100},
          {"VP-01", K::VesselPressure, "MPa", 0.5, 1.2, 1.6, 2.0}, signal("EL-01", K::ElevatorEntrapment)}},
        {QStringLiteral("industrytrade"),
         {{"GT-01", K::ConfinedSpaceCombustible, "%LEL", 0, 5, 10, 40}, {"O2-01", K::Oxygen, "%VOL", 20.5, 21, 17, 19.5},
          {"TX-01", K::Nh3, "mg/m3", 0, 6, 20, 50}, {"DT-01", K::DustCollectorTemperature, "°C", 20, 50, 70, 90},
          signal("SD-01", K::SparkDetected)}},
        {QStringLiteral("roadtransport"),
         {{"SP-01", K::Speed, "km/h", 40, 90, 100, 130}, {"DR-01", K::ContinuousDriving, "h", 0, 3, 4, 6}}},
        {QStringLiteral("tourism"), {{"VL-01", K::VisitorLoad, "%", 20, 70, 80, 120}}},
    };
    return table;
}

QList<SimSensor> sensorsFor(const SimEnterprise &e, int index)
{
    QList<SimSensor> out;
    const auto rows = sectorSensors().constFind(e.sectorId);
    if (rows != sectorSensors().constEnd()) {
        for (const SensorRow &r : *rows)
            out.append({QString::fromLatin1(r.id), core::toKey(r.kind), QString::fromUtf8(r.unit), r.normalLow, r.normalHigh,
                        r.alarmLow, r.alarmHigh});
        return out;
    }
    // hazchem (and a sector the simulator does not know): combustible gas, one toxic gas (AL..2×AL
    // in mg/m³, GB/T 50493-2019 derived table), and a tank's level, pressure and temperature.
    static const struct { K kind; double al; } toxic[] = {{K::H2s, 10}, {K::Nh3, 20}, {K::Cl2, 1}, {K::Co, 20}};
    const auto &t = toxic[index % 4];
    const SensorRow rows_[] = {
        {"GT-01", K::CombustibleGas, "%LEL", 0, 5, 25, 60},
        {"GT-02", K::CombustibleGas, "%LEL", 0, 5, 25, 60},
        {"TX-01", t.kind, "mg/m3", 0, 0.3 * t.al, t.al, 2.5 * t.al},
        {"LT-01", K::TankLevel, "%", 40, 80, 90, 98},
        {"PT-01", K::TankPressure, "MPa", 0.8, 1.2, 1.6, 2.0},
        {"TT-01", K::TankTemperature, "°C", 15, 30, 40, 55},
    };
    for (const SensorRow &r : rows_)
        out.append({QString::fromLatin1(r.id), core::toKey(r.kind), QString::fromUtf8(r.unit), r.normalLow, r.normalHigh,
                    r.alarmLow, r.alarmHigh});
    return out;
}

double round2(double v) { return std::round(v * 100) / 100; }

} // namespace

QStringList Scenario::names()
{
    return {QStringLiteral("quiet-shift"), QStringLiteral("gas-leak"), QStringLiteral("flood")};
}

Scenario::Scenario(const QString &name, const QList<SimEnterprise> &enterprises, double ratePerSecond, quint32 seed)
    : m_enterprises(enterprises)
    , m_random(seed)
    , m_rate(ratePerSecond)
{
    for (int i = 0; i < m_enterprises.size(); ++i)
        m_sensors.append(sensorsFor(m_enterprises.at(i), i));
    if (name == QLatin1String("gas-leak"))
        scriptGasLeak();
    else if (name == QLatin1String("flood"))
        scriptFlood();
}

SimEvent Scenario::toggle(int enterprise, int sensor, qint64 offsetMs)
{
    SimSensor &s = m_sensors[enterprise][sensor];
    s.active = !s.active;
    SimEvent e;
    e.offsetMs = offsetMs;
    e.enterprise = enterprise;
    e.sensor = sensor;
    e.active = s.active;
    e.value = round2(s.active ? uniform(s.alarmLow, s.alarmHigh) : uniform(s.normalLow, s.normalHigh));
    return e;
}

SimEvent Scenario::background()
{
    // Exponential gaps: a Poisson process at the background rate.
    const double gap = -std::log(1.0 - m_random.generateDouble()) / m_rate;
    m_backgroundOffset += std::max<qint64>(1, static_cast<qint64>(gap * 1000));
    const int e = static_cast<int>(m_random.bounded(static_cast<quint32>(m_enterprises.size())));
    const int s = static_cast<int>(m_random.bounded(static_cast<quint32>(m_sensors.at(e).size())));
    return toggle(e, s, m_backgroundOffset);
}

SimEvent Scenario::next()
{
    if (!m_hasPendingBackground) {
        m_pendingBackground = background();
        m_hasPendingBackground = true;
    }
    if (!m_script.empty() && m_script.front().offsetMs <= m_pendingBackground.offsetMs) {
        SimEvent e = m_script.front();
        m_script.pop_front();
        m_sensors[e.enterprise][e.sensor].active = e.active;
        return e;
    }
    m_hasPendingBackground = false;
    return m_pendingBackground;
}

void Scenario::scriptGasLeak()
{
    // The leak starts at the first hazchem plant (or the first enterprise at all).
    int source = 0;
    for (int i = 0; i < m_enterprises.size(); ++i) {
        if (m_enterprises.at(i).sectorId == QLatin1String("hazchem")) {
            source = i;
            break;
        }
    }
    const SimEnterprise &origin = m_enterprises.at(source);
    QList<int> others;
    for (int i = 0; i < m_enterprises.size(); ++i) {
        if (i != source)
            others.append(i);
    }
    std::sort(others.begin(), others.end(), [&](int a, int b) {
        const auto d = [&](int i) {
            return std::hypot(m_enterprises.at(i).x - origin.x, m_enterprises.at(i).y - origin.y);
        };
        return d(a) < d(b);
    });
    const auto gasSensor = [&](int enterprise, int which) {
        int found = -1;
        const auto &list = m_sensors.at(enterprise);
        for (int s = 0; s < list.size(); ++s) {
            if (list.at(s).kind == core::toKey(core::AlarmKindId::CombustibleGas) && found < 0 && which-- == 0)
                found = s;
        }
        return std::max(found, 0);
    };
    const QString leak = QStringLiteral("leak simulation");
    const auto add = [&](qint64 seconds, int enterprise, int sensor, double value, bool active) {
        m_script.push_back(SimEvent{seconds * 1000, enterprise, sensor, value, active, leak});
    };
    // Level 1 (25 %LEL) → level 2 (50 %LEL), GB/T 50493-2019 §5.5.
    add(20, source, gasSensor(source, 0), 28, true);
    add(50, source, gasSensor(source, 0), 38, true);
    add(80, source, gasSensor(source, 0), 56, true);
    add(90, source, gasSensor(source, 1), 31, true);
    add(110, source, gasSensor(source, 1), 52, true);
    const int neighbours = std::min<int>(3, static_cast<int>(others.size()));
    for (int n = 0; n < neighbours; ++n) {
        add(180 + 20 * n, others.at(n), gasSensor(others.at(n), 0), 27, true);
        add(240 + 20 * n, others.at(n), gasSensor(others.at(n), 0), 41, true);
        add(600 + 10 * n, others.at(n), gasSensor(others.at(n), 0), 3, false);
    }
    add(640, source, gasSensor(source, 1), 4, false);
    add(660, source, gasSensor(source, 0), 6, false);
    std::stable_sort(m_script.begin(), m_script.end(),
                     [](const SimEvent &a, const SimEvent &b) { return a.offsetMs < b.offsetMs; });
}

void Scenario::scriptFlood()
{
    // 10,000 events in the minute after the first ten seconds: one every 6 ms.
    for (int i = 0; i < 10000; ++i) {
        const int e = static_cast<int>(m_random.bounded(static_cast<quint32>(m_enterprises.size())));
        const int s = static_cast<int>(m_random.bounded(static_cast<quint32>(m_sensors.at(e).size())));
        // Sensor states advance in script order: toggle() here would race the background's toggles.
        SimEvent ev;
        ev.offsetMs = 10000 + i * 6;
        ev.enterprise = e;
        ev.sensor = s;
        ev.active = (i / m_enterprises.size()) % 2 == 0;
        const SimSensor &sensor = m_sensors.at(e).at(s);
        ev.value = round2(ev.active ? uniform(sensor.alarmLow, sensor.alarmHigh)
                                    : uniform(sensor.normalLow, sensor.normalHigh));
        m_script.push_back(ev);
    }
}

} // namespace cp::feedsim
