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

//! One active alarm as the overlay draws it: where (in the canvas CRS), how urgent, and a short tag.
struct OverlayAlarm
{
    QString key;      //!< the alarm's identity (enterprise/sensor/kind); one marker per key
    QgsPointXY point; //!< position in the canvas's destination CRS
    core::AlarmPriority priority = core::AlarmPriority::Low;
    bool acknowledged = false; //!< acknowledged alarms stay on the map but stop pulsing
};

/*!
 * \brief Live alarms drawn over the map as pulsing markers, without re-rendering the map layers.
 *
 * A single canvas item paints every marker, so a thousand alarms cost one paint pass over the
 * cached map image (QGIS-NOTES §2: overlays never trigger a layer render). The pulse animates
 * unacknowledged alarms only; colour and size follow priority.
 *
 * The canvas owns the item (it is a QGraphicsItem in the canvas scene); delete it to remove it.
 */
class AlarmOverlay : public QObject, public QgsMapCanvasItem
{
    Q_OBJECT

public:
    explicit AlarmOverlay(QgsMapCanvas *canvas);

    //! Replaces every marker by \a alarms.
    void setAlarms(const QList<OverlayAlarm> &alarms);
    //! Adds or moves one marker.
    void upsert(const OverlayAlarm &alarm);
    //! Removes the marker of \a key, if any.
    void remove(const QString &key);
    int count() const { return static_cast<int>(m_alarms.size()); }

    void paint(QPainter *painter) override;
    void updatePosition() override;

private:
    void refreshBounds();
    QPixmap sprite(core::AlarmPriority priority, bool acknowledged, int phase);

    QHash<QString, OverlayAlarm> m_alarms;
    QHash<int, QPixmap> m_sprites;
    QTimer *m_pulse = nullptr;
    int m_phase = 0;
};

//! Marker colour for a priority: emergency and high red tones, medium orange, low yellow.
QColor overlayColor(core::AlarmPriority priority);

} // namespace cp::map
