// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/incidentsession.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace cp::storage {
class ChangeFollower;
class Store;
}

namespace cp::ui {

/*!
 * \brief Follows the incidents of a store for a seat that only shows them (the wall).
 *
 * The desk that opens incidents and the wall that shows them are separate processes on one
 * GeoPackage, so the wall reads the store every interval rather than being told; on the shared
 * database it is told: it reads when the change log shows an incident table changed (follow()). What
 * it reads is restored into a session of its own, without a journal, so the wall sees exactly what
 * the desk's session holds: every open incident, the teams' status, the shelters and who is in them.
 */
class StoreIncidentWatcher : public QObject
{
    Q_OBJECT

public:
    //! Watches \a store, which must outlive the watcher, reading it every \a interval once started.
    StoreIncidentWatcher(const storage::Store &store, std::chrono::milliseconds interval, QObject *parent = nullptr);

    /*!
     * Takes the registry's teams, depots and shelters from the store, reads the incidents now and
     * then every interval. False with \a error when the registry cannot be read.
     */
    bool start(QString *error);
    /*!
     * Reads the store when \a follower reports a change of an incident table and whenever it
     * reconnects (catching up), instead of every interval. Call it before start(). \a follower must
     * outlive the watcher.
     */
    void follow(storage::ChangeFollower &follower);
    //! Reads the store once; emits changed() when what it holds differs from the last read.
    void poll();

    //! The incidents as the store held them at the last read.
    const dispatch::IncidentSession &session() const { return m_session; }

signals:
    //! Emitted after a read that found the incidents changed (opened, moved on, closed, teams, shelters …).
    void changed();
    //! Emitted when the store cannot be read; session() stays what it was.
    void readFailed(const QString &error);
    //! follow()'s connection to the shared database came up or went down (\a reason: the server's message).
    void connectionChanged(bool connected, const QString &reason);

private:
    const storage::Store &m_store;
    dispatch::IncidentSession m_session;
    QTimer m_timer; //!< not started when following the change log
    bool m_following = false;
    bool m_retryPending = false; //!< following: a failed read is tried again in a second
    QString m_lastRead; //!< what the last read held, in short (see changeMark())
};

} // namespace cp::ui
