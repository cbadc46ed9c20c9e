// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/incident.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace cp::dispatch {
class IncidentSession;
}

namespace cp::ui {

//! One incident as the list shows it: the incident and its teams on the way and on scene.
struct IncidentRow
{
    core::Incident incident;
    int teamsEnRoute = 0; //!< dispatched or en route
    int teamsOnScene = 0;
};

//! The incidents of \a session, newest first, with their teams counted.
QList<IncidentRow> incidentRows(const dispatch::IncidentSession &session);
//! incidentRows() of the incidents not closed: what the wall shows.
QList<IncidentRow> openIncidentRows(const dispatch::IncidentSession &session);

/*!
 * \brief The incident list of the desk: id, title, type, response level (in its warning colour),
 * stage, elapsed time since opening, teams en route and on scene.
 *
 * Newest first. setRows() replaces the rows (IncidentList takes them from the session on each
 * change); setNow() moves the elapsed times on without rebuilding.
 */
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Title,
        Level,
        Stage,
        Elapsed,
        EnRoute,
        OnScene,
        ColumnCount
    };
    //! Qt::UserRole on any column: the incident id.
    static constexpr int IdRole = Qt::UserRole;

    explicit IncidentListModel(QObject *parent = nullptr);

    void setRows(QList<IncidentRow> rows);
    void setNow(const QDateTime &now);
    const IncidentRow *rowAt(int row) const;
    //! The row of incident \a id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IncidentRow> m_rows;
    QDateTime m_now;
};

//! The warning colour of a response level (突发事件应对法 art.42: Ⅰ red, Ⅱ orange, Ⅲ yellow, Ⅳ blue).
QColor responseLevelColor(core::ResponseLevel level);
//! "3 h 12 min", "45 min" from \a from to \a to.
QString elapsedText(const QDateTime &from, const QDateTime &to);

} // namespace cp::ui
