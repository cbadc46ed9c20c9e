// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace cp::demo {

/*!
 * \brief A seeded random source whose sequence is the same on every platform and library.
 *
 * std::mt19937_64 is fully specified by the standard, but the std:: distributions are not, so the
 * mappings to [0, 1), integers and normals are written out here: same seed, same data set.
 */
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    //! Uniform in [0, 1).
    double uniform() { return static_cast<double>(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    //! Uniform integer in [low, high].
    int integer(int low, int high) { return low + static_cast<int>(uniform() * (high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }
    //! Standard normal by Box–Muller.
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[integer(0, static_cast<int>(N) - 1)]; }
    template<typename List>
    const auto &pick(const List &list) { return list.at(integer(0, static_cast<int>(list.size()) - 1)); }

private:
    std::mt19937_64 m_engine;
};

} // namespace cp::demo
