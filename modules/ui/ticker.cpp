// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/ticker.h"

#include <QPainter>
#include <QTimer>

namespace cp::ui {

namespace {
constexpr int frameMs = 33;          // ~30 frames a second
constexpr double pixelsPerFrame = 2; // ~60 px/s: readable from across the room
} // namespace

Ticker::Ticker(QWidget *parent) : QWidget(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(frameMs);
    connect(m_timer, &QTimer::timeout, this, [this]() {
        m_offset += pixelsPerFrame;
        update();
    });
}

void Ticker::setItems(const QStringList &items)
{
    m_items = items;
    if (m_items.isEmpty()) {
        m_timer->stop();
        m_offset = 0;
    } else if (!m_timer->isActive()) {
        m_timer->start();
    }
    update();
}

void Ticker::setIdleText(const QString &text)
{
    m_idleText = text;
    update();
}

QString Ticker::text() const
{
    return m_items.join(QStringLiteral("    ◆    "));
}

QSize Ticker::sizeHint() const
{
    return {400, fontMetrics().height() + 16};
}

void Ticker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().color(QPalette::Text));
    if (m_items.isEmpty()) {
        painter.drawText(rect().adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft, m_idleText);
        return;
    }
    const QString line = text() + QStringLiteral("    ◆    ");
    const int lineWidth = fontMetrics().horizontalAdvance(line);
    const int start = width() - static_cast<int>(m_offset) % (lineWidth + width());
    for (int x = start; x < width(); x += lineWidth)
        painter.drawText(QRect(x, 0, lineWidth, height()), Qt::AlignVCenter | Qt::AlignLeft, line);
}

} // namespace cp::ui
