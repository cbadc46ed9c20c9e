// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmfilterproxy.h"

#include "ui/alarmtablemodel.h"
#include "ui/consolepriority.h"

namespace cp::ui {

AlarmFilterProxy::AlarmFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void AlarmFilterProxy::setAlarmModel(AlarmTableModel *source)
{
    m_alarms = source;
    setSourceModel(source);
}

void AlarmFilterProxy::setMinimumPriority(std::optional<core::AlarmPriority> priority)
{
    m_priority = priority;
    invalidateFilter();
}

void AlarmFilterProxy::setSectorId(const QString &sectorId)
{
    m_sectorId = sectorId;
    invalidateFilter();
}

void AlarmFilterProxy::setState(std::optional<core::AlarmState> state)
{
    m_state = state;
    invalidateFilter();
}

void AlarmFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AlarmFilterProxy::filtering() const
{
    return m_priority || !m_sectorId.isEmpty() || m_state || !m_text.isEmpty();
}

const core::Alarm *AlarmFilterProxy::alarmAt(int row) const
{
    if (!m_alarms || row < 0 || row >= rowCount())
        return nullptr;
    return m_alarms->alarmAt(mapToSource(index(row, 0)).row());
}

bool AlarmFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const core::Alarm *a = m_alarms && !sourceParent.isValid() ? m_alarms->alarmAt(sourceRow) : nullptr;
    if (!a)
        return false;
    if (m_priority && consolePriority(*a) < *m_priority)
        return false;
    if (!m_sectorId.isEmpty() && a->sectorId != m_sectorId)
        return false;
    if (m_state && a->state != *m_state)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto shown = [&](int column) {
        return m_alarms->data(m_alarms->index(sourceRow, column)).toString();
    };
    for (const QString &field : {shown(AlarmTableModel::Enterprise), a->key.enterpriseId, a->key.sensorId,
                                 shown(AlarmTableModel::Kind), a->key.kind, a->message}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace cp::ui
