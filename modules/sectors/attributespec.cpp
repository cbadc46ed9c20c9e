// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/attributespec.h"

#include "sectors/tr.h"

#include <QDate>

namespace cp::sectors {

QString AttributeSpec::displayText(const QVariant &value, const QLocale &locale) const
{
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return QStringLiteral("—");
    const QString suffix = unit.isEmpty() ? QString() : QStringLiteral(" ") + unit;
    bool ok = false;
    switch (type) {
    case Type::Text:
        return value.toString();
    case Type::Number: {
        const double v = value.toDouble(&ok);
        return ok ? locale.toString(v, 'f', decimals) + suffix : value.toString();
    }
    case Type::Integer: {
        const qlonglong v = value.toLongLong(&ok);
        return ok ? locale.toString(v) + suffix : value.toString();
    }
    case Type::Boolean:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case Type::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : value.toString();
    }
    case Type::Choice:
        for (const Choice &c : choices) {
            if (c.key == value.toString())
                return c.name.text(locale);
        }
        return value.toString();
    }
    return value.toString();
}

} // namespace cp::sectors
