// SPDX-License-Identifier: GPL-2.0-or-later
// SqlStore: the response plans of the data set (schema version 6).
#include "storage/sqlstore.h"

#include "storage/sqlstatement.h"
#include "storage/tr.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cp::storage {

namespace {

QString levelsText(const QList<core::ResponseLevel> &levels)
{
    QStringList keys;
    for (core::ResponseLevel level : levels)
        keys.append(core::toKey(level));
    return keys.join(QLatin1Char(','));
}

//! The levels of "I,II"; nullopt when a key is not a level.
std::optional<QList<core::ResponseLevel>> levelsFrom(const QString &text, QString *badKey)
{
    QList<core::ResponseLevel> levels;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<core::ResponseLevel> level = core::fromKey<core::ResponseLevel>(key.trimmed());
        if (!level || *level == core::ResponseLevel::None) {
            *badKey = key;
            return std::nullopt;
        }
        levels.append(*level);
    }
    return levels;
}

} // namespace

bool SqlStore::writeResponsePlans(const QList<dispatch::ResponsePlan> &plans, QString *error)
{
    return inTransaction(Tr::tr("the response plans"), error, [&](QString *failure) {
        QSqlQuery query(database());
        const auto write = [&](const QString &sql, const QVariantList &values, const QString &what) {
            return runStatement(query, sql, values, Tr::tr("%1: cannot store %2").arg(m_location, what), failure);
        };
        bool ok = write(QStringLiteral("DELETE FROM response_plan_steps"), {}, Tr::tr("the response plans"))
            && write(QStringLiteral("DELETE FROM response_plans"), {}, Tr::tr("the response plans"));
        for (const dispatch::ResponsePlan &plan : plans) {
            ok = ok && write(QStringLiteral("INSERT INTO response_plans (sector_id, incident_type, title) VALUES (?, ?, ?)"),
                             {plan.sectorId, plan.incidentType, plan.title},
                             Tr::tr("response plan %1/%2").arg(plan.sectorId, plan.incidentType));
            for (int i = 0; ok && i < plan.steps.size(); ++i) {
                const dispatch::ResponsePlanStep &s = plan.steps.at(i);
                ok = write(QStringLiteral("INSERT INTO response_plan_steps (sector_id, incident_type, step_id, position, "
                                          "section, levels, who, what, limit_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {plan.sectorId, plan.incidentType, s.id, i + 1, dispatch::toKey(s.section), levelsText(s.levels),
                            s.who, s.what, s.limitMinutes},
                           Tr::tr("step \"%1\" of response plan %2/%3").arg(s.id, plan.sectorId, plan.incidentType));
            }
        }
        return ok;
    });
}

std::optional<ResponsePlansRead> SqlStore::responsePlans(QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const auto planKey = [](const QString &sector, const QString &type) -> QString { return sector + QLatin1Char('/') + type; };
    QList<dispatch::ResponsePlan> plans;
    QHash<QString, int> planIndex; // "sector/type" → its place in plans
    if (!runStatement(query, QStringLiteral("SELECT sector_id, incident_type, title FROM response_plans ORDER BY fid"), {},
                      Tr::tr("%1: cannot read the response plans").arg(m_location), error))
        return std::nullopt;
    while (query.next()) {
        dispatch::ResponsePlan plan;
        plan.sectorId = query.value(0).toString();
        plan.incidentType = query.value(1).toString();
        plan.title = query.value(2).toString();
        planIndex.insert(planKey(plan.sectorId, plan.incidentType), int(plans.size()));
        plans.append(plan);
    }

    if (!runStatement(query,
                      QStringLiteral("SELECT sector_id, incident_type, step_id, section, levels, who, what, limit_minutes "
                                     "FROM response_plan_steps ORDER BY sector_id, incident_type, position, fid"),
                      {}, Tr::tr("%1: cannot read the response plan steps").arg(m_location), error))
        return std::nullopt;
    ResponsePlansRead read;
    QHash<QString, QString> badPlans; // "sector/type" → the first problem found in it
    while (query.next()) {
        const QString key = planKey(query.value(0).toString(), query.value(1).toString());
        const QString stepId = query.value(2).toString();
        const auto bad = [&](const char *column, const QString &value) {
            if (!badPlans.contains(key))
                badPlans.insert(key, Tr::tr("%1: table response_plan_steps, step \"%2\": %3 = \"%4\": not a known key")
                                         .arg(m_location, stepId, QString::fromLatin1(column), value));
        };
        const auto plan = planIndex.constFind(key);
        if (plan == planIndex.cend()) {
            read.problems.append(Tr::tr("%1: table response_plan_steps, step \"%2\": plan %3 is not in table response_plans")
                                     .arg(m_location, stepId, key));
            continue;
        }
        dispatch::ResponsePlanStep step;
        step.id = stepId;
        const std::optional<dispatch::PlanSection> section = core::fromKey<dispatch::PlanSection>(query.value(3).toString());
        if (!section)
            bad("section", query.value(3).toString());
        step.section = section.value_or(dispatch::PlanSection::Measures);
        QString badLevel;
        const std::optional<QList<core::ResponseLevel>> levels = levelsFrom(query.value(4).toString(), &badLevel);
        if (!levels)
            bad("levels", badLevel);
        step.levels = levels.value_or(QList<core::ResponseLevel>());
        step.who = query.value(5).toString();
        step.what = query.value(6).toString();
        step.limitMinutes = query.value(7).toInt();
        plans[*plan].steps.append(step);
    }
    for (const dispatch::ResponsePlan &plan : plans) {
        const QString key = planKey(plan.sectorId, plan.incidentType);
        QString problem = badPlans.value(key);
        if (problem.isEmpty() && !read.book.add(plan, &problem))
            problem = Tr::tr("%1: %2").arg(m_location, problem);
        if (!problem.isEmpty())
            read.problems.append(Tr::tr("%1 (the plan is left out)").arg(problem));
    }
    return read;
}

} // namespace cp::storage
