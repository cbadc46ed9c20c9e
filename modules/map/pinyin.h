// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace cp::map {

/*!
 * \brief Lower-case pinyin initials of \a text: "梁山化工" → "lshg". Latin letters and digits pass
 * through, other characters are dropped. Uses ICU's Han-Latin transliterator, so duty officers can
 * find "水泊街道" by typing "spjd".
 */
QString pinyinInitials(const QString &text);

//! Full toneless pinyin without spaces: "梁山" → "liangshan".
QString pinyinFull(const QString &text);

} // namespace cp::map
