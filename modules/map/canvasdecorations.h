// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsmapcanvasitem.h>

#include <QSvgRenderer>

namespace cp::map {

/*!
 * \brief A scale bar (bottom left) and a north arrow (top right) painted over the canvas.
 *
 * QGIS's own decorations live in the QGIS application, not its libraries, so the canvas gets this
 * small item. The scale bar picks a round length (1, 2 or 5 × 10ⁿ m) near a fifth of the view.
 * Owned by the canvas scene.
 */
class CanvasDecorations : public QgsMapCanvasItem
{
public:
    explicit CanvasDecorations(QgsMapCanvas *canvas, bool darkTheme = false);

    void paint(QPainter *painter) override;
    void updatePosition() override;

    //! The round bar length in metres for a view \a viewMetres wide (exposed for tests).
    static double roundBarLength(double viewMetres);

private:
    QSvgRenderer m_northArrow;
    bool m_dark;
};

} // namespace cp::map
