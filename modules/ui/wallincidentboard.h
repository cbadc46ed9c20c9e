// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace cp::dispatch {
class IncidentSession;
}

namespace cp::ui {

/*!
 * \brief The wall's board of the situation: every open incident (level in its warning colour,
 * title, time since it was opened, teams en route and on scene) and every open shelter with its
 * occupancy. Read from across the room: large type, few columns, the incident on the map marked.
 *
 * A view: show() redraws it from a session; it changes nothing.
 */
class WallIncidentBoard : public QWidget
{
    Q_OBJECT

public:
    enum IncidentColumn
    {
        Level,
        Title,
        Elapsed,
        EnRoute,
        OnScene,
        IncidentColumnCount
    };
    enum ShelterColumn
    {
        Shelter,
        People,
        Occupancy,
        ShelterColumnCount
    };

    explicit WallIncidentBoard(QWidget *parent = nullptr);

    //! Shows the open incidents and shelters of \a session, elapsed times as at \a now.
    void show(const dispatch::IncidentSession &session, const QDateTime &now);
    //! Marks the row of incident \a id (the one the map shows), none when empty.
    void setHighlighted(const QString &id);

    QTableWidget *incidents() const { return m_incidents; }
    QTableWidget *shelters() const { return m_shelters; }

private:
    QLabel *m_incidentsTitle;
    QTableWidget *m_incidents;
    QLabel *m_sheltersTitle;
    QTableWidget *m_shelters;
};

//! Occupancy at or above this share is shown as nearly full (amber); at 100 % the shelter is full (red).
constexpr double nearlyFullShare = 0.9;

} // namespace cp::ui
