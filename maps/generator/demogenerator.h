// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "countyshape.h"
#include "demorandom.h"

#include "storage/registry.h"

#include <cstdint>

namespace cp::demo {

/*!
 * \brief Makes the Liangshan demo data set: real boundary and public counts, everything else synthetic.
 *
 * Deterministic: the same seed and boundary give the same registry, record for record. What is real
 * and what is invented is listed in maps/README.md; every invented position is marked illustrative
 * there, and towns carry the flag in their records.
 */
class DemoGenerator
{
public:
    static constexpr std::uint64_t defaultSeed = 20261129;

    //! \a shape must outlive the generator.
    DemoGenerator(const CountyShape &shape, std::uint64_t seed);

    storage::Registry generate();

private:
    void makeSectors();
    void makeTowns();
    void makeDemandPoints();

    const CountyShape &m_shape;
    DemoRandom m_random;
    storage::Registry m_registry;
};

} // namespace cp::demo
