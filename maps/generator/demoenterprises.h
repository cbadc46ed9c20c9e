// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "countyshape.h"
#include "demorandom.h"

#include "core/enterprise.h"
#include "core/roadsegment.h"
#include "core/town.h"

#include <QList>
#include <QSet>

namespace cp::demo {

/*!
 * \brief The demo enterprises: the plan's public counts (5 hazardous-chemical producers, 72 filling
 * stations) and several hundred invented ones across all 13 sectors, named and placed plausibly.
 */
class EnterpriseGenerator
{
public:
    EnterpriseGenerator(const CountyShape &shape, DemoRandom &random);

    QList<core::Enterprise> generate(const QList<core::Town> &towns, const QList<core::RoadSegment> &roads);

private:
    struct Recipe;
    void add(const Recipe &recipe, int count);
    core::RiskLevel drawRisk(const double (&weights)[4]);
    QString brand();

    const CountyShape &m_shape;
    DemoRandom &m_random;
    QList<core::Town> m_towns;
    QList<core::GeoPoint> m_trunkPoints;
    QList<core::Enterprise> m_enterprises;
    QSet<QString> m_names;
};

} // namespace cp::demo
