// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace cp::feeds {

//! Where the parts of a page are in its bytes, found without parsing the items themselves.
struct PageLayout
{
    bool ok = false;
    QString error;                 //!< translated, when !ok
    QString cursor;                //!< the top-level "cursor", decoded
    struct Range
    {
        int begin;
        int end;                   //!< one past the item's last byte
    };
    QVector<Range> items;          //!< each element of the top-level "alarms" array
};

/*!
 * \brief Reads the structure of a feed page that a JSON parser refused as a whole.
 *
 * One bad item (a number out of range such as 1e400, invalid UTF-8 in a string) makes the whole
 * document invalid for QJsonDocument, but not the page's structure: strings, escapes and nesting
 * still say where each item begins and ends. The scanner finds the top-level "cursor" and the
 * items of "alarms", so each item can be parsed, taken or quarantined on its own. A page whose
 * structure is broken too (not an object, no string cursor, no alarms array, cut off) is not ok.
 */
PageLayout scanPage(const QByteArray &body);

} // namespace cp::feeds
