// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"
#include "core/incident.h"

#include <QString>

namespace cp::dispatch {

/*!
 * \brief Grade of a work-safety accident (《生产安全事故报告和调查处理条例》 国务院令第493号 art.3,
 * DOMAIN.md §4.1), lowest first so grades compare with < and >.
 */
enum class AccidentGrade
{
    General,           //!< 一般事故
    Larger,            //!< 较大事故
    Major,             //!< 重大事故
    ParticularlyMajor, //!< 特别重大事故
};

QString toKey(AccidentGrade grade);
//! The grade's name as the officer reads it ("Major accident", 重大事故).
QString displayName(AccidentGrade grade);

//! The figures an accident is graded by; the counts are people, the loss is in yuan (CNY).
struct AccidentFigures
{
    int deaths = 0;
    int missing = 0;          //!< counted with the dead, see accidentGrade()
    int seriouslyInjured = 0; //!< including acute industrial poisoning
    double directLossYuan = 0;
};

/*!
 * \brief The grade the figures reach: the highest tier that any one criterion reaches (493号 art.3
 * joins the criteria with "或者"). "以上" includes the bound and "以下" excludes it.
 *
 * The missing count with the dead: 《国家安全生产事故灾难应急预案》 grades its response by "死亡（含失踪）"
 * (DOMAIN.md §4.3), and the grade has to agree with the response level while people are unaccounted
 * for; a later report that finds them alive lowers the figures and so the grade. Negative figures
 * (refused by reportProblem()) count as zero.
 */
AccidentGrade accidentGrade(const AccidentFigures &figures);

//! The response level of a grade: Ⅰ 特别重大, Ⅱ 重大, Ⅲ 较大, Ⅳ 一般 (DOMAIN.md §4.3).
core::ResponseLevel responseLevelFor(AccidentGrade grade);

} // namespace cp::dispatch

namespace cp::core {
template<>
std::optional<dispatch::AccidentGrade> fromKey<dispatch::AccidentGrade>(const QString &key);
} // namespace cp::core
