// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmgroupmodel.h"

#include "ui/alarmfilterproxy.h"
#include "ui/alarmtablemodel.h"
#include "ui/consolepriority.h"
#include "ui/tr.h"

#include <QColor>
#include <QFont>
#include <QHash>

#include <algorithm>

namespace cp::ui {

AlarmGroupModel::AlarmGroupModel(const AlarmFilterProxy &alarms, QObject *parent) : QAbstractTableModel(parent), m_alarms(alarms)
{
    connect(&alarms, &QAbstractItemModel::modelReset, this, &AlarmGroupModel::rebuild);
    connect(&alarms, &QAbstractItemModel::layoutChanged, this, &AlarmGroupModel::rebuild);
    connect(&alarms, &QAbstractItemModel::rowsInserted, this, &AlarmGroupModel::rebuild);
    connect(&alarms, &QAbstractItemModel::rowsRemoved, this, &AlarmGroupModel::rebuild);
    rebuild();
}

void AlarmGroupModel::setFollowing(bool following)
{
    m_following = following;
    rebuild();
}

void AlarmGroupModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    if (!m_following) {
        endResetModel();
        return;
    }
    QHash<QString, int> byEnterprise;
    for (int row = 0; row < m_alarms.rowCount(); ++row) {
        const core::Alarm *a = m_alarms.alarmAt(row);
        auto it = byEnterprise.find(a->key.enterpriseId);
        if (it == byEnterprise.end()) {
            it = byEnterprise.insert(a->key.enterpriseId, static_cast<int>(m_groups.size()));
            m_groups.append({a->key.enterpriseId, m_alarms.index(row, AlarmTableModel::Enterprise).data().toString(), 0, 0,
                             consolePriority(*a)});
        }
        Group &g = m_groups[*it];
        ++g.alarms;
        if (a->state == core::AlarmState::UnacknowledgedActive || a->state == core::AlarmState::UnacknowledgedCleared)
            ++g.unacknowledged;
        g.worst = std::max(g.worst, consolePriority(*a));
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        if (a.worst != b.worst)
            return a.worst > b.worst;
        if (a.unacknowledged != b.unacknowledged)
            return a.unacknowledged > b.unacknowledged;
        return a.alarms > b.alarms;
    });
    endResetModel();
}

QString AlarmGroupModel::enterpriseIdAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? m_groups.at(row).enterpriseId : QString();
}

QString AlarmGroupModel::enterpriseNameAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? m_groups.at(row).name : QString();
}

int AlarmGroupModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_groups.size()); }
int AlarmGroupModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AlarmGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const Group &g = m_groups.at(index.row());
    if (role == Qt::BackgroundRole && index.column() == Priority)
        return priorityColor(g.worst);
    if (role == Qt::FontRole && g.unacknowledged > 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Priority: return core::displayName(g.worst);
    case Enterprise: return g.name;
    case Alarms: return g.alarms;
    case Unacknowledged: return g.unacknowledged;
    }
    return {};
}

QVariant AlarmGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority: return Tr::tr("Worst priority");
    case Enterprise: return Tr::tr("Enterprise");
    case Alarms: return Tr::tr("Alarms");
    case Unacknowledged: return Tr::tr("Unacknowledged");
    }
    return {};
}

} // namespace cp::ui
