// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/accidentreport.h"

#include <QJsonObject>

#include <optional>

namespace cp::dispatch {

/*!
 * The report as it is stored (accident_reports.content) and handed on: every field of
 * AccidentReport under its snake_case name, times ISO 8601 UTC with milliseconds, enums as keys.
 */
QJsonObject reportToJson(const AccidentReport &report);
//! Reads reportToJson()'s form back; nullopt with \a error naming the field that is missing or wrong.
std::optional<AccidentReport> reportFromJson(const QJsonObject &json, QString *error);

} // namespace cp::dispatch
