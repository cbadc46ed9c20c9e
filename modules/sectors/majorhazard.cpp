// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/majorhazard.h"

#include "sectors/tr.h"

namespace cp::sectors {

namespace {

struct BetaRow
{
    const char *key;
    double beta;
};

// β of toxic gases, 《危险化学品重大危险源监督管理暂行规定》 (Order 40) Annex 1 table; the 2018 list is
// the same per the sources seen (DOMAIN.md §3.1).
const BetaRow toxicBetas[] = {
    {"co", 2}, {"so2", 2}, {"nh3", 2}, {"ethylene_oxide", 2}, {"hcl", 3}, {"methyl_bromide", 3},
    {"cl2", 4}, {"h2s", 5}, {"hf", 5}, {"no2", 10}, {"hcn", 10}, {"cocl2", 20}, {"ph3", 20},
    {"methyl_isocyanate", 20},
};

// β by hazard class, GB 18218-2018 Table 4 as seen in third-party code: U (DOMAIN.md §3.1).
const BetaRow classBetas[] = {
    {"J1", 4}, {"J2", 1}, {"J3", 2}, {"J4", 2}, {"J5", 1},
    {"W1.1", 2}, {"W1.2", 2}, {"W1.3", 2}, {"W2", 1.5}, {"W3", 1}, {"W4", 1},
    {"W5.1", 1.5}, {"W5.2", 1}, {"W5.3", 1}, {"W5.4", 1}, {"W6.1", 1.5}, {"W6.2", 1},
    {"W7.1", 1.5}, {"W7.2", 1}, {"W8", 1}, {"W9.1", 1}, {"W9.2", 1}, {"W10", 1}, {"W11", 1},
};

template<std::size_t N>
std::optional<double> lookup(const BetaRow (&table)[N], const QString &key)
{
    for (const BetaRow &row : table) {
        if (key.compare(QLatin1String(row.key), Qt::CaseInsensitive) == 0)
            return row.beta;
    }
    return std::nullopt;
}

} // namespace

double MajorHazard::alpha(int residents)
{
    // 《危险化学品重大危险源监督管理暂行规定》 Annex 1, α by people within 500 m of the boundary.
    if (residents >= 100)
        return 2.0;
    if (residents >= 50)
        return 1.5;
    if (residents >= 30)
        return 1.2;
    if (residents >= 1)
        return 1.0;
    return 0.5;
}

std::optional<double> MajorHazard::toxicGasBeta(const QString &gas) { return lookup(toxicBetas, gas); }

std::optional<double> MajorHazard::hazardClassBeta(const QString &hazardClass)
{
    return lookup(classBetas, hazardClass);
}

core::MajorHazardGrade MajorHazard::gradeOf(double r)
{
    // Grade boundaries, 《危险化学品重大危险源监督管理暂行规定》 Annex 1: 一级 R ≥ 100, 二级 100 > R ≥ 50,
    // 三级 50 > R ≥ 10, 四级 R < 10.
    if (r >= 100)
        return core::MajorHazardGrade::One;
    if (r >= 50)
        return core::MajorHazardGrade::Two;
    if (r >= 10)
        return core::MajorHazardGrade::Three;
    return core::MajorHazardGrade::Four;
}

MajorHazardAssessment MajorHazard::assess(const QList<HazardInventoryItem> &items, int residents)
{
    MajorHazardAssessment a;
    double weighted = 0;
    for (const HazardInventoryItem &item : items) {
        a.s += item.quantity / item.criticalQuantity;
        weighted += item.beta * item.quantity / item.criticalQuantity;
    }
    a.alpha = alpha(residents);
    a.r = a.alpha * weighted;
    // GB 18218-2018 §4.2: a major hazard source when S ≥ 1.
    a.grade = a.s >= 1 ? gradeOf(a.r) : core::MajorHazardGrade::None;
    return a;
}

std::optional<MajorHazardAssessment> MajorHazard::assessAttributes(const QVariantMap &attributes, QString *error)
{
    error->clear();
    const QVariantList rows = attributes.value(QStringLiteral("inventory")).toList();
    if (rows.isEmpty())
        return std::nullopt;
    QList<HazardInventoryItem> items;
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantMap row = rows.at(i).toMap();
        HazardInventoryItem item;
        item.substance = row.value(QStringLiteral("substance")).toString();
        bool qOk = false;
        bool criticalOk = false;
        item.quantity = row.value(QStringLiteral("q")).toDouble(&qOk);
        item.criticalQuantity = row.value(QStringLiteral("Q")).toDouble(&criticalOk);
        if (!qOk || item.quantity < 0) {
            *error = Tr::tr("inventory row %1 (%2): q must be a quantity in tonnes ≥ 0, not '%3'")
                         .arg(i + 1).arg(item.substance, row.value(QStringLiteral("q")).toString());
            return std::nullopt;
        }
        if (!criticalOk || item.criticalQuantity <= 0) {
            *error = Tr::tr("inventory row %1 (%2): Q must be a critical quantity in tonnes > 0, not '%3'")
                         .arg(i + 1).arg(item.substance, row.value(QStringLiteral("Q")).toString());
            return std::nullopt;
        }
        std::optional<double> beta;
        if (row.contains(QStringLiteral("beta"))) {
            bool ok = false;
            beta = row.value(QStringLiteral("beta")).toDouble(&ok);
            if (!ok || *beta <= 0)
                beta.reset();
        } else if (row.contains(QStringLiteral("toxicGas"))) {
            beta = toxicGasBeta(row.value(QStringLiteral("toxicGas")).toString());
        } else if (row.contains(QStringLiteral("hazardClass"))) {
            beta = hazardClassBeta(row.value(QStringLiteral("hazardClass")).toString());
        }
        if (!beta) {
            *error = Tr::tr("inventory row %1 (%2): no valid beta, toxicGas or hazardClass to take β from")
                         .arg(i + 1).arg(item.substance);
            return std::nullopt;
        }
        item.beta = *beta;
        items.append(item);
    }
    const QVariant residents = attributes.value(QStringLiteral("residents_500m"));
    bool ok = false;
    const int people = residents.toInt(&ok);
    if (!ok || people < 0) {
        *error = Tr::tr("residents_500m must be a number of people ≥ 0, not '%1'").arg(residents.toString());
        return std::nullopt;
    }
    return assess(items, people);
}

} // namespace cp::sectors
