// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace cp::routing {

/*!
 * \brief A monotone priority queue for Dijkstra (radix heap, Ahuja, Mehlhorn, Orlin and Tarjan 1990).
 *
 * Keys are non-negative doubles, whose bit patterns order like the numbers, and never fall below the last
 * key popped, which holds for Dijkstra with non-negative arc times. Push is O(1); each entry moves between
 * its 65 buckets at most 64 times, and in practice once or twice, so it beats a binary heap by avoiding
 * the log n sifts. There is no decrease-key: callers skip entries that are out of date.
 */
class RadixHeap
{
public:
    struct Entry
    {
        std::uint64_t key;
        std::uint32_t value;
    };

    bool empty() const { return m_size == 0; }

    void clear()
    {
        for (auto &bucket : m_buckets)
            bucket.clear();
        m_size = 0;
        m_last = 0;
    }

    void push(double key, std::uint32_t value)
    {
        const std::uint64_t bits = bitsOf(key);
        m_buckets[bucketOf(bits)].push_back({bits, value});
        ++m_size;
    }

    //! Removes and returns an entry with the smallest key; the heap must not be empty.
    Entry pop()
    {
        if (m_buckets[0].empty()) {
            std::size_t i = 1;
            while (m_buckets[i].empty())
                ++i;
            std::vector<Entry> &from = m_buckets[i];
            std::uint64_t smallest = from.front().key;
            for (const Entry &e : from)
                smallest = e.key < smallest ? e.key : smallest;
            m_last = smallest;
            for (const Entry &e : from)
                m_buckets[bucketOf(e.key)].push_back(e);
            from.clear();
        }
        const Entry e = m_buckets[0].back();
        m_buckets[0].pop_back();
        --m_size;
        return e;
    }

    static std::uint64_t bitsOf(double key)
    {
        std::uint64_t bits;
        std::memcpy(&bits, &key, sizeof bits);
        return bits;
    }

    static double keyOf(std::uint64_t bits)
    {
        double key;
        std::memcpy(&key, &bits, sizeof key);
        return key;
    }

private:
    std::size_t bucketOf(std::uint64_t bits) const
    {
        return bits == m_last ? 0 : 64 - static_cast<std::size_t>(__builtin_clzll(bits ^ m_last));
    }

    std::array<std::vector<Entry>, 65> m_buckets;
    std::size_t m_size = 0;
    std::uint64_t m_last = 0;
};

} // namespace cp::routing
