// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/incidentfollower.h"

#include "dispatch/incidentsession.h"
#include "storage/changefollower.h"
#include "storage/store.h"

#include <QTimer>

namespace cp::ui {

namespace {
constexpr int retryAfterFailureMs = 1000;
}

IncidentFollower::IncidentFollower(dispatch::IncidentSession &session, storage::ChangeFollower &follower, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&follower, &storage::ChangeFollower::changed, this, [this](const QList<storage::ChangeRecord> &changes) {
        if (storage::Store::changesIncidents(changes))
            restore();
    });
    connect(&follower, &storage::ChangeFollower::connectionChanged, this, [this](bool connected, const QString &) {
        if (connected)
            restore();
    });
}

void IncidentFollower::restore()
{
    QString error;
    if (m_session.restore(&error))
        return;
    emit restoreFailed(error);
    // The changes announced are not announced again: read again in a second (the store connects
    // again at its next use).
    if (!m_retryPending) {
        m_retryPending = true;
        QTimer::singleShot(retryAfterFailureMs, this, [this] {
            m_retryPending = false;
            restore();
        });
    }
}

} // namespace cp::ui
