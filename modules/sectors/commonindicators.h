// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/indicator.h"

namespace cp::sectors {

/*!
 * \brief Indicators several sectors report the same way, built once for their plugins.
 */
class CommonIndicators
{
public:
    /*!
     * 重大危险源在线监测监控率: enterprises holding a major hazard source that are connected to the
     * online monitoring system; target 100 % (all connected, MEM 2022-09-16, DOMAIN.md §3.3).
     */
    static Indicator majorHazardMonitoring();
    //! Enterprises connected to the online monitoring system, of all; no target (the plan sets it).
    static Indicator monitoringOnline(const char *id, LocalizedName name);
    /*!
     * Enterprises whose date attribute \a key (ISO "yyyy-MM-dd": a next inspection or a licence
     * expiry) is not before the day asked about, of those with the attribute; no target.
     */
    static Indicator dateNotPassed(const char *id, LocalizedName name, const QString &key);
};

} // namespace cp::sectors
