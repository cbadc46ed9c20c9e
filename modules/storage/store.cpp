// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/store.h"

namespace cp::storage {

Store::~Store() = default;

} // namespace cp::storage
