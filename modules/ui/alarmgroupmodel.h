// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QAbstractTableModel>

namespace cp::ui {

class AlarmFilterProxy;

/*!
 * \brief The console grouped by enterprise: one row per enterprise with its number of alarms, how
 * many are unacknowledged and the worst priority; worst first.
 *
 * Follows an AlarmFilterProxy, so the groups count only the alarms the filters let through; it is
 * rebuilt whenever the proxy's rows change (at most as often as the console refreshes).
 */
class AlarmGroupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Priority,
        Enterprise,
        Alarms,
        Unacknowledged,
        ColumnCount
    };

    //! \a alarms is not owned and must outlive the model.
    explicit AlarmGroupModel(const AlarmFilterProxy &alarms, QObject *parent = nullptr);

    /*!
     * While \a following (the default), rows are rebuilt whenever the proxy's rows change; when
     * not, the model is empty and costs nothing. Turning it on rebuilds at once.
     */
    void setFollowing(bool following);

    //! The enterprise id of \a row, empty for a row out of range.
    QString enterpriseIdAt(int row) const;
    //! The enterprise's shown name of \a row, empty for a row out of range.
    QString enterpriseNameAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString enterpriseId;
        QString name;
        int alarms = 0;
        int unacknowledged = 0;
        core::AlarmPriority worst = core::AlarmPriority::Low;
    };
    void rebuild();

    const AlarmFilterProxy &m_alarms;
    QList<Group> m_groups;
    bool m_following = true;
};

} // namespace cp::ui
