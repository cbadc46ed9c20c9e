// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace cp::dispatch {
class IncidentSession;
}

namespace cp::ui {

class IncidentListModel;

//! Which incidents the list shows.
enum class IncidentFilter
{
    Open,
    Closed,
    All,
};

//! The incident list's filter: open / closed / all and free text over id, place and stage.
class IncidentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IncidentFilterProxy(QObject *parent = nullptr);
    void setFilter(IncidentFilter filter);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    IncidentFilter m_filter = IncidentFilter::Open;
    QString m_text;
};

/*!
 * \brief The incident dock's list: every incident of the session, newest first, filtered and
 * searchable; a click makes one the current incident.
 *
 * A view of the session: it rebuilds its rows when the session changes and moves the elapsed times
 * on every 30 s; it never changes an incident.
 */
class IncidentList : public QWidget
{
    Q_OBJECT

public:
    //! \a session must outlive the list.
    explicit IncidentList(const dispatch::IncidentSession &session, QWidget *parent = nullptr);

    IncidentListModel *model() const { return m_model; }
    IncidentFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    //! Selects incident \a id when the filter shows it.
    void select(const QString &id);
    //! The selected incident's id, or empty.
    QString selectedId() const;

signals:
    void incidentSelected(const QString &id);

private:
    void rebuild();

    const dispatch::IncidentSession &m_session;
    IncidentListModel *m_model;
    IncidentFilterProxy *m_proxy;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
    QTimer *m_clock;
};

} // namespace cp::ui
