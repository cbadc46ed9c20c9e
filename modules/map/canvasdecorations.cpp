// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/canvasdecorations.h"

#include "map/tr.h"

#include <qgsmapcanvas.h>

#include <QPainter>

#include <cmath>

namespace cp::map {

CanvasDecorations::CanvasDecorations(QgsMapCanvas *canvas, bool darkTheme)
    : QgsMapCanvasItem(canvas)
    , m_northArrow(darkTheme ? QStringLiteral(":/commandpost/icons/north-arrow-light.svg") : QStringLiteral(":/commandpost/icons/north-arrow.svg"))
    , m_dark(darkTheme)
{
    setZValue(900);
    updatePosition();
}

double CanvasDecorations::roundBarLength(double viewMetres)
{
    const double target = viewMetres / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= target)
            return step * magnitude;
    }
    return magnitude;
}

void CanvasDecorations::updatePosition()
{
    prepareGeometryChange();
    setRect(mMapCanvas->extent());
    update();
}

void CanvasDecorations::paint(QPainter *painter)
{
    const QSize size = mMapCanvas->size();
    const double metresPerPixel = mMapCanvas->mapUnitsPerPixel(); // the canvas CRS is in metres (EPSG:4548)
    if (metresPerPixel <= 0)
        return;
    const double barMetres = roundBarLength(size.width() * metresPerPixel);
    const double barPixels = barMetres / metresPerPixel;
    const QColor ink = m_dark ? QColor(235, 235, 235) : QColor(30, 30, 30);
    const QColor paper = m_dark ? QColor(20, 24, 30, 200) : QColor(255, 255, 255, 210);
    const QPointF origin = QPointF(16, size.height() - 24) - pos();

    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(paper);
    painter->drawRoundedRect(QRectF(origin + QPointF(-8, -26), QSizeF(barPixels + 16, 36)), 4, 4);
    painter->setPen(QPen(ink, 2));
    painter->drawLine(origin, origin + QPointF(barPixels, 0));
    painter->drawLine(origin + QPointF(0, -6), origin + QPointF(0, 0));
    painter->drawLine(origin + QPointF(barPixels, -6), origin + QPointF(barPixels, 0));
    const QString label = barMetres >= 1000 ? Tr::tr("%1 km").arg(barMetres / 1000) : Tr::tr("%1 m").arg(barMetres);
    QFont font = painter->font();
    font.setPixelSize(m_dark ? 18 : 12);
    painter->setFont(font);
    painter->drawText(QRectF(origin + QPointF(0, -24), QSizeF(barPixels, 18)), Qt::AlignCenter, label);

    const QRectF arrow(QPointF(size.width() - 52, 12) - pos(), QSizeF(36, 60));
    // The same backing as the scale bar's, so the arrow reads over any map colour (on the wall the
    // light arrow would vanish on the county's light fill).
    painter->setPen(Qt::NoPen);
    painter->setBrush(paper);
    painter->drawRoundedRect(arrow.adjusted(-6, -6, 6, 6), 4, 4);
    m_northArrow.render(painter, arrow);
}

} // namespace cp::map
