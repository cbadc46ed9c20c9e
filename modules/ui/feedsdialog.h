// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/feedstatus.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace cp::ui {

/*!
 * \brief The alarm feeds in detail: a table of every feed (health and why, last success, last
 * error, cursor, counts, lag) and, below it, the quarantined items of the selected feed with their
 * raw bytes shown safely (escaped, cut short). Times are Beijing time.
 *
 * The quarantined items come from a function (the desk passes the store's query), asked whenever a
 * feed is selected and at each setFeeds() for the selected feed.
 */
class FeedsDialog : public QDialog
{
    Q_OBJECT

public:
    using Quarantined = std::function<QList<core::QuarantinedItem>(const QString &feedId)>;
    enum FeedColumn
    {
        Feed,
        Url,
        Health,
        LastSuccess,
        LastError,
        Cursor,
        EventsToday,
        EventsStored,
        QuarantinedCount,
        Lag,
        FeedColumnCount
    };
    enum ItemColumn
    {
        ReceivedAt,
        ItemCursor,
        Index,
        EventId,
        Field,
        Reason,
        Raw,
        ItemColumnCount
    };

    //! \a quarantined answers "which items of this feed were quarantined?"; it must not be empty.
    explicit FeedsDialog(Quarantined quarantined, QWidget *parent = nullptr);

    //! Shows \a feeds, keeping the selected feed selected when it is still there (else the first).
    void setFeeds(const QList<core::FeedStatus> &feeds);
    //! The selected feed's id; empty when there is no feed.
    QString selectedFeedId() const;
    const QStandardItemModel &feeds() const { return *m_feeds; }
    const QStandardItemModel &items() const { return *m_items; }
    QTableView *feedView() const { return m_feedView; }

private:
    void showQuarantined();

    Quarantined m_quarantined;
    QStandardItemModel *m_feeds = nullptr;
    QStandardItemModel *m_items = nullptr;
    QTableView *m_feedView = nullptr;
    QTableView *m_itemView = nullptr;
    QLabel *m_itemsTitle = nullptr;
};

} // namespace cp::ui
