// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/accidentgrade.h"

#include "dispatch/tr.h"

namespace cp::dispatch {

namespace {
const core::EnumKey<AccidentGrade> gradeKeys[] = {
    {AccidentGrade::General, "general"},
    {AccidentGrade::Larger, "larger"},
    {AccidentGrade::Major, "major"},
    {AccidentGrade::ParticularlyMajor, "particularly_major"},
};

//! The lower bounds of one grade; a figure at or above any of them reaches the grade ("以上" includes).
struct GradeBounds
{
    AccidentGrade grade;
    qint64 dead;
    qint64 seriouslyInjured;
    double lossYuan;
};

// 国务院令第493号 art.3, highest grade first:
//  特别重大: 30人以上死亡, 或者100人以上重伤（包括急性工业中毒）, 或者1亿元以上直接经济损失;
//  重大:     10人以上30人以下死亡, 或者50人以上100人以下重伤, 或者5000万元以上1亿元以下;
//  较大:     3人以上10人以下死亡, 或者10人以上50人以下重伤, 或者1000万元以上5000万元以下;
//  一般:     3人以下死亡, 或者10人以下重伤, 或者1000万元以下 (everything below 较大).
// Written 1e8 (1亿), 5e7 (5000万), 1e7 (1000万) yuan: lupdate misreads C++14 digit separators.
const GradeBounds gradeBounds[] = {
    {AccidentGrade::ParticularlyMajor, 30, 100, 1e8},
    {AccidentGrade::Major, 10, 50, 5e7},
    {AccidentGrade::Larger, 3, 10, 1e7},
};
} // namespace

QString toKey(AccidentGrade grade) { return core::keyOf(gradeKeys, grade); }

QString displayName(AccidentGrade grade)
{
    switch (grade) {
    case AccidentGrade::General: return Tr::tr("General accident");
    case AccidentGrade::Larger: return Tr::tr("Larger accident");
    case AccidentGrade::Major: return Tr::tr("Major accident");
    case AccidentGrade::ParticularlyMajor: return Tr::tr("Particularly major accident");
    }
    return {};
}

AccidentGrade accidentGrade(const AccidentFigures &figures)
{
    // In 64 bits so that two large counts cannot overflow into a low grade.
    const qint64 dead = qint64(qMax(0, figures.deaths)) + qMax(0, figures.missing);
    const qint64 injured = qMax(0, figures.seriouslyInjured);
    for (const GradeBounds &bounds : gradeBounds) {
        if (dead >= bounds.dead || injured >= bounds.seriouslyInjured || figures.directLossYuan >= bounds.lossYuan)
            return bounds.grade;
    }
    return AccidentGrade::General;
}

core::ResponseLevel responseLevelFor(AccidentGrade grade)
{
    switch (grade) {
    case AccidentGrade::ParticularlyMajor: return core::ResponseLevel::I;
    case AccidentGrade::Major: return core::ResponseLevel::II;
    case AccidentGrade::Larger: return core::ResponseLevel::III;
    case AccidentGrade::General: return core::ResponseLevel::IV;
    }
    return core::ResponseLevel::None;
}

} // namespace cp::dispatch

namespace cp::core {
template<>
std::optional<dispatch::AccidentGrade> fromKey<dispatch::AccidentGrade>(const QString &key)
{
    return valueOf(dispatch::gradeKeys, key);
}
} // namespace cp::core
