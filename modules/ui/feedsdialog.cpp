// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/feedsdialog.h"

#include "core/beijingtime.h"
#include "ui/feedstatustext.h"
#include "ui/rawbytestext.h"
#include "ui/tableview.h"
#include "ui/tr.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cp::ui {

namespace {
constexpr int rawShown = 120;     // characters in the cell
constexpr int rawInToolTip = 2000; // … and in its tooltip

QList<QStandardItem *> feedRow(const core::FeedStatus &feed)
{
    const QString health = feed.healthReason.isEmpty()
                               ? core::displayName(feed.health)
                               : Tr::tr("%1: %2").arg(core::displayName(feed.health), feed.healthReason);
    auto *healthItem = new QStandardItem(health);
    healthItem->setBackground(feedHealthColor(feed.health));
    healthItem->setForeground(feedHealthTextColor(feed.health));
    healthItem->setToolTip(health);
    QList<QStandardItem *> row{new QStandardItem(feed.feedId),
                               new QStandardItem(feed.url),
                               healthItem,
                               new QStandardItem(timeOrNever(feed.lastSuccess)),
                               new QStandardItem(lastErrorText(feed)),
                               new QStandardItem(feed.cursor),
                               new QStandardItem(QString::number(feed.eventsToday)),
                               new QStandardItem(QString::number(feed.eventsStored)),
                               new QStandardItem(QString::number(feed.quarantined)),
                               new QStandardItem(lagText(feed.lagMs))};
    row.at(FeedsDialog::LastError)->setToolTip(lastErrorText(feed));
    return row;
}

QList<QStandardItem *> itemRow(const core::QuarantinedItem &item)
{
    auto *raw = new QStandardItem(rawBytesText(item.raw, rawShown));
    raw->setToolTip(rawBytesText(item.raw, rawInToolTip));
    auto *reason = new QStandardItem(item.reason);
    reason->setToolTip(item.reason);
    return {new QStandardItem(core::beijingText(item.receivedAt)),
            new QStandardItem(item.cursor),
            new QStandardItem(item.index >= 0 ? QString::number(item.index) : QString()),
            new QStandardItem(item.eventId),
            new QStandardItem(item.field),
            reason,
            raw};
}
} // namespace

FeedsDialog::FeedsDialog(Quarantined quarantined, QWidget *parent) : QDialog(parent), m_quarantined(std::move(quarantined))
{
    setWindowTitle(Tr::tr("Alarm feeds"));
    m_feeds = new QStandardItemModel(0, FeedColumnCount, this);
    m_feeds->setHorizontalHeaderLabels({Tr::tr("Feed"), Tr::tr("URL"), Tr::tr("Health"), Tr::tr("Last success"),
                                        Tr::tr("Last error"), Tr::tr("Cursor"), Tr::tr("Events today"),
                                        Tr::tr("Stored events"), Tr::tr("Quarantined"), Tr::tr("Lag")});
    m_items = new QStandardItemModel(0, ItemColumnCount, this);
    m_items->setHorizontalHeaderLabels({Tr::tr("Received"), Tr::tr("Cursor"), Tr::tr("Index"), Tr::tr("Event id"),
                                        Tr::tr("Field"), Tr::tr("Reason"), Tr::tr("Raw item")});
    m_feedView = makeTableView(m_feeds, this);
    m_itemView = makeTableView(m_items, this);
    m_itemsTitle = new QLabel(this);
    auto *note = new QLabel(Tr::tr("Times are Beijing time. A quarantined item was refused on its own and kept as received; "
                                   "the rest of its page was taken."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_feedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedsDialog::showQuarantined);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_feedView, 1);
    layout->addWidget(m_itemsTitle);
    layout->addWidget(m_itemView, 2);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(1100, 650);
    showQuarantined();
}

void FeedsDialog::setFeeds(const QList<core::FeedStatus> &feeds)
{
    const QString selected = selectedFeedId();
    m_feeds->removeRows(0, m_feeds->rowCount());
    int keep = 0;
    for (const core::FeedStatus &feed : feeds) {
        if (feed.feedId == selected)
            keep = m_feeds->rowCount();
        m_feeds->appendRow(feedRow(feed));
    }
    // Setting the current row asks for its items when the row changed; ask also when it did not,
    // since the counts just moved.
    const QModelIndex current = m_feeds->index(keep, Feed);
    if (current.isValid() && m_feedView->currentIndex() != current)
        m_feedView->setCurrentIndex(current);
    else
        showQuarantined();
}

QString FeedsDialog::selectedFeedId() const
{
    const QModelIndex current = m_feedView->currentIndex();
    return current.isValid() ? m_feeds->item(current.row(), Feed)->text() : QString();
}

void FeedsDialog::showQuarantined()
{
    m_items->removeRows(0, m_items->rowCount());
    const QString feedId = selectedFeedId();
    if (feedId.isEmpty()) {
        m_itemsTitle->setText(Tr::tr("No feed selected"));
        return;
    }
    const QList<core::QuarantinedItem> items = m_quarantined(feedId);
    for (const core::QuarantinedItem &item : items)
        m_items->appendRow(itemRow(item));
    m_itemsTitle->setText(items.isEmpty() ? Tr::tr("Feed %1 has no quarantined items").arg(feedId)
                                          : Tr::tr("Quarantined items of feed %1: %2").arg(feedId).arg(items.size()));
}

} // namespace cp::ui
