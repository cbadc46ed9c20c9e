// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/steadyclock.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace cp::dispatch {
class IncidentSession;
}

namespace cp::ui {

/*!
 * \brief The current incident's response plan as a checklist: the plan's steps for the incident's
 * level grouped by the plan's four parts (响应分级, 处置措施, 信息报告, 应急保障), each with who does it,
 * when it is due, how long is left, and who ticked it when. Overdue steps are red. Three columns,
 * so that it reads in the incident dock's width.
 *
 * A view of the session: "Done" asks for the selected step to be ticked (tickRequested); the
 * session's change redraws the list. The time left moves on every 30 s.
 */
class PlanChecklist : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Step,  //!< "who: what"
        Due,   //!< the time it is due by, Beijing time
        Left,  //!< time left, overdue by, or done by whom and when
        ColumnCount
    };

    //! \a session must outlive the checklist.
    explicit PlanChecklist(const dispatch::IncidentSession &session, QWidget *parent = nullptr);

    void setIncident(const QString &incidentId);
    QString incidentId() const { return m_incidentId; }
    //! Redraws the checklist as it stands at \a now.
    void refresh(const QDateTime &now);
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *doneButton() const { return m_done; }
    int overdue() const { return m_overdue; }

signals:
    //! The officer marked \a stepId of \a incidentId done.
    void tickRequested(const QString &incidentId, const QString &stepId);
    //! After a redraw: how many steps are overdue now.
    void overdueChanged(int count);

private:
    void selectionChanged();
    void askForTick();

    const dispatch::IncidentSession &m_session;
    core::SteadyClock m_clock;
    QString m_incidentId;
    int m_overdue = 0;
    QLabel *m_title;
    QTreeWidget *m_tree;
    QPushButton *m_done;
    QTimer *m_timer;
};

} // namespace cp::ui
