// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/enumkeys.h"
#include "dispatch/accidentgrade.h"

#include <QDateTime>
#include <QString>

namespace cp::dispatch {

//! Which report of an accident this is: the first (初报), one of the follow-ups (续报) or the last (终报).
enum class ReportKind
{
    Initial,  //!< 初报
    FollowUp, //!< 续报
    Final,    //!< 终报
};

QString toKey(ReportKind kind);
QString displayName(ReportKind kind);

//! The fields of an accident report, for labels and for naming the field a problem is in.
enum class ReportField
{
    Incident,
    Kind,
    Version,
    Unit,
    OccurredAt,
    Place,
    Account,
    Deaths,
    Missing,
    SeriouslyInjured,
    DirectLoss,
    Measures,
    Reporter,
    ReporterPhone,
    OfficerGrade,
    SubmittedAt,
    SubmittedBy,
};

//! The field's label on the form and in the dialog ("Place of the accident").
QString fieldLabel(ReportField field);

/*!
 * \brief An accident report (事故快报) with the content 国务院令第493号 art.12 asks for: the unit, the
 * time and place, a short account, the casualties (the missing included) and the estimated direct
 * loss, the measures taken; plus who reports, how to call them back, and the grade the officer gave.
 *
 * Times are absolute (any time spec); they are shown in Beijing time.
 */
struct AccidentReport
{
    QString incidentId;
    ReportKind kind = ReportKind::Initial;
    int version = 1;  //!< 1 for the first report of the incident, one more for each later one
    QString unit;     //!< 事故发生单位概况: the unit where it happened, what it is and does
    QDateTime occurredAt;
    QString place;
    QString account;  //!< 事故的简要经过, with the scene as found
    int deaths = 0;
    int missing = 0;
    int seriouslyInjured = 0;
    double directLossYuan = 0; //!< estimated (初步估计) direct economic loss
    QString measures; //!< 已经采取的措施
    QString reporter;
    QString reporterPhone;
    AccidentGrade officerGrade = AccidentGrade::General; //!< the grade the officer entered
    QDateTime submittedAt; //!< when it reached the county-level department; invalid while a draft
    QString submittedBy;

    AccidentFigures figures() const { return {deaths, missing, seriouslyInjured, directLossYuan}; }
    //! The grade the figures give (accidentGrade()), which may differ from officerGrade.
    AccidentGrade computedGrade() const { return accidentGrade(figures()); }
    bool isSubmitted() const { return submittedAt.isValid(); }
};

/*!
 * \brief What is wrong with \a report, as a translated message that names the field; empty when
 * nothing is. \a now is the present (a parameter, so tests fix it): neither the accident nor the
 * submission may lie after it, and the submission may not come before the accident. \a field
 * (may be nullptr) receives the field the message is about.
 */
QString reportProblem(const AccidentReport &report, const QDateTime &now, ReportField *field = nullptr);

} // namespace cp::dispatch

namespace cp::core {
template<>
std::optional<dispatch::ReportKind> fromKey<dispatch::ReportKind>(const QString &key);
} // namespace cp::core
