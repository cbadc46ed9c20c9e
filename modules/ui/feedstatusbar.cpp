// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/feedstatusbar.h"

#include "ui/feedstatustext.h"
#include "ui/tr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace cp::ui {

FeedStatusBar::FeedStatusBar(QWidget *parent) : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setCursor(Qt::PointingHandCursor);
    setFeeds({});
}

void FeedStatusBar::setFeeds(const QList<core::FeedStatus> &feeds)
{
    qDeleteAll(m_labels);
    m_labels.clear();
    if (feeds.isEmpty())
        addLabel(Tr::tr("Feeds: none configured"))->setToolTip(Tr::tr("No alarm feed is configured for this seat"));
    for (const core::FeedStatus &feed : feeds) {
        QLabel *label = addLabel(Tr::tr("%1: %2").arg(feed.feedId, core::displayName(feed.health)));
        label->setToolTip(feedToolTip(feed));
        QPalette palette = label->palette();
        palette.setColor(QPalette::Window, feedHealthColor(feed.health));
        palette.setColor(QPalette::WindowText, feedHealthTextColor(feed.health));
        label->setPalette(palette);
        label->setAutoFillBackground(true);
    }
}

void FeedStatusBar::mouseReleaseEvent(QMouseEvent *event)
{
    // The labels ignore clicks, so a click on a label reaches the bar too.
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

QLabel *FeedStatusBar::addLabel(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setContentsMargins(6, 1, 6, 1);
    m_layout->addWidget(label);
    m_labels.append(label);
    return label;
}

} // namespace cp::ui
