// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cp::storage {

//! One row of the shared database's change log: which row of which table changed, how, by whom, when.
struct ChangeRecord
{
    qint64 seq = 0;
    QString table;
    QString op; //!< insert, update, delete
    QString rowId; //!< the row's key columns joined by '/'; empty for a statement-level change
    QString actor;
    QDateTime at;
};

} // namespace cp::storage

Q_DECLARE_METATYPE(cp::storage::ChangeRecord)
