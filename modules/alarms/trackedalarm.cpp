// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/trackedalarm.h"

#include "core/enumkeys.h"

namespace cp::alarms {

namespace {
const core::EnumKey<Verification> verificationKeys[] = {
    {Verification::None, "none"},
    {Verification::Real, "real"},
    {Verification::FalseAlarm, "false_alarm"},
    {Verification::TestOrMaintenance, "test_maintenance"},
};
} // namespace

QString toKey(Verification verification) { return core::keyOf(verificationKeys, verification); }

std::optional<Verification> verificationFromKey(const QString &key) { return core::valueOf(verificationKeys, key); }

} // namespace cp::alarms
