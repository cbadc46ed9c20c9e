// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmtablemodel.h"

#include "live/communicationalarms.h"
#include "ui/alarmstatetext.h"
#include "ui/consolepriority.h"
#include "ui/tr.h"

#include <QColor>
#include <QFont>
#include <QStringList>

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

QColor unclassifiedColor() { return QColor(0xc0, 0x00, 0xc0); }
QColor escalatedColor() { return QColor(0x6a, 0x00, 0x0c); }

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
        if (consolePriority(a) != consolePriority(b))
            return consolePriority(a) > consolePriority(b);
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
    const bool escalated = a->escalation != core::EscalationStage::None;
    const bool badge = index.column() == Priority;
    switch (role) {
    case Qt::DisplayRole: return text(*a, index.column());
    case Qt::ToolTipRole: return toolTip(*a, index.column());
    case Qt::BackgroundRole:
        if (badge)
            return a->classified ? priorityColor(a->priority) : unclassifiedColor();
        return escalated ? QVariant(escalatedColor()) : QVariant();
    case Qt::ForegroundRole:
        return (badge ? !a->classified : escalated) ? QVariant(QColor(Qt::white)) : QVariant();
    case Qt::FontRole:
        if (unacknowledged(a->state) || escalated || (badge && !a->classified)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QString AlarmTableModel::text(const core::Alarm &a, int column) const
{
    switch (column) {
    case Priority: return a.classified ? core::displayName(a.priority) : Tr::tr("Unclassified");
    case ResponseLevel: return responseLevelText(a.responseLevel);
    case State: return stateText(a);
    case Enterprise: return enterpriseText(a);
    case Sector: return m_sectorNames.value(a.sectorId, a.sectorId);
    case Kind: return m_kindNames.value(a.key.kind, a.key.kind);
    case Value:
        return a.threshold > 0 ? Tr::tr("%1 %2 (limit %3)").arg(a.value).arg(a.unit).arg(a.threshold)
                               : Tr::tr("%1 %2").arg(a.value).arg(a.unit);
    case Age: return a.activeSince.isValid() ? ageText(a.activeSince.secsTo(m_now)) : QString();
    }
    return {};
}

QString AlarmTableModel::toolTip(const core::Alarm &a, int column) const
{
    QStringList lines;
    if (a.escalation != core::EscalationStage::None)
        lines << Tr::tr("Escalated: %1").arg(core::displayName(a.escalation));
    if (column == Priority && !a.classified)
        lines << Tr::tr("Unclassified: no sector rule judged this alarm; it counts as at least %1 (reported %2)")
                     .arg(core::displayName(consolePriority(a)), core::displayName(a.priority));
    if (column == ResponseLevel && a.responseLevel != core::ResponseLevel::None)
        lines << core::displayName(a.responseLevel);
    if (column == State)
        lines << stateToolTip(a);
    lines << a.explanation;
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QString AlarmTableModel::enterpriseText(const core::Alarm &a) const
{
    // A lost feed's own alarm belongs to no enterprise: the feed is what failed.
    if (live::CommunicationAlarms::isCommunicationAlarm(a.key) && !a.feedId.isEmpty())
        return Tr::tr("Feed %1").arg(a.feedId);
    return a.enterpriseKnown ? m_enterpriseNames.value(a.key.enterpriseId, a.key.enterpriseId)
                             : Tr::tr("%1 (not in the registry)").arg(a.key.enterpriseId);
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority: return Tr::tr("Priority");
    case ResponseLevel: return Tr::tr("Response level");
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
