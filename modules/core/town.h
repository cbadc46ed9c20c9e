// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/geopoint.h"

#include <QString>

namespace cp::core {

//! A town, sub-district or development zone (乡镇/街道/开发区) and the seat of its government.
struct Town
{
    QString id;
    QString name;
    GeoPoint seat;
    qint64 population = 0;
    //! True when the seat position is illustrative (demo data), not surveyed.
    bool illustrative = false;
};

} // namespace cp::core
