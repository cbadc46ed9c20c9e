// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/incident.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace cp::storage {
class Store;
}

namespace cp::ui {

/*!
 * \brief Follows the newest open incident of a store, for a seat that only shows (the wall).
 *
 * The desk that opens incidents and the wall that shows them are separate processes on one
 * GeoPackage (or database), so the wall reads the store every interval rather than being told.
 */
class NewestIncidentWatcher : public QObject
{
    Q_OBJECT

public:
    //! Watches \a store, which must outlive the watcher, reading it every \a interval once started.
    NewestIncidentWatcher(const storage::Store &store, std::chrono::milliseconds interval, QObject *parent = nullptr);

    //! Reads the store now, then every interval.
    void start();
    //! Reads the store once; emits changed() when the newest open incident is another, or gone.
    void poll();

    //! The newest open incident (latest openedAt) at the last read, if any.
    const std::optional<core::Incident> &current() const { return m_current; }

signals:
    //! Emitted when current() changes: another incident is the newest open one, or none is open.
    void changed();
    //! Emitted when the store cannot be read; current() stays what it was.
    void readFailed(const QString &error);

private:
    const storage::Store &m_store;
    QTimer m_timer;
    std::optional<core::Incident> m_current;
};

} // namespace cp::ui
