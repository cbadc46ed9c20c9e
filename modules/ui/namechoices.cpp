// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/namechoices.h"

#include <QComboBox>

#include <algorithm>

namespace cp::ui {

void addNameChoices(QComboBox &box, const QHash<QString, QString> &names)
{
    QList<QPair<QString, QString>> sorted;
    for (auto it = names.begin(); it != names.end(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[name, id] : sorted)
        box.addItem(name, id);
}

} // namespace cp::ui
