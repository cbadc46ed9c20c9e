// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/geopoint.h"
#include "core/risklevel.h"

#include <QString>
#include <QVariantMap>

namespace cp::core {

//! The automation installed on an enterprise's key processes (重点监管危险化工工艺自动化).
struct Automation
{
    bool sis = false; //!< safety instrumented system
    bool dcs = false; //!< distributed control system
    bool esd = false; //!< emergency shut-down
};

/*!
 * \brief An enterprise under the bureau's supervision.
 *
 * The common attributes every sector shares; a sector's own attributes (a hazchem plant's R value,
 * a mine's gas grade …) live in sectorAttributes, keyed and interpreted by that sector's plugin.
 */
struct Enterprise
{
    QString id;
    QString name;
    QString sectorId;
    //! Sub-type within the sector, e.g. "filling_station" for hazchem retail; empty when none.
    QString category;
    RiskLevel riskLevel = RiskLevel::Low;
    MajorHazardGrade majorHazard = MajorHazardGrade::None;
    QString townId;
    QString address;
    QString contactPhone;
    int employees = 0;
    GeoPoint position;

    // Compliance facts the county plan tracks.
    bool dualPreventionDone = false;  //!< 双重预防机制 built
    int standardizationLevel = 0;     //!< 安全生产标准化 grade 1–3, 0 = none
    bool monitoringOnline = false;    //!< connected to the online monitoring & early-warning system
    Automation automation;

    QVariantMap sectorAttributes;
};

} // namespace cp::core
