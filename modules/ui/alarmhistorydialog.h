// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "alarms/alarmhistory.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace cp::ui {

/*!
 * \brief Searches past alarm episodes by raise time, enterprise, sector, alarm kind and who
 * acknowledged, and lists them with their verification.
 *
 * It asks a search function (the desk passes the engine's AlarmHistory::search), so it shows
 * whatever history that source holds. Times are shown in Beijing time.
 */
class AlarmHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    using Search = std::function<QList<alarms::AlarmEpisode>(const alarms::HistoryQuery &)>;
    enum Column
    {
        Raised,
        Enterprise,
        Kind,
        Priority,
        AcknowledgedBy,
        Verification,
        BackToNormal,
        ColumnCount
    };

    /*!
     * \a search answers the queries; \a enterpriseNames, \a sectorNames and \a kindNames (id → shown
     * name) fill the choices and the results. The time range starts as the last 24 hours to \a now.
     */
    AlarmHistoryDialog(Search search, const QHash<QString, QString> &enterpriseNames,
                       const QHash<QString, QString> &sectorNames, const QHash<QString, QString> &kindNames,
                       const QDateTime &now, QWidget *parent = nullptr);

    //! The query the fields describe.
    alarms::HistoryQuery query() const;
    //! Sets the fields to \a query (ids not offered fall back to "all").
    void setQuery(const alarms::HistoryQuery &query);
    //! Runs the query and shows the episodes found, newest first; returns how many.
    int search();
    const QStandardItemModel &results() const { return *m_results; }

private:
    Search m_search;
    QHash<QString, QString> m_enterpriseNames;
    QHash<QString, QString> m_kindNames;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_enterprise = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_acknowledgedBy = nullptr;
    QLabel *m_found = nullptr;
    QStandardItemModel *m_results = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace cp::ui
