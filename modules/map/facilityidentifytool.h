// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsmaptoolidentify.h>

namespace cp::map {

/*!
 * \brief Click a facility to identify it: the topmost feature of the given layers under the cursor.
 *
 * The layers must outlive the tool or be replaced with setLayers().
 */
class FacilityIdentifyTool : public QgsMapToolIdentify
{
    Q_OBJECT

public:
    explicit FacilityIdentifyTool(QgsMapCanvas *canvas);

    void setLayers(const QList<QgsMapLayer *> &layers) { m_layers = layers; }
    void canvasReleaseEvent(QgsMapMouseEvent *event) override;

signals:
    //! Emitted when a click hits a feature of one of the layers.
    void facilityIdentified(QgsVectorLayer *layer, qint64 featureId);

private:
    QList<QgsMapLayer *> m_layers;
};

} // namespace cp::map
