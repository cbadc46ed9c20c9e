// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/accidentreport.h"

#include <QCoreApplication>
#include <QString>

namespace cp::app {

/*!
 * \brief A stored version of an accident report printed as the report form (生产安全事故快报): one A4
 * page with the title, the version and kind, a table of every field and who submitted it when (Beijing time).
 */
class AccidentReportForm
{
    Q_DECLARE_TR_FUNCTIONS(cp::app::AccidentReportForm)

public:
    //! Writes \a report to \a pdfPath; false with a translated \a error naming the file when it cannot.
    static bool print(const dispatch::AccidentReport &report, const QString &pdfPath, QString *error);
};

} // namespace cp::app
