// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/incidentrecords.h"

#include "dispatch/tr.h"

namespace cp::dispatch {

namespace {
const core::EnumKey<SupplyMovementKind> supplyMovementKeys[] = {
    {SupplyMovementKind::Issue, "issue"},
    {SupplyMovementKind::Return, "return"},
    {SupplyMovementKind::Transfer, "transfer"},
};
const core::EnumKey<ShelterMovementKind> shelterMovementKeys[] = {
    {ShelterMovementKind::Arrival, "arrival"},
    {ShelterMovementKind::Departure, "departure"},
};
} // namespace

QString toKey(SupplyMovementKind kind) { return core::keyOf(supplyMovementKeys, kind); }

QString displayName(SupplyMovementKind kind)
{
    switch (kind) {
    case SupplyMovementKind::Issue: return Tr::tr("Issue");
    case SupplyMovementKind::Return: return Tr::tr("Return");
    case SupplyMovementKind::Transfer: return Tr::tr("Transfer");
    }
    return {};
}

QString toKey(ShelterMovementKind kind) { return core::keyOf(shelterMovementKeys, kind); }

ShelterCount &ShelterCount::operator+=(const ShelterCount &other)
{
    people += other.people;
    elderly += other.elderly;
    children += other.children;
    injured += other.injured;
    return *this;
}

ShelterCount &ShelterCount::operator-=(const ShelterCount &other)
{
    people -= other.people;
    elderly -= other.elderly;
    children -= other.children;
    injured -= other.injured;
    return *this;
}

bool ShelterCount::operator==(const ShelterCount &other) const
{
    return people == other.people && elderly == other.elderly && children == other.children && injured == other.injured;
}

QString ShelterCount::problem() const
{
    if (people < 0 || elderly < 0 || children < 0 || injured < 0)
        return Tr::tr("a count is negative");
    if (elderly > people)
        return Tr::tr("more elderly (%1) than people (%2)").arg(elderly).arg(people);
    if (children > people)
        return Tr::tr("more children (%1) than people (%2)").arg(children).arg(people);
    if (injured > people)
        return Tr::tr("more injured (%1) than people (%2)").arg(injured).arg(people);
    if (elderly + children > people)
        return Tr::tr("elderly and children (%1) outnumber the people (%2)").arg(elderly + children).arg(people);
    return {};
}

IncidentJournal::~IncidentJournal() = default;

} // namespace cp::dispatch

namespace cp::core {
template<>
std::optional<dispatch::SupplyMovementKind> fromKey<dispatch::SupplyMovementKind>(const QString &key)
{
    return valueOf(dispatch::supplyMovementKeys, key);
}
template<>
std::optional<dispatch::ShelterMovementKind> fromKey<dispatch::ShelterMovementKind>(const QString &key)
{
    return valueOf(dispatch::shelterMovementKeys, key);
}
} // namespace cp::core
