// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cp::ui {

class AlarmTableModel;

/*!
 * \brief The console's filters over an AlarmTableModel: a minimum priority, a sector, a state and
 * free text; rows keep the source's order (most urgent first).
 *
 * The free text matches, case-insensitively, the enterprise's shown name and id, the sensor, the
 * alarm kind's shown name and id, and the feed's message.
 */
class AlarmFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlarmFilterProxy(QObject *parent = nullptr);

    //! \a source is not owned; it must outlive the proxy or be replaced first.
    void setAlarmModel(AlarmTableModel *source);

    /*!
     * Only alarms of \a priority or above, by consolePriority(): an unclassified alarm counts as
     * High, so "High and above" never hides it. std::nullopt shows every priority.
     */
    void setMinimumPriority(std::optional<core::AlarmPriority> priority);
    //! Only alarms of sector \a sectorId; empty shows every sector.
    void setSectorId(const QString &sectorId);
    //! Only alarms in \a state; std::nullopt shows every state.
    void setState(std::optional<core::AlarmState> state);
    void setText(const QString &text);
    //! True when any filter is set.
    bool filtering() const;

    //! The alarm of proxy \a row, or nullptr for a row out of range.
    const core::Alarm *alarmAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AlarmTableModel *m_alarms = nullptr;
    std::optional<core::AlarmPriority> m_priority;
    QString m_sectorId;
    std::optional<core::AlarmState> m_state;
    QString m_text;
};

} // namespace cp::ui
