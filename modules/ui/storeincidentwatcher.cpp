// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/storeincidentwatcher.h"

#include "storage/changefollower.h"
#include "storage/store.h"

namespace cp::ui {

namespace {

constexpr int retryAfterFailureMs = 1000;

/*!
 * What \a records hold, in short: every action of the workflow appends an event or a movement, and
 * the state lists only grow, so their sizes and the newest event tell one read from the next.
 */
QString changeMark(const dispatch::IncidentRecords &records)
{
    const dispatch::IncidentEvent *last = records.events.isEmpty() ? nullptr : &records.events.constLast();
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
        .arg(records.incidents.size())
        .arg(records.orders.size())
        .arg(records.events.size())
        .arg(records.supplyMovements.size())
        .arg(records.shelterMovements.size())
        .arg(records.planTicks.size())
        .arg(records.reports.size())
        .arg(last ? last->time.toString(Qt::ISODateWithMs) : QString(), last ? last->action : QString());
}

} // namespace

StoreIncidentWatcher::StoreIncidentWatcher(const storage::Store &store, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_session(nullptr)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &StoreIncidentWatcher::poll);
}

bool StoreIncidentWatcher::start(QString *error)
{
    const std::optional<storage::Registry> registry = m_store.readRegistry(error);
    if (!registry)
        return false;
    m_session.setResources(registry->teams, registry->supplyDepots, registry->shelters);
    poll();
    if (!m_following)
        m_timer.start();
    return true;
}

void StoreIncidentWatcher::follow(storage::ChangeFollower &follower)
{
    m_following = true;
    connect(&follower, &storage::ChangeFollower::changed, this, [this](const QList<storage::ChangeRecord> &changes) {
        if (storage::Store::changesIncidents(changes))
            poll();
    });
    connect(&follower, &storage::ChangeFollower::connectionChanged, this, [this](bool connected, const QString &reason) {
        if (connected)
            poll(); // what changed while the connection was down
        emit connectionChanged(connected, reason);
    });
}

void StoreIncidentWatcher::poll()
{
    QString error;
    const std::optional<dispatch::IncidentRecords> records = m_store.incidentRecords(&error);
    if (!records) {
        emit readFailed(error);
        // Following the change log, no timer would read again: the changes already announced must
        // not wait for the next one (the store reconnects at its next use).
        if (m_following && !m_retryPending) {
            m_retryPending = true;
            QTimer::singleShot(retryAfterFailureMs, this, [this] {
                m_retryPending = false;
                poll();
            });
        }
        return;
    }
    const QString mark = changeMark(*records);
    if (mark == m_lastRead)
        return;
    m_lastRead = mark;
    m_session.restore(*records);
    emit changed();
}

} // namespace cp::ui
