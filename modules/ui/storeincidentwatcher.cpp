// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/storeincidentwatcher.h"

#include "storage/store.h"

namespace cp::ui {

namespace {

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
    m_timer.start();
    return true;
}

void StoreIncidentWatcher::poll()
{
    QString error;
    const std::optional<dispatch::IncidentRecords> records = m_store.incidentRecords(&error);
    if (!records) {
        emit readFailed(error);
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
