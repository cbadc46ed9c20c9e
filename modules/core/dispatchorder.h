// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"

#include <QDateTime>
#include <QString>

namespace cp::core {

//! Lifecycle of a dispatch order: dispatched → en route → on scene → returning → available.
enum class DispatchStatus
{
    Dispatched,
    EnRoute,
    OnScene,
    Returning,
    Available,
};

QString toKey(DispatchStatus status);
template<>
std::optional<DispatchStatus> fromKey<DispatchStatus>(const QString &key);
QString displayName(DispatchStatus status);

struct DispatchOrder
{
    QString id;
    QString incidentId;
    QString teamId;
    DispatchStatus status = DispatchStatus::Dispatched;
    double etaSeconds = 0;   //!< road travel time estimated at dispatch
    QDateTime updatedAt;     //!< time of the last status change
    QString updatedBy;       //!< user who made the last status change

    /*!
     * The version of the stored row this copy was read at (0: not stored yet). A write states it and
     * is refused when another seat has written the row since (optimistic concurrency, issue 14).
     */
    int rowVersion = 0;
};

} // namespace cp::core
