// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The one place where Qt 5.15 and Qt 6 differ in API we use (DESIGN.md, Qt 5/6 policy).

#include <QLibraryInfo>
#include <QtGlobal>

namespace cp::compat {

inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace cp::compat
