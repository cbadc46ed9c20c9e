// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace cp::ui {

/*!
 * \brief The alarm console's rows: one per tracked alarm, most urgent first.
 *
 * Fed with whole snapshots by its owner at a bounded rate (the desk refreshes it at most ten times a
 * second, however many events arrive), so the view never sees a storm of single-row signals.
 */
class AlarmTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Priority,
        ResponseLevel, //!< I … IV as the sector plugin proposed it; empty when none
        State,
        Enterprise,
        Sector,
        Kind,
        Value,
        Age,
        ColumnCount
    };

    explicit AlarmTableModel(QObject *parent = nullptr);

    /*!
     * Replaces the rows with \a alarms (normal, inactive ones are left out), sorted by
     * consolePriority(), then unacknowledged first, then newest.
     */
    void setSnapshot(const QList<core::Alarm> &alarms, const QDateTime &now);
    //! Display names by id: enterprises, sectors and alarm kinds (ids pass through when unnamed).
    void setNames(const QHash<QString, QString> &enterpriseNames, const QHash<QString, QString> &sectorNames,
                  const QHash<QString, QString> &kindNames);

    //! Every row's alarm, in row order.
    const QList<core::Alarm> &rows() const { return m_rows; }
    //! The alarm of \a row, or nullptr for a row out of range.
    const core::Alarm *alarmAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const core::Alarm &alarm, int column) const;
    QString toolTip(const core::Alarm &alarm, int column) const;
    QString enterpriseText(const core::Alarm &alarm) const;

    QList<core::Alarm> m_rows;
    QHash<QString, QString> m_enterpriseNames;
    QHash<QString, QString> m_sectorNames;
    QHash<QString, QString> m_kindNames;
    QDateTime m_now;
};

//! Background colour of a priority in the console: emergency and high red tones, medium orange, low yellow.
QColor priorityColor(core::AlarmPriority priority);
//! Background of the Priority badge of an unclassified alarm: magenta, unlike any priority's colour.
QColor unclassifiedColor();
//! Background of an escalated alarm's row (beside its Priority cell): dark red under white bold text.
QColor escalatedColor();

} // namespace cp::ui
