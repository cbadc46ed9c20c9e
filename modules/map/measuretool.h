// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsdistancearea.h>
#include <qgsmaptool.h>
#include <qgspointxy.h>

class QgsRubberBand;

namespace cp::map {

/*!
 * \brief Measures a polyline's ellipsoidal length: click to add points, right-click to finish.
 *
 * Lengths are on the CGCS2000 ellipsoid (GRS80), not planar Gauss–Krüger distances.
 */
class MeasureTool : public QgsMapTool
{
    Q_OBJECT

public:
    explicit MeasureTool(QgsMapCanvas *canvas);
    ~MeasureTool() override;

    void canvasReleaseEvent(QgsMapMouseEvent *event) override;
    void canvasMoveEvent(QgsMapMouseEvent *event) override;
    void deactivate() override;

    //! Total length in metres of the points placed so far.
    double length() const;

signals:
    //! Emitted when the measured length changes, with a ready-to-show text.
    void measured(double metres, const QString &text);

private:
    void reset();

    QgsRubberBand *m_band = nullptr;
    QList<QgsPointXY> m_points;
    QgsDistanceArea m_distance;
    bool m_finished = false;
};

} // namespace cp::map
