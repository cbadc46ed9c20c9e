// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QgsMapCanvas;

namespace cp::map {

/*!
 * While the shared database cannot be reached (\a connected false) \a canvas keeps the picture it
 * drew last: its PostGIS layers would draw empty, and a duty officer needs the last map more than
 * a blank one. Once connected again it draws from the database afresh. Overlays (alarms, routes)
 * are canvas items and go on moving meanwhile.
 */
void keepLastPicture(QgsMapCanvas &canvas, bool connected);

} // namespace cp::map
