// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/risklevel.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace cp::sectors {

//! One hazardous substance held in a unit: actual quantity q, critical quantity Q, correction β.
struct HazardInventoryItem
{
    QString substance;
    double quantity = 0;         //!< q, tonnes actually on line
    double criticalQuantity = 0; //!< Q, tonnes (GB 18218-2018 Table 1/2)
    double beta = 1;             //!< β correction factor
};

//! The outcome of identifying and grading a unit per GB 18218-2018 (DOMAIN.md §3.1).
struct MajorHazardAssessment
{
    double s = 0;     //!< S = Σ q/Q; ≥ 1 means a major hazard source
    double alpha = 0; //!< α from the people resident within 500 m
    double r = 0;     //!< R = α·Σ β·q/Q
    core::MajorHazardGrade grade = core::MajorHazardGrade::None;
};

/*!
 * \brief Major hazard installation (危险化学品重大危险源) identification and grading.
 *
 * Identification S = Σ qᵢ/Qᵢ ≥ 1 (GB 18218-2018 §4.2); grading R = α·Σ βᵢ qᵢ/Qᵢ with grade
 * boundaries 100 / 50 / 10 (《危险化学品重大危险源监督管理暂行规定》 Annex 1). Shared by every sector
 * that stores hazardous chemicals (hazchem plants, chemical parks, gas storage).
 */
class MajorHazard
{
public:
    //! α for \a residents people living within 500 m of the boundary: 0 → 0.5, 1–29 → 1.0,
    //! 30–49 → 1.2, 50–99 → 1.5, ≥100 → 2.0.
    static double alpha(int residents);
    /*!
     * β of a toxic gas by id ("co", "so2", "nh3", "ethylene_oxide", "hcl", "methyl_bromide", "cl2",
     * "h2s", "hf", "no2", "hcn", "cocl2", "ph3", "methyl_isocyanate"); nullopt when not listed.
     */
    static std::optional<double> toxicGasBeta(const QString &gas);
    //! β by GB 18218-2018 hazard class ("J1" … "J5", "W1.1" … "W11"); nullopt when unknown. U.
    static std::optional<double> hazardClassBeta(const QString &hazardClass);
    //! The grade of \a r: ≥100 one, ≥50 two, ≥10 three, else four.
    static core::MajorHazardGrade gradeOf(double r);
    //! S, α, R and grade of \a items with \a residents within 500 m; grade None when S < 1.
    static MajorHazardAssessment assess(const QList<HazardInventoryItem> &items, int residents);

    /*!
     * Reads the inventory from a sector's attributes: "inventory" is a list of maps
     * {substance, q, Q, and one of beta / toxicGas / hazardClass}; "residents_500m" an integer.
     * Returns nullopt and sets \a error (naming the row and field) on bad input; returns nullopt
     * with an empty error when there is no inventory.
     */
    static std::optional<MajorHazardAssessment> assessAttributes(const QVariantMap &attributes, QString *error);
};

} // namespace cp::sectors
