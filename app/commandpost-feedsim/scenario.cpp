// SPDX-License-Identifier: GPL-2.0-or-later
#include "scenario.h"

#include <algorithm>
#include <cmath>

namespace cp::feedsim {

namespace {

// Normal and alarm ranges per kind. Alarm ranges start at the generic level 1 of DOMAIN.md §2 so
// the readings land where a real detector would report them.
QList<SimSensor> sensorsFor(const SimEnterprise &e, int index)
{
    using S = SimSensor;
    const QString s = e.sectorId;
    if (s == QLatin1String("coalmine")) {
        // 煤矿安全规程: alarm 1.0 %CH4 at T0/T1/T2, power-off 1.5 % at T0/T1; mine air CO ≤24 ppm.
        return {S{QStringLiteral("T0-01"), QStringLiteral("methane"), QStringLiteral("%"), 0.1, 0.6, 1.0, 1.9},
                S{QStringLiteral("T1-01"), QStringLiteral("methane"), QStringLiteral("%"), 0.1, 0.5, 1.0, 1.7},
                S{QStringLiteral("T2-01"), QStringLiteral("methane"), QStringLiteral("%"), 0.1, 0.5, 1.0, 1.3},
                S{QStringLiteral("CO-01"), QStringLiteral("co"), QStringLiteral("ppm"), 0, 8, 24, 60}};
    }
    if (s == QLatin1String("gas")) {
        return {S{QStringLiteral("GT-01"), QStringLiteral("combustible_gas"), QStringLiteral("%LEL"), 0, 5, 25, 60},
                S{QStringLiteral("GT-02"), QStringLiteral("combustible_gas"), QStringLiteral("%LEL"), 0, 5, 25, 60},
                S{QStringLiteral("PP-01"), QStringLiteral("pipeline_pressure"), QStringLiteral("MPa"), 0.25, 0.38, 0.42, 0.5}};
    }
    if (s == QLatin1String("fireworks")) {
        return {S{QStringLiteral("TT-01"), QStringLiteral("warehouse_temperature"), QStringLiteral("°C"), 10, 28, 35, 45},
                S{QStringLiteral("HT-01"), QStringLiteral("warehouse_humidity"), QStringLiteral("%RH"), 40, 70, 80, 95}};
    }
    // hazchem and anything else: combustible gas, one toxic gas (AL..2×AL in mg/m³, GB/T 50493-2019
    // derived table), and a tank's level, pressure and temperature.
    static const struct { const char *kind; double al; } toxic[] = {{"h2s", 10}, {"nh3", 20}, {"cl2", 1}, {"co", 20}};
    const auto &t = toxic[index % 4];
    return {S{QStringLiteral("GT-01"), QStringLiteral("combustible_gas"), QStringLiteral("%LEL"), 0, 5, 25, 60},
            S{QStringLiteral("GT-02"), QStringLiteral("combustible_gas"), QStringLiteral("%LEL"), 0, 5, 25, 60},
            S{QStringLiteral("TX-01"), QString::fromLatin1(t.kind), QStringLiteral("mg/m3"), 0, 0.3 * t.al, t.al, 2.5 * t.al},
            S{QStringLiteral("LT-01"), QStringLiteral("tank_level"), QStringLiteral("%"), 40, 80, 90, 98},
            S{QStringLiteral("PT-01"), QStringLiteral("tank_pressure"), QStringLiteral("MPa"), 0.8, 1.2, 1.6, 2.0},
            S{QStringLiteral("TT-01"), QStringLiteral("tank_temperature"), QStringLiteral("°C"), 15, 30, 40, 55}};
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
            if (list.at(s).kind == QLatin1String("combustible_gas") && found < 0 && which-- == 0)
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
