// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

namespace cp::dispatch {
class IncidentSession;
}
namespace cp::storage {
class ChangeFollower;
}

namespace cp::ui {

/*!
 * \brief Keeps a desk's own incident session current with the other seats' changes on the shared
 * database: when the change log shows an incident table changed (Store::changesIncidents()), or
 * the log's connection comes back, the session is restored from its journal, the store.
 *
 * A desk's own changes come back through the log too; restoring them again changes nothing. A
 * restore that fails (the store unreachable) is tried again a second later.
 */
class IncidentFollower : public QObject
{
    Q_OBJECT

public:
    //! \a session and \a follower must outlive this.
    IncidentFollower(dispatch::IncidentSession &session, storage::ChangeFollower &follower, QObject *parent = nullptr);

signals:
    //! The session could not be read again from the store; it keeps what it held.
    void restoreFailed(const QString &error);

private:
    void restore();

    dispatch::IncidentSession &m_session;
    bool m_retryPending = false;
};

} // namespace cp::ui
