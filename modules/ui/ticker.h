// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QTimer;

namespace cp::ui {

/*!
 * \brief A line of text items scrolling right to left, for the wall's latest-alarms ticker.
 *
 * Shows a fixed text (e.g. "no active alarms") when it has no items; scrolling runs at 60 px/s.
 */
class Ticker : public QWidget
{
    Q_OBJECT

public:
    explicit Ticker(QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QStringList items() const { return m_items; }
    void setIdleText(const QString &text);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString text() const;

    QStringList m_items;
    QString m_idleText;
    QTimer *m_timer = nullptr;
    double m_offset = 0;
};

} // namespace cp::ui
