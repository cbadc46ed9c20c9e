// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHash>
#include <QString>

class QComboBox;

namespace cp::ui {

//! Appends \a names (id → shown name) to \a box sorted by shown name, each with its id as item data.
void addNameChoices(QComboBox &box, const QHash<QString, QString> &names);

} // namespace cp::ui
