// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/facilityidentifytool.h"

#include "map/enterpriseoverview.h"

#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

namespace cp::map {

FacilityIdentifyTool::FacilityIdentifyTool(QgsMapCanvas *canvas) : QgsMapToolIdentify(canvas) {}

void FacilityIdentifyTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
    const QList<IdentifyResult> results = identify(event->x(), event->y(), m_layers, TopDownStopAtFirst);
    if (results.isEmpty())
        return;
    auto *layer = qobject_cast<QgsVectorLayer *>(results.first().mLayer);
    if (!layer)
        return;
    // A disc of the county overview stands for one enterprise: identify that enterprise.
    if (const std::optional<long long> source = EnterpriseOverview::sourceFeatureId(*layer, results.first().mFeature.id())) {
        for (QgsMapLayer *candidate : std::as_const(m_layers)) {
            if (candidate->id() == EnterpriseOverview::sourceLayerId(*layer)) {
                emit facilityIdentified(qobject_cast<QgsVectorLayer *>(candidate), *source);
                return;
            }
        }
        return;
    }
    emit facilityIdentified(layer, results.first().mFeature.id());
}

} // namespace cp::map
