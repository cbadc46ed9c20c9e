// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/accidentreport.h"

#include "core/beijingtime.h"
#include "dispatch/tr.h"

#include <cmath>

namespace cp::dispatch {

namespace {
const core::EnumKey<ReportKind> reportKindKeys[] = {
    {ReportKind::Initial, "initial"},
    {ReportKind::FollowUp, "follow_up"},
    {ReportKind::Final, "final"},
};

//! A phone number as officers write it: digits with +, -, spaces or brackets, at least three digits (110).
bool isPhoneNumber(const QString &text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char(' ') && c != QLatin1Char('(')
                 && c != QLatin1Char(')'))
            return false;
    }
    return digits >= 3;
}

//! Sets \a out to \a field and returns \a message, so each check below is one line.
QString problem(ReportField field, const QString &message, ReportField *out)
{
    if (out)
        *out = field;
    return message;
}

QString missingField(ReportField field, ReportField *out)
{
    return problem(field, Tr::tr("%1 is missing.").arg(fieldLabel(field)), out);
}

QString negativeCount(ReportField field, int value, ReportField *out)
{
    return problem(field, Tr::tr("%1 cannot be negative (%2).").arg(fieldLabel(field)).arg(value), out);
}
} // namespace

QString toKey(ReportKind kind) { return core::keyOf(reportKindKeys, kind); }

QString displayName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Initial: return Tr::tr("Initial report");
    case ReportKind::FollowUp: return Tr::tr("Follow-up report");
    case ReportKind::Final: return Tr::tr("Final report");
    }
    return {};
}

QString fieldLabel(ReportField field)
{
    switch (field) {
    case ReportField::Incident: return Tr::tr("Incident");
    case ReportField::Kind: return Tr::tr("Report");
    case ReportField::Version: return Tr::tr("Version");
    case ReportField::Unit: return Tr::tr("Unit where it happened");
    case ReportField::OccurredAt: return Tr::tr("Time of the accident");
    case ReportField::Place: return Tr::tr("Place of the accident");
    case ReportField::Account: return Tr::tr("Brief account");
    case ReportField::Deaths: return Tr::tr("Dead");
    case ReportField::Missing: return Tr::tr("Missing");
    case ReportField::SeriouslyInjured: return Tr::tr("Seriously injured");
    case ReportField::DirectLoss: return Tr::tr("Estimated direct loss (yuan)");
    case ReportField::Measures: return Tr::tr("Measures taken");
    case ReportField::Reporter: return Tr::tr("Reporter");
    case ReportField::ReporterPhone: return Tr::tr("Reporter's phone");
    case ReportField::OfficerGrade: return Tr::tr("Grade given by the officer");
    case ReportField::SubmittedAt: return Tr::tr("Submitted at");
    case ReportField::SubmittedBy: return Tr::tr("Submitted by");
    }
    return {};
}

QString reportProblem(const AccidentReport &report, const QDateTime &now, ReportField *field)
{
    if (report.incidentId.trimmed().isEmpty())
        return missingField(ReportField::Incident, field);
    if (report.version < 1)
        return problem(ReportField::Version, Tr::tr("%1 must be 1 or more (%2).").arg(fieldLabel(ReportField::Version)).arg(report.version),
                       field);
    if (report.unit.trimmed().isEmpty())
        return missingField(ReportField::Unit, field);
    if (!report.occurredAt.isValid())
        return missingField(ReportField::OccurredAt, field);
    if (now.isValid() && report.occurredAt > now)
        return problem(ReportField::OccurredAt,
                       Tr::tr("%1 (%2) is later than now (%3).")
                           .arg(fieldLabel(ReportField::OccurredAt), core::beijingText(report.occurredAt), core::beijingText(now)),
                       field);
    if (report.place.trimmed().isEmpty())
        return missingField(ReportField::Place, field);
    if (report.account.trimmed().isEmpty())
        return missingField(ReportField::Account, field);
    if (report.deaths < 0)
        return negativeCount(ReportField::Deaths, report.deaths, field);
    if (report.missing < 0)
        return negativeCount(ReportField::Missing, report.missing, field);
    if (report.seriouslyInjured < 0)
        return negativeCount(ReportField::SeriouslyInjured, report.seriouslyInjured, field);
    if (!std::isfinite(report.directLossYuan) || report.directLossYuan < 0)
        return problem(ReportField::DirectLoss,
                       Tr::tr("%1 must be an amount of zero or more.").arg(fieldLabel(ReportField::DirectLoss)), field);
    if (report.reporter.trimmed().isEmpty())
        return missingField(ReportField::Reporter, field);
    if (report.reporterPhone.trimmed().isEmpty())
        return missingField(ReportField::ReporterPhone, field);
    if (!isPhoneNumber(report.reporterPhone.trimmed()))
        return problem(ReportField::ReporterPhone,
                       Tr::tr("%1 \"%2\" is not a phone number.").arg(fieldLabel(ReportField::ReporterPhone), report.reporterPhone),
                       field);
    if (report.submittedAt.isValid() && report.submittedAt < report.occurredAt)
        return problem(ReportField::SubmittedAt,
                       Tr::tr("%1 (%2) is before the accident (%3).")
                           .arg(fieldLabel(ReportField::SubmittedAt), core::beijingText(report.submittedAt),
                                core::beijingText(report.occurredAt)),
                       field);
    if (report.submittedAt.isValid() && now.isValid() && report.submittedAt > now)
        return problem(ReportField::SubmittedAt,
                       Tr::tr("%1 (%2) is later than now (%3).")
                           .arg(fieldLabel(ReportField::SubmittedAt), core::beijingText(report.submittedAt), core::beijingText(now)),
                       field);
    return {};
}

} // namespace cp::dispatch

namespace cp::core {
template<>
std::optional<dispatch::ReportKind> fromKey<dispatch::ReportKind>(const QString &key)
{
    return valueOf(dispatch::reportKindKeys, key);
}
} // namespace cp::core
