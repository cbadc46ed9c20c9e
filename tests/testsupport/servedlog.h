// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace cp::test {

//! What commandpost-feedsim served (its --log): every event of a complete answer is valid, the rest never arrived whole.
struct ServedLog
{
    QHash<QString, QJsonObject> valid; //!< by event id
    QSet<QString> onlyBroken;          //!< ids only ever sent in a truncated or corrupted answer
};

//! Reads the simulator's JSON-lines log at \a path; a line still being written is skipped.
ServedLog readServedLog(const QString &path);

} // namespace cp::test
