// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/geopoint.h"

#include <QList>
#include <QString>

namespace cp::core {

//! A place where people live (a village or a town quarter), the demand side of planning.
struct DemandPoint
{
    QString id;
    QString name;
    QString townId;
    qint64 population = 0;
    GeoPoint position;
};

//! The county boundary: outer ring first, then holes; first vertex repeated at the end of a ring.
struct Boundary
{
    QString name;
    QList<QList<GeoPoint>> rings;
};

} // namespace cp::core
