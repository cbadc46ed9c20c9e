// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/alarmoverlay.h"

#include <qgsmapcanvas.h>

#include <qgsmaptopixel.h>

#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <cmath>

namespace cp::map {

namespace {
constexpr int pulseSteps = 8;       // one pulse cycle in 8 steps …
constexpr int pulseIntervalMs = 125; // … of 125 ms: one pulse per second

double baseRadius(core::AlarmPriority p)
{
    switch (p) {
    case core::AlarmPriority::Emergency: return 11;
    case core::AlarmPriority::High: return 9;
    case core::AlarmPriority::Medium: return 7;
    case core::AlarmPriority::Low: return 6;
    }
    return 6;
}
} // namespace

QColor overlayColor(core::AlarmPriority priority)
{
    switch (priority) {
    case core::AlarmPriority::Emergency: return QColor(0xb0, 0x00, 0x20);
    case core::AlarmPriority::High: return QColor(0xe5, 0x1c, 0x23);
    case core::AlarmPriority::Medium: return QColor(0xff, 0x8c, 0x00);
    case core::AlarmPriority::Low: return QColor(0xf0, 0xc8, 0x00);
    }
    return Qt::red;
}

AlarmOverlay::AlarmOverlay(QgsMapCanvas *canvas) : QObject(canvas), QgsMapCanvasItem(canvas)
{
    setZValue(1000); // above rubber bands and vertex markers
    m_pulse = new QTimer(this);
    m_pulse->setInterval(pulseIntervalMs);
    connect(m_pulse, &QTimer::timeout, this, [this]() {
        m_phase = (m_phase + 1) % pulseSteps;
        update();
    });
}

void AlarmOverlay::setPositions(const QHash<QString, QgsPointXY> &positions) { m_positions = positions; }

void AlarmOverlay::setAlarms(const QList<core::Alarm> &alarms)
{
    m_markers.clear();
    for (const core::Alarm &a : alarms) {
        const auto at = m_positions.constFind(a.key.enterpriseId);
        if (core::isAnnunciated(a.state) && at != m_positions.constEnd())
            m_markers.append({at.value(), a.priority, !core::isUnacknowledged(a.state)});
    }
    refreshBounds();
}

void AlarmOverlay::updatePosition()
{
    refreshBounds();
}

void AlarmOverlay::refreshBounds()
{
    // The item spans the whole viewport; markers are placed in paint() from map coordinates.
    prepareGeometryChange();
    setPos(0, 0);
    setRect(mMapCanvas->extent());
    bool anyUnacknowledged = false;
    for (const Marker &m : std::as_const(m_markers))
        anyUnacknowledged = anyUnacknowledged || !m.acknowledged;
    if (anyUnacknowledged && !m_pulse->isActive())
        m_pulse->start();
    else if (!anyUnacknowledged)
        m_pulse->stop();
    update();
}

QPixmap AlarmOverlay::sprite(core::AlarmPriority priority, bool acknowledged, int phase)
{
    // One small pre-drawn image per look: a thousand markers become a thousand blits, not a
    // thousand antialiased paths.
    const int key = (static_cast<int>(priority) * 2 + (acknowledged ? 1 : 0)) * pulseSteps + phase;
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return *it;
    const double r = baseRadius(priority);
    const double extent = r * 2.3; // the halo's largest radius
    const qreal dpr = mMapCanvas->devicePixelRatioF();
    QPixmap pixmap(QSize(static_cast<int>(std::ceil(2 * extent + 2)), static_cast<int>(std::ceil(2 * extent + 2))) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPointF centre(extent + 1, extent + 1);
    const QColor color = overlayColor(priority);
    if (!acknowledged) {
        const double pulse = 0.5 + 0.5 * std::sin(2 * M_PI * phase / pulseSteps);
        QColor halo = color;
        halo.setAlphaF(0.45 * (1 - pulse));
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        const double hr = r * (1.3 + 0.9 * pulse);
        painter.drawEllipse(centre, hr, hr);
    }
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(color);
    painter.drawEllipse(centre, r * 0.7, r * 0.7);
    painter.end();
    m_sprites.insert(key, pixmap);
    return pixmap;
}

void AlarmOverlay::paint(QPainter *painter)
{
    const QgsRectangle visible = mMapCanvas->extent();
    const QgsMapToPixel &toPixel = mMapCanvas->mapSettings().mapToPixel();
    const QPointF origin = pos();
    for (const Marker &a : std::as_const(m_markers)) {
        if (!visible.contains(a.point))
            continue;
        const QPixmap image = sprite(a.priority, a.acknowledged, a.acknowledged ? 0 : m_phase);
        const QgsPointXY px = toPixel.transform(a.point);
        const QSizeF half = QSizeF(image.size()) / image.devicePixelRatio() / 2;
        painter->drawPixmap(QPointF(px.x() - origin.x() - half.width(), px.y() - origin.y() - half.height()), image);
    }
}

} // namespace cp::map
