// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/feedstatus.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace cp::ui {

/*!
 * \brief The feeds' health for the desk's QStatusBar: one coloured label per feed, "feedId: up"
 * (green up, amber degraded or stale, red down or blocked), with last success, last error, cursor
 * and lag in its tooltip; "Feeds: none configured" when there is no feed.
 *
 * A click anywhere on it emits clicked(), for the owner to open the FeedsDialog.
 */
class FeedStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit FeedStatusBar(QWidget *parent = nullptr);

    //! Shows \a feeds, in their order, replacing what was shown.
    void setFeeds(const QList<core::FeedStatus> &feeds);
    //! The labels shown, one per feed (or the one "none configured" label); owned by the bar.
    QList<QLabel *> labels() const { return m_labels; }

signals:
    //! Emitted when the user clicks the bar.
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *addLabel(const QString &text);

    QHBoxLayout *m_layout = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace cp::ui
