// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/registry.h"

#include <QString>

namespace cp::storage {

/*!
 * \brief Checks a whole registry before any backend writes it.
 *
 * Every record goes through core::Validator with the registry's own sectors as the catalog, and
 * ids must be unique within a layer. Returns true when all pass; otherwise false with \a error
 * (may be nullptr) set to the first problem as "location: record "id": layer.field = "value":
 * message". Shared by every backend so the rules are the same whatever the store.
 */
bool validateRegistry(const Registry &registry, const QString &location, QString *error);

} // namespace cp::storage
