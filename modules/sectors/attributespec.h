// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "sectors/localizedname.h"

#include <QList>
#include <QVariant>

namespace cp::sectors {

/*!
 * \brief One enterprise attribute a sector adds to the common ones, and how the facility panel
 * shows it.
 *
 * The value lives in Enterprise::sectorAttributes under key. The panel lists a sector's
 * attributes in the plugin's order, labelled with name and formatted by displayText().
 */
struct AttributeSpec
{
    enum class Type
    {
        Text,
        Number,  //!< shown with decimals and unit
        Integer, //!< shown with unit
        Boolean, //!< shown as yes / no
        Date,    //!< stored as ISO 8601 "yyyy-MM-dd"
        Choice,  //!< stored as a choice key, shown as its name
    };

    struct Choice
    {
        QString key;
        LocalizedName name;
    };

    QString key;
    LocalizedName name;
    Type type = Type::Text;
    QString unit;
    int decimals = 1;
    QList<Choice> choices;
    //! Where the attribute is defined (a standard or regulation), empty when self-evident.
    QString source;

    /*!
     * The panel's text for \a value in \a locale: "—" for a missing value, the choice's name for a
     * choice (the raw key when the plugin does not know it), "yes"/"no" for a boolean.
     */
    QString displayText(const QVariant &value, const QLocale &locale = QLocale()) const;

    static AttributeSpec make(const char *key, LocalizedName name, Type type, QString unit = QString(),
                              QString source = QString())
    {
        AttributeSpec a;
        a.key = QString::fromLatin1(key);
        a.name = std::move(name);
        a.type = type;
        a.unit = std::move(unit);
        a.source = std::move(source);
        return a;
    }
    AttributeSpec withChoices(QList<Choice> list) const
    {
        AttributeSpec a = *this;
        a.type = Type::Choice;
        a.choices = std::move(list);
        return a;
    }
};

} // namespace cp::sectors
