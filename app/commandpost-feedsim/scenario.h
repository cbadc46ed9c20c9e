// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "simenterprise.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <deque>

namespace cp::feedsim {

//! One generated event, before it is served.
struct SimEvent
{
    qint64 offsetMs = 0;  //!< scenario time since start
    int enterprise = 0;   //!< index into the enterprises
    int sensor = 0;       //!< index into that enterprise's sensors
    double value = 0;
    bool active = false;
    QString message;
};

//! One sensor of a simulated enterprise.
struct SimSensor
{
    QString id;     //!< e.g. "GT-01", coal-mine ids start with the location ("T1-01")
    QString kind;
    QString unit;
    double normalLow;   //!< cleared readings fall in [normalLow, normalHigh)
    double normalHigh;
    double alarmLow;    //!< active readings fall in [alarmLow, alarmHigh)
    double alarmHigh;
    bool active = false;
};

/*!
 * \brief Generates the events of a named scenario in time order, deterministically from a seed.
 *
 * quiet-shift: sensors go active and clear at random at the background rate. gas-leak: the
 * background plus one hazchem enterprise whose combustible gas rises through level 1 (25 %LEL) to
 * level 2 (50 %LEL, GB/T 50493-2019), its three nearest neighbours following minutes later, all
 * clearing after ten minutes. flood: the background plus 10,000 events across the enterprises in
 * the one minute after the first ten seconds.
 */
class Scenario
{
public:
    static QStringList names();

    //! \a name must be one of names(); \a ratePerSecond is the background rate (> 0).
    Scenario(const QString &name, const QList<SimEnterprise> &enterprises, double ratePerSecond, quint32 seed);

    //! The next event in time order.
    SimEvent next();
    const QList<SimEnterprise> &enterprises() const { return m_enterprises; }
    const SimSensor &sensor(int enterprise, int sensor) const { return m_sensors.at(enterprise).at(sensor); }

private:
    SimEvent background();
    SimEvent toggle(int enterprise, int sensor, qint64 offsetMs);
    void scriptGasLeak();
    void scriptFlood();
    double uniform(double low, double high) { return low + (high - low) * m_random.generateDouble(); }

    QList<SimEnterprise> m_enterprises;
    QList<QList<SimSensor>> m_sensors;
    QRandomGenerator m_random;
    double m_rate;
    qint64 m_backgroundOffset = 0;
    SimEvent m_pendingBackground;
    bool m_hasPendingBackground = false;
    std::deque<SimEvent> m_script; // scripted events, sorted by offset
};

} // namespace cp::feedsim
