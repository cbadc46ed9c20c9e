// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace cp::sectors {

/*!
 * \brief A name a plugin gives in both of the product's languages.
 *
 * Sector rules are data a plugin carries, not UI strings of the host: the plugin states both
 * names so it needs no translation files of its own.
 */
struct LocalizedName
{
    QString zh;
    QString en;

    //! A name from UTF-8 literals, as plugins write their tables.
    static LocalizedName of(const char *zh, const char *en)
    {
        return {QString::fromUtf8(zh), QString::fromUtf8(en)};
    }

    //! The Chinese name for a Chinese locale, else the English one (the Chinese one when English is empty).
    QString text(const QLocale &locale = QLocale()) const
    {
        if (locale.language() == QLocale::Chinese || en.isEmpty())
            return zh;
        return en;
    }
};

} // namespace cp::sectors
