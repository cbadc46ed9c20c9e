// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include "core/qtcompat.h"

#include <QTranslator>

namespace cp::core {

QStringList installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QStringList installed;
    if (locale.language() == QLocale::English)
        return installed;
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("commandpost"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(ours);
        installed << ours->language();
    } else {
        delete ours;
    }
    // Qt's own strings (standard buttons, dialogs), from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 cp::compat::qtTranslationsPath())) {
        app.installTranslator(qt);
    } else {
        delete qt;
    }
    return installed;
}

} // namespace cp::core
