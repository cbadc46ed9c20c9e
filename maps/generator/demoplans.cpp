// SPDX-License-Identifier: GPL-2.0-or-later
#include "demoplans.h"

namespace cp::demo {

namespace {

using core::ResponseLevel;
using dispatch::PlanSection;

const QList<ResponseLevel> everyLevel;
const QList<ResponseLevel> countyLevel = {ResponseLevel::IV};
const QList<ResponseLevel> aboveCounty = {ResponseLevel::I, ResponseLevel::II, ResponseLevel::III};
const QList<ResponseLevel> majorOrAbove = {ResponseLevel::I, ResponseLevel::II};

struct StepText
{
    const char *suffix;
    PlanSection section;
    const QList<ResponseLevel> &levels;
    const char *who;
    const char *what;
    int limitMinutes;
};

const StepText gradingSteps[] = {
    {"g01", PlanSection::ResponseGrading, everyLevel, "值班长", "与事故单位、属地乡镇（街道）核实事故类型、地点、伤亡和发展趋势", 10},
    // The accident grades of 国务院令第493号 art.3 (DOMAIN.md §4.1) and the response levels of
    // 《国家安全生产事故灾难应急预案》 (§4.3).
    {"g02", PlanSection::ResponseGrading, everyLevel, "值班长", "按国务院令第493号第三条研判事故等级，提出应急响应级别建议，报带班领导", 15},
    {"g03", PlanSection::ResponseGrading, countyLevel, "县应急指挥部", "启动县级Ⅳ级应急响应，通知相关成员单位赶赴现场", 30},
    {"g04", PlanSection::ResponseGrading, aboveCounty, "县应急指挥部", "先期启动县级最高级别响应，报请市应急指挥部启动相应级别响应", 30},
    {"g05", PlanSection::ResponseGrading, countyLevel, "县应急管理局分管负责人", "赶赴现场，成立现场指挥部，统一指挥先期处置", 60},
    {"g06", PlanSection::ResponseGrading, aboveCounty, "县政府主要负责人", "赶赴现场，成立现场指挥部，统一指挥先期处置，移交上级指挥部后配合处置", 60},
};

// 国务院令第493号: art.9 the unit reports to the county within 1 h; art.11 each level up within
// 2 h; art.10 特别重大/重大 go on to the State Council's department; art.13 changed casualties
// within 30 days (road traffic and fire: 7 days).
const StepText reportingSteps[] = {
    {"r01", PlanSection::Reporting, everyLevel, "值班员", "接报后立即报告值班长和带班领导，记录接报时间和报告人", 5},
    {"r02", PlanSection::Reporting, everyLevel, "值班长", "督促事故单位负责人1小时内向县应急管理局和负有监管职责的部门报告（国务院令第493号第九条）", 60},
    {"r03", PlanSection::Reporting, everyLevel, "县应急管理局", "向县政府和市应急管理局报送事故快报（初报），每级上报不超过2小时（第十一条）", 120},
    {"r04", PlanSection::Reporting, majorOrAbove, "县应急管理局", "特别重大、重大事故同时越级报告省应急管理厅和应急管理部（第十条）", 120},
    {"r05", PlanSection::Reporting, everyLevel, "县应急管理局", "事故情况变化时及时续报，处置结束后报送终报", 0},
};

const StepText supportSteps[] = {
    {"s01", PlanSection::Support, everyLevel, "县应急管理局", "调派就近救援队伍，明确集结地点和行进路线", 20},
    {"s02", PlanSection::Support, everyLevel, "县公安局", "设置警戒区，实施交通管制，保障救援通道畅通", 30},
    {"s03", PlanSection::Support, everyLevel, "县卫生健康局", "通知120和县人民医院做好伤员救治准备", 30},
    {"s04", PlanSection::Support, everyLevel, "县应急管理局", "建立现场与指挥中心的通信联络（卫星电话、对讲机），保持通信畅通", 30},
    {"s05", PlanSection::Support, everyLevel, "县应急管理局", "从就近物资储备库调拨应急物资，登记出入库", 60},
    {"s06", PlanSection::Support, everyLevel, "属地乡镇（街道）", "组织疏散受威胁群众，开放就近避难场所并登记安置人员", 60},
    {"s07", PlanSection::Support, aboveCounty, "县政府办公室", "协调电力、通信、供水、交通等部门保障，必要时请求市级支援", 60},
};

dispatch::ResponsePlanStep stepOf(const QString &prefix, const StepText &text)
{
    return {prefix + QString::fromLatin1(text.suffix), text.section, text.levels, QString::fromUtf8(text.who),
            QString::fromUtf8(text.what), text.limitMinutes};
}

//! 493号 art.13: road traffic and fire accidents have 7 days for changed casualties, others 30.
QString supplementaryStep(const QString &sectorId)
{
    const bool sevenDays = sectorId == QLatin1String("roadtransport") || sectorId == QLatin1String("firesafety");
    return sevenDays ? QStringLiteral("伤亡人数发生变化的，自事故发生之日起7日内及时补报（道路交通、火灾事故，国务院令第493号第十三条）")
                     : QStringLiteral("伤亡人数发生变化的，自事故发生之日起30日内及时补报（国务院令第493号第十三条）");
}

dispatch::ResponsePlan planFor(const sectors::Sector &sector, const sectors::IncidentType &type)
{
    const QString sectorId = sector.metadata.id;
    const QString prefix = QStringLiteral("%1.%2.").arg(sectorId, type.id);
    dispatch::ResponsePlan plan{sectorId, type.id,
                                QStringLiteral("%1 · %2 应急预案").arg(sector.metadata.name.zh, type.name.zh), {}};
    for (const StepText &text : gradingSteps)
        plan.steps.append(stepOf(prefix, text));
    // The sector's on-site checklist, one step each half hour from the opening (the bureau's choice).
    for (int i = 0; i < type.checklist.size(); ++i)
        plan.steps.append({prefix + QStringLiteral("m%1").arg(i + 1, 2, 10, QLatin1Char('0')), PlanSection::Measures, {},
                           QStringLiteral("现场指挥部"), type.checklist.at(i), 30 * (i + 1)});
    for (const StepText &text : reportingSteps)
        plan.steps.append(stepOf(prefix, text));
    plan.steps.append({prefix + QStringLiteral("r06"), PlanSection::Reporting, {}, QStringLiteral("县应急管理局"),
                       supplementaryStep(sectorId), 0});
    for (const StepText &text : supportSteps)
        plan.steps.append(stepOf(prefix, text));
    return plan;
}

} // namespace

QList<dispatch::ResponsePlan> demoResponsePlans(const QList<const sectors::Sector *> &sectors)
{
    QList<dispatch::ResponsePlan> plans;
    for (const sectors::Sector *sector : sectors) {
        for (const sectors::IncidentType &type : sector->incidentTypes)
            plans.append(planFor(*sector, type));
    }
    return plans;
}

} // namespace cp::demo
