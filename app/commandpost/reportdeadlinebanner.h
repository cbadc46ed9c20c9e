// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "dispatch/reportdeadlines.h"

#include <QLabel>

namespace cp::app {

/*!
 * \brief The reporting deadlines of an accident (493号, dispatch/reportdeadlines.h) as one line each:
 * what is due, its countdown and when; overdue ones in red and bold, met and closed ones with their time.
 *
 * Display only: the deadlines and their remaining time come computed from reportDeadlines().
 */
class ReportDeadlineBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ReportDeadlineBanner(QWidget *parent = nullptr);

    //! Shows \a deadlines in their order.
    void showDeadlines(const QList<dispatch::Deadline> &deadlines);

    //! The colour overdue deadlines are written in.
    static QColor overdueColor();
};

} // namespace cp::app
