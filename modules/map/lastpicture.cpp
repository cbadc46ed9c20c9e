// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/lastpicture.h"

#include <qgsmapcanvas.h>

namespace cp::map {

void keepLastPicture(QgsMapCanvas &canvas, bool connected)
{
    if (!connected) {
        canvas.freeze(true);
        return;
    }
    if (!canvas.isFrozen())
        return;
    canvas.freeze(false);
    canvas.refreshAllLayers(); // the providers' caches hold what they read while the server was away
}

} // namespace cp::map
