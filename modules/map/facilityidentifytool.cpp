// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/facilityidentifytool.h"

#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

namespace cp::map {

FacilityIdentifyTool::FacilityIdentifyTool(QgsMapCanvas *canvas) : QgsMapToolIdentify(canvas) {}

void FacilityIdentifyTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
    const QList<IdentifyResult> results = identify(event->x(), event->y(), m_layers, TopDownStopAtFirst);
    if (results.isEmpty())
        return;
    if (auto *layer = qobject_cast<QgsVectorLayer *>(results.first().mLayer))
        emit facilityIdentified(layer, results.first().mFeature.id());
}

} // namespace cp::map
