// SPDX-License-Identifier: GPL-2.0-or-later
#include "throwingplugin.h"

#include <stdexcept>

namespace cp::sectors {

QList<AlarmKind> ThrowingPlugin::alarmKinds() const
{
    ThresholdRule high;
    high.id = QStringLiteral("high");
    high.name = {QStringLiteral("高报"), QStringLiteral("High")};
    high.limit = 25.0;
    high.priority = core::AlarmPriority::High;
    return {{QStringLiteral("combustible_gas"), {QStringLiteral("可燃气体"), QStringLiteral("Combustible gas")},
             QStringLiteral("%LEL"), {high}, {}}};
}

QString ThrowingPlugin::sensorLocation(const core::AlarmEvent &event) const
{
    if (event.sensorId == QLatin1String("LOC"))
        throw std::runtime_error("no such location table");
    return {};
}

core::ResponseLevel ThrowingPlugin::proposeResponseLevel(const core::Enterprise &, const core::AlarmEvent &,
                                                         const Classification &) const
{
    throw 42;
}

} // namespace cp::sectors
