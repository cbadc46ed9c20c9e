// SPDX-License-Identifier: GPL-2.0-or-later
// A demand or candidate layer given to commandpost-plan (--demand, --candidates), here as GeoJSON or
// CSV, the formats a planner exports from a spreadsheet or a web map; the first byte picks which.
// Either sites with finite coordinates and weights ≥ 0, or a refusal naming the file.
#include "fuzzsupport.h"
#include "planning/sitelayerreader.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString name = data[0] % 2 ? QStringLiteral("sites.csv") : QStringLiteral("sites.geojson");
    const QString path = cp::fuzz::writeInput(data + 1, size - 1, name);
    cp::planning::SiteLayerOptions options;
    options.weightField = QStringLiteral("people");
    options.capacityField = data[0] % 4 >= 2 ? QStringLiteral("capacity") : QString();
    options.fixedField = QStringLiteral("existing");
    options.fixedValue = QStringLiteral("1");
    QString error;
    const auto sites = cp::planning::SiteLayerReader::read({path, {}}, options, &error);
    if (!sites) {
        if (!error.contains(QStringLiteral("sites.")))
            std::abort();
        return 0;
    }
    for (const cp::planning::PlanSite &site : *sites) {
        if (!std::isfinite(site.x) || !std::isfinite(site.y) || !(site.weight >= 0.0)
            || (!options.capacityField.isEmpty() && !(site.capacity >= 0.0)))
            std::abort();
    }
    return 0;
}
