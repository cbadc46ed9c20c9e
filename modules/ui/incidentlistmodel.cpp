// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/incidentlistmodel.h"

#include "core/beijingtime.h"
#include "dispatch/incidentsession.h"
#include "ui/tr.h"

#include <QColor>
#include <QHash>

#include <algorithm>

namespace cp::ui {

QList<IncidentRow> incidentRows(const dispatch::IncidentSession &session)
{
    QHash<QString, IncidentRow> byId;
    const QList<core::Incident> incidents = session.incidents();
    for (const core::Incident &i : incidents)
        byId.insert(i.id, {i, 0, 0});
    for (const core::DispatchOrder &o : session.orders()) {
        auto it = byId.find(o.incidentId);
        if (it == byId.end())
            continue;
        if (o.status == core::DispatchStatus::Dispatched || o.status == core::DispatchStatus::EnRoute)
            ++it->teamsEnRoute;
        else if (o.status == core::DispatchStatus::OnScene)
            ++it->teamsOnScene;
    }
    QList<IncidentRow> rows;
    rows.reserve(incidents.size());
    for (auto it = incidents.crbegin(); it != incidents.crend(); ++it)
        rows.append(byId.value(it->id));
    return rows;
}

QList<IncidentRow> openIncidentRows(const dispatch::IncidentSession &session)
{
    QList<IncidentRow> rows = incidentRows(session);
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const IncidentRow &row) { return !row.incident.isOpen(); }), rows.end());
    return rows;
}

QColor responseLevelColor(core::ResponseLevel level)
{
    switch (level) {
    case core::ResponseLevel::I: return QColor(0xd3, 0x2f, 0x2f);
    case core::ResponseLevel::II: return QColor(0xf5, 0x7c, 0x00);
    case core::ResponseLevel::III: return QColor(0xfb, 0xc0, 0x2d);
    case core::ResponseLevel::IV: return QColor(0x19, 0x76, 0xd2);
    case core::ResponseLevel::None: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString elapsedText(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const qint64 minutes = std::max<qint64>(0, from.secsTo(to) / 60);
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return Tr::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes / 60 % 24);
}

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void IncidentListModel::setRows(QList<IncidentRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void IncidentListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Elapsed), index(rowCount() - 1, Elapsed), {Qt::DisplayRole});
}

const IncidentRow *IncidentListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int IncidentListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].incident.id == id)
            return row;
    }
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

int IncidentListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    const IncidentRow *row = rowAt(index.row());
    if (!row)
        return {};
    const core::Incident &i = row->incident;
    if (role == IdRole)
        return i.id;
    if (role == Qt::BackgroundRole && index.column() == Level)
        return responseLevelColor(i.responseLevel);
    if (role == Qt::ForegroundRole && index.column() == Level)
        return i.responseLevel == core::ResponseLevel::III ? QColor(Qt::black) : QColor(Qt::white);
    if (role == Qt::ForegroundRole && !i.isOpen())
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole)
        return Tr::tr("%1 · opened %2 by %3").arg(i.title, core::beijingText(i.openedAt), i.openedBy);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id: return i.id;
    case Title: return i.title;
    case Level: return core::displayName(i.responseLevel);
    case Stage: return core::displayName(i.status);
    case Elapsed: return elapsedText(i.openedAt, i.isOpen() ? m_now : i.closedAt);
    case EnRoute: return row->teamsEnRoute;
    case OnScene: return row->teamsOnScene;
    default: return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return Tr::tr("Incident");
    case Title: return Tr::tr("Place");
    case Level: return Tr::tr("Response");
    case Stage: return Tr::tr("Stage");
    case Elapsed: return Tr::tr("Elapsed");
    case EnRoute: return Tr::tr("En route");
    case OnScene: return Tr::tr("On scene");
    default: return {};
    }
}

} // namespace cp::ui
