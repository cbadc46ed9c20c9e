// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmtablemodel.h"

#include "ui/tr.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace cp::ui {

namespace {

bool unacknowledged(core::AlarmState s)
{
    return s == core::AlarmState::UnacknowledgedActive || s == core::AlarmState::UnacknowledgedCleared;
}

QString ageText(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Tr::tr("%1 min").arg(seconds / 60);
    return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

QColor priorityColor(core::AlarmPriority priority)
{
    switch (priority) {
    case core::AlarmPriority::Emergency: return QColor(0xb0, 0x00, 0x20);
    case core::AlarmPriority::High: return QColor(0xe5, 0x1c, 0x23);
    case core::AlarmPriority::Medium: return QColor(0xff, 0x8c, 0x00);
    case core::AlarmPriority::Low: return QColor(0xf0, 0xc8, 0x00);
    }
    return Qt::gray;
}

AlarmTableModel::AlarmTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlarmTableModel::setNames(const QHash<QString, QString> &enterpriseNames, const QHash<QString, QString> &sectorNames,
                               const QHash<QString, QString> &kindNames)
{
    m_enterpriseNames = enterpriseNames;
    m_sectorNames = sectorNames;
    m_kindNames = kindNames;
}

void AlarmTableModel::setSnapshot(const QList<core::Alarm> &alarms, const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    m_rows.clear();
    for (const core::Alarm &a : alarms) {
        if (a.state != core::AlarmState::Normal)
            m_rows.append(a);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const core::Alarm &a, const core::Alarm &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (unacknowledged(a.state) != unacknowledged(b.state))
            return unacknowledged(a.state);
        return a.updatedAt > b.updatedAt;
    });
    endResetModel();
}

const core::Alarm *AlarmTableModel::alarmAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int AlarmTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    const core::Alarm *a = alarmAt(index.row());
    if (!a)
        return {};
    if (role == Qt::BackgroundRole && index.column() == Priority)
        return priorityColor(a->priority);
    if (role == Qt::FontRole && unacknowledged(a->state)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole)
        return a->explanation;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Priority: return core::displayName(a->priority);
    case State: return core::displayName(a->state);
    case Enterprise:
        return a->enterpriseKnown ? m_enterpriseNames.value(a->key.enterpriseId, a->key.enterpriseId)
                                  : Tr::tr("%1 (not in the registry)").arg(a->key.enterpriseId);
    case Sector: return m_sectorNames.value(a->sectorId, a->sectorId);
    case Kind: return m_kindNames.value(a->key.kind, a->key.kind);
    case Value:
        return a->threshold > 0 ? Tr::tr("%1 %2 (limit %3)").arg(a->value).arg(a->unit).arg(a->threshold)
                                      : Tr::tr("%1 %2").arg(a->value).arg(a->unit);
    case Age: return a->activeSince.isValid() ? ageText(a->activeSince.secsTo(m_now)) : QString();
    }
    return {};
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority: return Tr::tr("Priority");
    case State: return Tr::tr("State");
    case Enterprise: return Tr::tr("Enterprise");
    case Sector: return Tr::tr("Sector");
    case Kind: return Tr::tr("Alarm");
    case Value: return Tr::tr("Value");
    case Age: return Tr::tr("Age");
    }
    return {};
}

} // namespace cp::ui
