// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/measuretool.h"

#include "map/tr.h"

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>
#include <qgsrubberband.h>

namespace cp::map {

MeasureTool::MeasureTool(QgsMapCanvas *canvas) : QgsMapTool(canvas)
{
    m_distance.setSourceCrs(canvas->mapSettings().destinationCrs(), QgsProject::instance()->transformContext());
    m_distance.setEllipsoid(QStringLiteral("EPSG:7019")); // GRS80, the CGCS2000 ellipsoid
    setCursor(Qt::CrossCursor);
}

MeasureTool::~MeasureTool()
{
    delete m_band;
}

void MeasureTool::reset()
{
    m_points.clear();
    m_finished = false;
    if (!m_band) {
        m_band = new QgsRubberBand(canvas(), QgsWkbTypes::LineGeometry);
        m_band->setColor(QColor(0xd0, 0x10, 0x60));
        m_band->setWidth(2);
    }
    m_band->reset(QgsWkbTypes::LineGeometry);
}

double MeasureTool::length() const
{
    double total = 0;
    for (int i = 1; i < m_points.size(); ++i)
        total += m_distance.measureLine(m_points.at(i - 1), m_points.at(i));
    return total;
}

void MeasureTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
    if (!m_band || m_finished)
        reset();
    if (event->button() == Qt::RightButton) {
        m_finished = true;
        return;
    }
    const QgsPointXY p = event->mapPoint();
    m_points.append(p);
    // The band's last vertex floats with the cursor: fix it here and start a new floating one.
    if (m_points.size() == 1)
        m_band->addPoint(p);
    else
        m_band->movePoint(p);
    m_band->addPoint(p);
    const double metres = length();
    emit measured(metres, metres >= 1000 ? Tr::tr("Distance %1 km").arg(metres / 1000, 0, 'f', 2)
                                         : Tr::tr("Distance %1 m").arg(metres, 0, 'f', 0));
}

void MeasureTool::canvasMoveEvent(QgsMapMouseEvent *event)
{
    if (m_band && !m_finished && !m_points.isEmpty())
        m_band->movePoint(event->mapPoint());
}

void MeasureTool::deactivate()
{
    if (m_band)
        m_band->reset(QgsWkbTypes::LineGeometry);
    m_points.clear();
    QgsMapTool::deactivate();
}

} // namespace cp::map
