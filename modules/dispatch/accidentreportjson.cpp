// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/accidentreportjson.h"

#include "dispatch/tr.h"

namespace cp::dispatch {

namespace {
QString timeText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
} // namespace

QJsonObject reportToJson(const AccidentReport &r)
{
    return {{QStringLiteral("incident_id"), r.incidentId},
            {QStringLiteral("kind"), toKey(r.kind)},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("unit"), r.unit},
            {QStringLiteral("occurred_at"), timeText(r.occurredAt)},
            {QStringLiteral("place"), r.place},
            {QStringLiteral("account"), r.account},
            {QStringLiteral("deaths"), r.deaths},
            {QStringLiteral("missing"), r.missing},
            {QStringLiteral("seriously_injured"), r.seriouslyInjured},
            {QStringLiteral("direct_loss_yuan"), r.directLossYuan},
            {QStringLiteral("measures"), r.measures},
            {QStringLiteral("reporter"), r.reporter},
            {QStringLiteral("reporter_phone"), r.reporterPhone},
            {QStringLiteral("officer_grade"), toKey(r.officerGrade)},
            {QStringLiteral("submitted_at"), timeText(r.submittedAt)},
            {QStringLiteral("submitted_by"), r.submittedBy}};
}

std::optional<AccidentReport> reportFromJson(const QJsonObject &json, QString *error)
{
    QString wrong;
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    const auto count = [&](const char *key) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isDouble() && wrong.isEmpty())
            wrong = QLatin1String(key);
        return v.toInt();
    };
    const auto time = [&](const char *key) {
        const QDateTime t = QDateTime::fromString(text(key), Qt::ISODateWithMs);
        if (!text(key).isEmpty() && !t.isValid() && wrong.isEmpty())
            wrong = QLatin1String(key);
        return t;
    };
    AccidentReport r;
    r.incidentId = text("incident_id");
    const auto kind = core::fromKey<ReportKind>(text("kind"));
    const auto grade = core::fromKey<AccidentGrade>(text("officer_grade"));
    if (!kind)
        wrong = QStringLiteral("kind");
    else if (!grade)
        wrong = QStringLiteral("officer_grade");
    r.kind = kind.value_or(ReportKind::Initial);
    r.officerGrade = grade.value_or(AccidentGrade::General);
    r.version = count("version");
    r.unit = text("unit");
    r.occurredAt = time("occurred_at");
    r.place = text("place");
    r.account = text("account");
    r.deaths = count("deaths");
    r.missing = count("missing");
    r.seriouslyInjured = count("seriously_injured");
    r.directLossYuan = json.value(QLatin1String("direct_loss_yuan")).toDouble();
    r.measures = text("measures");
    r.reporter = text("reporter");
    r.reporterPhone = text("reporter_phone");
    r.submittedAt = time("submitted_at");
    r.submittedBy = text("submitted_by");
    if (!wrong.isEmpty()) {
        if (error)
            *error = Tr::tr("Accident report: the field \"%1\" is missing or wrong").arg(wrong);
        return std::nullopt;
    }
    return r;
}

} // namespace cp::dispatch
