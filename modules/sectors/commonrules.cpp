// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/commonrules.h"

#include "core/alarmkinds.h"

namespace cp::sectors {

using core::AlarmPriority;

namespace {

const QString gbt50493 = QStringLiteral("GB/T 50493-2019 §5.5");

// The two-level detector alarm of GB/T 50493-2019 §5.5; level 1 Medium, level 2 High.
AlarmKind twoLevels(const QString &id, LocalizedName name, const char *unit, double level1, double level2,
                    const QString &source)
{
    AlarmKind k;
    k.id = id;
    k.name = std::move(name);
    k.unit = QString::fromUtf8(unit);
    k.rules = {ThresholdRule::rising("level1", LocalizedName::of("一级报警", "level-1 alarm"), level1,
                                     AlarmPriority::Medium, source),
               ThresholdRule::rising("level2", LocalizedName::of("二级报警", "level-2 alarm"), level2,
                                     AlarmPriority::High, source)};
    return k;
}

struct ToxicGas
{
    const char *id;
    const char *zh;
    const char *en;
    double oel; // mg/m³, the occupational exposure limit GB/T 50493-2019 ties level 1 to
};

// OELs (MAC or PC-TWA, mg/m³) from the per-gas table citing GB/T 50493-2019 (bjime.com jsshow-464492):
// DOMAIN.md §2.1 marks the table U, so every rule built from it is flagged unconfirmed.
const ToxicGas toxicTable[] = {
    {"h2s", "硫化氢", "Hydrogen sulphide", 10},
    {"co", "一氧化碳", "Carbon monoxide", 20},
    {"no2", "二氧化氮", "Nitrogen dioxide", 5},
    {"so2", "二氧化硫", "Sulphur dioxide", 5},
    {"nh3", "氨", "Ammonia", 20},
    {"cl2", "氯气", "Chlorine", 1},
    {"hcn", "氰化氢", "Hydrogen cyanide", 1},
    {"hcl", "氯化氢", "Hydrogen chloride", 7.5},
    {"cocl2", "光气", "Phosgene", 0.5},
    {"benzene", "苯", "Benzene", 6},
    {"methanol", "甲醇", "Methanol", 25},
    {"toluene", "甲苯", "Toluene", 50},
    {"xylene", "二甲苯", "Xylene", 50},
};

} // namespace

AlarmKind CommonRules::combustibleGas()
{
    // GB/T 50493-2019 §5.5: level 1 ≤ 25 %LEL, level 2 ≤ 50 %LEL.
    return twoLevels(core::toKey(core::AlarmKindId::CombustibleGas), LocalizedName::of("可燃气体", "Combustible gas"), "%LEL", 25, 50, gbt50493);
}

AlarmKind CommonRules::combustibleGasOpenPath()
{
    // GB/T 50493-2019 §5.5: level 1 at 1 LEL·m, level 2 at 2 LEL·m.
    return twoLevels(core::toKey(core::AlarmKindId::CombustibleGasOpenPath), LocalizedName::of("可燃气体(线型)", "Combustible gas (open path)"),
                     "LEL.m", 1, 2, gbt50493);
}

AlarmKind CommonRules::oxygen()
{
    AlarmKind k;
    k.id = core::toKey(core::AlarmKindId::Oxygen);
    k.name = {QStringLiteral("氧气"), QStringLiteral("Oxygen")};
    k.unit = QStringLiteral("%VOL");
    k.rules = {ThresholdRule::falling("low", {QStringLiteral("缺氧"), QStringLiteral("deficiency")}, 19.5,
                                      AlarmPriority::High, gbt50493), // 19.5 %VOL
               ThresholdRule::rising("high", {QStringLiteral("富氧"), QStringLiteral("enrichment")}, 23.5,
                                     AlarmPriority::Medium, gbt50493)}; // 23.5 %VOL
    return k;
}

QStringList CommonRules::toxicGases()
{
    QStringList out;
    for (const ToxicGas &g : toxicTable)
        out.append(QString::fromLatin1(g.id));
    return out;
}

AlarmKind CommonRules::toxicGas(const QString &gas)
{
    for (const ToxicGas &g : toxicTable) {
        if (gas != QLatin1String(g.id))
            continue;
        const QString source = gbt50493 + QStringLiteral(" (OEL ") + QString::number(g.oel) + QStringLiteral(" mg/m3)");
        // 100 % and 200 % of the OEL; the OEL table is U, so both rules are flagged.
        // The id is the catalogue key, as the feed sends it (core/alarmkinds.h).
        AlarmKind k = twoLevels(gas, LocalizedName::of(g.zh, g.en), "mg/m3", g.oel, 2 * g.oel, source);
        for (ThresholdRule &rule : k.rules)
            rule.unconfirmed = true;
        return k;
    }
    return {};
}

AlarmKind CommonRules::setpointLimits(const QString &id, const LocalizedName &name, const QString &unit)
{
    const QString source = QStringLiteral("enterprise setpoint");
    AlarmKind k;
    k.id = id;
    k.name = name;
    k.unit = unit;
    k.rules = {ThresholdRule::falling("low_low", {QStringLiteral("低低限"), QStringLiteral("low-low limit")},
                                      std::nullopt, AlarmPriority::Medium, source),
               ThresholdRule::falling("low", {QStringLiteral("低限"), QStringLiteral("low limit")}, std::nullopt,
                                      AlarmPriority::Low, source),
               ThresholdRule::rising("high", {QStringLiteral("高限"), QStringLiteral("high limit")}, std::nullopt,
                                     AlarmPriority::Medium, source),
               ThresholdRule::rising("high_high", {QStringLiteral("高高限"), QStringLiteral("high-high limit")},
                                     std::nullopt, AlarmPriority::High, source)};
    return k;
}

AlarmKind CommonRules::signal(const QString &id, const LocalizedName &name, AlarmPriority priority,
                              const QString &source)
{
    AlarmKind k;
    k.id = id;
    k.name = name;
    k.unit = QStringLiteral("state");
    // 1 is the "active" state of the signal, not a measured limit.
    k.rules = {ThresholdRule::rising("active", LocalizedName::of("信号动作", "signal active"), 1, priority, source)};
    return k;
}

core::ResponseLevel CommonRules::gasReleaseResponse(const core::Enterprise &enterprise, const core::AlarmEvent &event,
                                                    const Classification &judged)
{
    using core::MajorHazardGrade;
    const bool toxic = toxicGases().contains(event.kind);
    const bool combustible = event.kind == core::toKey(core::AlarmKindId::CombustibleGas)
                             || event.kind == core::toKey(core::AlarmKindId::CombustibleGasOpenPath);
    if ((!toxic && !combustible) || judged.priority < AlarmPriority::High || enterprise.majorHazard == MajorHazardGrade::None)
        return judged.responseLevel;
    const bool topGrades = enterprise.majorHazard == MajorHazardGrade::One || enterprise.majorHazard == MajorHazardGrade::Two;
    return toxic && topGrades ? core::ResponseLevel::III : core::ResponseLevel::IV;
}

} // namespace cp::sectors
