// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace cp::core {

/*!
 * \brief One row of a table that maps an enum value to its stable storage key.
 *
 * Keys are what the store, the feed and the plugins write; they never change once released,
 * while enumerator names may. Display names are a separate, translated concern.
 */
template<typename Enum>
struct EnumKey
{
    Enum value;
    const char *key;
};

//! The key of \a value in \a table; an empty string if the table lacks it.
template<typename Enum, std::size_t N>
QString keyOf(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.key);
    }
    return {};
}

//! The enum value whose key is \a key, or nullopt when no row has it.
template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumKey<Enum> (&table)[N], const QString &key)
{
    for (const auto &row : table) {
        if (key == QLatin1String(row.key))
            return row.value;
    }
    return std::nullopt;
}

} // namespace cp::core

namespace cp::core {

/*!
 * \brief Parses a stable key into \a Enum; specialised next to each enum.
 * \returns nullopt when \a key names no value, so callers can report the bad key.
 */
template<typename Enum>
std::optional<Enum> fromKey(const QString &key);

} // namespace cp::core
