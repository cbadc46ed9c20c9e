// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace cp::storage {

class RowReader;

/*!
 * \brief How a tracked alarm maps to a row of table alarms (docs/data-model.md); internal to the module.
 *
 * One place for the column list, so the upsert, the reads and both backends agree.
 */
namespace alarmrows {

/*!
 * The upsert of one alarm, keyed by (enterprise_id, sensor_id, kind), over the row version the alarm
 * was read as; bind values(). It changes no row when the stored row has another version (a stale write).
 */
QString upsertSql();
//! The values of \a alarm in upsertSql()'s order.
QVariantList values(const core::Alarm &alarm);
//! The SELECT of every column read(), from table alarms, without WHERE or ORDER BY.
QString selectSql();
//! The alarm of the current row of a query made from selectSql(); bad keys are reported through \a reader.
core::Alarm read(const QSqlQuery &query, RowReader &reader);

} // namespace alarmrows

} // namespace cp::storage
