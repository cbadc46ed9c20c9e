// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"


namespace cp::core {

/*!
 * \brief The four-colour risk grade of an enterprise (安全风险分级).
 *
 * 重大 red, 较大 orange, 一般 yellow, 低 blue, per 国务院安委办《标本兼治遏制重特大事故工作指南》
 * and 《关于实施遏制重特大事故工作指南构建双重预防机制的意见》 (DOMAIN.md §8).
 */
enum class RiskLevel
{
    Major,       //!< 重大风险, red
    Significant, //!< 较大风险, orange
    General,     //!< 一般风险, yellow
    Low,         //!< 低风险, blue
};

/*!
 * \brief Grade of a major hazard installation (危险化学品重大危险源) per GB 18218-2018.
 *
 * None means the enterprise holds no major hazard source (S = Σq/Q < 1).
 */
enum class MajorHazardGrade
{
    None,
    One,   //!< 一级, R ≥ 100
    Two,   //!< 二级, 50 ≤ R < 100
    Three, //!< 三级, 10 ≤ R < 50
    Four,  //!< 四级, R < 10
};

QString toKey(RiskLevel level);
template<>
std::optional<RiskLevel> fromKey<RiskLevel>(const QString &key);
//! Translated name, e.g. "Major risk" / 重大风险.
QString displayName(RiskLevel level);
//! The standard's colour as "#rrggbb": red, orange, yellow or blue (core stays free of Qt Gui).
QString riskColorName(RiskLevel level);

QString toKey(MajorHazardGrade grade);
template<>
std::optional<MajorHazardGrade> fromKey<MajorHazardGrade>(const QString &key);
QString displayName(MajorHazardGrade grade);

} // namespace cp::core
