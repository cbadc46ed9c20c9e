// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/town.h"

namespace cp::demo {

//! A town's name without its administrative suffix, as local names use it: "拳铺镇" → "拳铺".
inline QString townShortName(const core::Town &town)
{
    QString name = town.name;
    for (const char *suffix : {"经济开发区", "街道", "镇", "乡"}) {
        const QString s = QString::fromUtf8(suffix);
        if (name.endsWith(s))
            name.chop(s.size());
    }
    return name;
}

} // namespace cp::demo
