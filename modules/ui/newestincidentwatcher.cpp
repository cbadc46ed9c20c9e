// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/newestincidentwatcher.h"

#include "storage/store.h"

namespace cp::ui {

NewestIncidentWatcher::NewestIncidentWatcher(const storage::Store &store, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &NewestIncidentWatcher::poll);
}

void NewestIncidentWatcher::start()
{
    poll();
    m_timer.start();
}

void NewestIncidentWatcher::poll()
{
    QString error;
    const std::optional<QList<core::Incident>> incidents = m_store.incidents(&error);
    if (!incidents) {
        emit readFailed(error);
        return;
    }
    std::optional<core::Incident> newest;
    for (const core::Incident &incident : *incidents) {
        if (incident.isOpen() && (!newest || incident.openedAt > newest->openedAt))
            newest = incident;
    }
    const bool same = newest.has_value() == m_current.has_value()
                      && (!newest || (newest->id == m_current->id && newest->title == m_current->title));
    m_current = newest;
    if (!same)
        emit changed();
}

} // namespace cp::ui
