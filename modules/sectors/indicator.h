// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enterprise.h"
#include "sectors/localizedname.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>

namespace cp::sectors {

//! An indicator's value over a set of enterprises.
struct IndicatorValue
{
    int applicable = 0; //!< enterprises the indicator counts
    int meeting = 0;    //!< of those, how many meet it
    //! meeting / applicable in percent; nullopt when no enterprise applies.
    std::optional<double> percent;
    //! Whether percent reaches the target; nullopt when either is missing.
    std::optional<bool> meetsTarget;
};

/*!
 * \brief A rate the county plan sets a target for, computed from a sector's enterprises
 * (重大危险源在线监测率, 特种设备定期检验率 …).
 *
 * applies picks the enterprises counted, meets says which of them satisfy it on a given date.
 */
struct Indicator
{
    QString id;
    LocalizedName name;
    //! Target in percent; targets the county plan has not confirmed are flagged unconfirmed.
    std::optional<double> targetPercent;
    QString targetSource;
    bool targetUnconfirmed = false;
    std::function<bool(const core::Enterprise &)> applies;
    std::function<bool(const core::Enterprise &, const QDate &asOf)> meets;

    //! The indicator over \a enterprises on \a asOf; enterprises it does not apply to are skipped.
    IndicatorValue evaluate(const QList<core::Enterprise> &enterprises, const QDate &asOf) const;
};

} // namespace cp::sectors
