// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "feeds/localsimulator.h"

#include <QStringList>
#include <QTemporaryDir>

namespace cp::test {

//! The real commandpost-feedsim, started on a free loopback port with a --log in a temporary dir.
class SimProcess
{
public:
    //! Starts the simulator with \a arguments (plus --port 0 --log); false when it did not come up.
    bool start(const QStringList &arguments);
    quint16 port() const { return static_cast<quint16>(m_simulator.baseUrl().port()); }
    QString baseUrl() const;
    //! Every event line of the log: (request, delivery, event id, event time).
    struct Served
    {
        int request;
        QString delivery;
        QString id;
        QString time;
    };
    QList<Served> served() const;
    QString errorText() const { return m_simulator.errorText(); }

private:
    QTemporaryDir m_dir;
    feeds::LocalSimulator m_simulator;
};

} // namespace cp::test
