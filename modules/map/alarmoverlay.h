// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <qgsmapcanvasitem.h>
#include <qgspointxy.h>

#include <QHash>
#include <QPixmap>
#include <QObject>

class QTimer;

namespace cp::map {

/*!
 * \brief Live alarms drawn over the map as pulsing markers, without re-rendering the map layers.
 *
 * A single canvas item paints every marker, so a thousand alarms cost one paint pass over the
 * cached map image (QGIS-NOTES §2: overlays never trigger a layer render). An annunciated alarm
 * (unacknowledged, or acknowledged and active) is drawn at its enterprise; shelved, suppressed and
 * out-of-service alarms are not (ISA-18.2 keeps them out of the officer's view). The pulse animates
 * unacknowledged alarms only; colour and size follow priority.
 *
 * The canvas owns the item (it is a QGraphicsItem in the canvas scene); delete it to remove it.
 */
class AlarmOverlay : public QObject, public QgsMapCanvasItem
{
    Q_OBJECT

public:
    explicit AlarmOverlay(QgsMapCanvas *canvas);

    //! Where each enterprise is, by id, in the canvas's destination CRS.
    void setPositions(const QHash<QString, QgsPointXY> &positions);
    //! Replaces every marker by those of \a alarms (alarms of enterprises without a position are left out).
    void setAlarms(const QList<core::Alarm> &alarms);
    //! The markers drawn.
    int count() const { return static_cast<int>(m_markers.size()); }

    void paint(QPainter *painter) override;
    void updatePosition() override;

private:
    void refreshBounds();
    QPixmap sprite(core::AlarmPriority priority, bool acknowledged, int phase);

    struct Marker
    {
        QgsPointXY point;
        core::AlarmPriority priority;
        bool acknowledged; //!< acknowledged alarms stay on the map but stop pulsing
    };

    QHash<QString, QgsPointXY> m_positions;
    QList<Marker> m_markers;
    QHash<int, QPixmap> m_sprites;
    QTimer *m_pulse = nullptr;
    int m_phase = 0;
};

//! Marker colour for a priority: emergency and high red tones, medium orange, low yellow.
QColor overlayColor(core::AlarmPriority priority);

} // namespace cp::map
