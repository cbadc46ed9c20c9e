// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace cp::core {

/*!
 * \brief Installs the compiled-in CommandPost and Qt translations for \a locale on \a app.
 *
 * English is the source language, so an English locale installs nothing. Returns the languages
 * that were installed; translators are parented to \a app.
 */
QStringList installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace cp::core
