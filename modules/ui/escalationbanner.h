// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/alarm.h"

#include <QLabel>

namespace cp::ui {

/*!
 * \brief The console's escalation row above the alarm table: "N alarm(s) escalated: <who must be
 * told>" for each escalation stage that holds alarms, the highest first; hidden while none is.
 *
 * It counts every alarm, whatever the console's filters hide: an escalation is never filtered away.
 */
class EscalationBanner : public QLabel
{
    Q_OBJECT

public:
    explicit EscalationBanner(QWidget *parent = nullptr);

    //! Shows the escalations among \a alarms, or hides the row when there are none.
    void showEscalations(const QList<core::Alarm> &alarms);
};

} // namespace cp::ui
