// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/dispatchjournal.h"

namespace cp::dispatch {

DispatchJournal::~DispatchJournal() = default;

} // namespace cp::dispatch
