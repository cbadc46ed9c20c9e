// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/commonindicators.h"

namespace cp::sectors {

Indicator CommonIndicators::majorHazardMonitoring()
{
    Indicator i;
    i.id = QStringLiteral("major_hazard_monitoring_rate");
    i.name = LocalizedName::of("重大危险源在线监测监控率", "Online monitoring rate of major hazard sources");
    // All major-hazard enterprises are to be connected (MEM press conference 2022-09-16, DOMAIN.md §3.3).
    i.targetPercent = 100;
    i.targetSource = QStringLiteral("应急管理部 2022-09-16");
    i.applies = [](const core::Enterprise &e) { return e.majorHazard != core::MajorHazardGrade::None; };
    i.meets = [](const core::Enterprise &e, const QDate &) { return e.monitoringOnline; };
    return i;
}

Indicator CommonIndicators::monitoringOnline(const char *id, LocalizedName name)
{
    Indicator i;
    i.id = QString::fromLatin1(id);
    i.name = std::move(name);
    i.applies = [](const core::Enterprise &) { return true; };
    i.meets = [](const core::Enterprise &e, const QDate &) { return e.monitoringOnline; };
    return i;
}

Indicator CommonIndicators::dateNotPassed(const char *id, LocalizedName name, const QString &key)
{
    Indicator i;
    i.id = QString::fromLatin1(id);
    i.name = std::move(name);
    i.applies = [key](const core::Enterprise &e) { return e.sectorAttributes.contains(key); };
    i.meets = [key](const core::Enterprise &e, const QDate &asOf) {
        const QDate due = QDate::fromString(e.sectorAttributes.value(key).toString(), Qt::ISODate);
        return due.isValid() && due >= asOf;
    };
    return i;
}

} // namespace cp::sectors
