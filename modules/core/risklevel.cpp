// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/risklevel.h"

#include "core/tr.h"

namespace cp::core {

namespace {
const EnumKey<RiskLevel> riskKeys[] = {
    {RiskLevel::Major, "major"},
    {RiskLevel::Significant, "significant"},
    {RiskLevel::General, "general"},
    {RiskLevel::Low, "low"},
};
const EnumKey<MajorHazardGrade> gradeKeys[] = {
    {MajorHazardGrade::None, "none"},
    {MajorHazardGrade::One, "1"},
    {MajorHazardGrade::Two, "2"},
    {MajorHazardGrade::Three, "3"},
    {MajorHazardGrade::Four, "4"},
};
} // namespace

QString toKey(RiskLevel level) { return keyOf(riskKeys, level); }
template<>
std::optional<RiskLevel> fromKey<RiskLevel>(const QString &key) { return valueOf(riskKeys, key); }

QString displayName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Major: return Tr::tr("Major risk");
    case RiskLevel::Significant: return Tr::tr("Significant risk");
    case RiskLevel::General: return Tr::tr("General risk");
    case RiskLevel::Low: return Tr::tr("Low risk");
    }
    return {};
}

QString riskColorName(RiskLevel level)
{
    // DOMAIN.md §8: red / orange / yellow / blue.
    switch (level) {
    case RiskLevel::Major: return QStringLiteral("#d7191c");
    case RiskLevel::Significant: return QStringLiteral("#f58a07");
    case RiskLevel::General: return QStringLiteral("#f2d024");
    case RiskLevel::Low: return QStringLiteral("#2b6cd4");
    }
    return {};
}

QString toKey(MajorHazardGrade grade) { return keyOf(gradeKeys, grade); }
template<>
std::optional<MajorHazardGrade> fromKey<MajorHazardGrade>(const QString &key) { return valueOf(gradeKeys, key); }

QString displayName(MajorHazardGrade grade)
{
    switch (grade) {
    case MajorHazardGrade::None: return Tr::tr("No major hazard source");
    case MajorHazardGrade::One: return Tr::tr("Major hazard source, grade 1");
    case MajorHazardGrade::Two: return Tr::tr("Major hazard source, grade 2");
    case MajorHazardGrade::Three: return Tr::tr("Major hazard source, grade 3");
    case MajorHazardGrade::Four: return Tr::tr("Major hazard source, grade 4");
    }
    return {};
}

} // namespace cp::core
