// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/alarmrows.h"

#include "storage/rowreader.h"
#include "storage/sqlstatement.h"
#include "storage/storetime.h"

#include <QStringList>

namespace cp::storage::alarmrows {

namespace {

// In the order of values() and read() (after read()'s leading key column).
const char *const columns[] = {
    "enterprise_id", "sensor_id", "kind", "feed_id", "event_id", "value", "unit", "threshold", "state", "priority",
    "response_level", "classified", "explanation", "message", "condition_active", "raised_at", "updated_at",
    "active_since", "unacknowledged_since", "shelved_until", "acknowledged_by", "acknowledged_at", "state_by",
    "state_at", "state_reason", "verification", "verification_reason", "verified_by", "verified_at", "escalation",
    "recent_activations", "activation_count", "chattering", "stale",
};
constexpr int keyColumns = 3;

QStringList columnList()
{
    QStringList out;
    for (const char *c : columns)
        out.append(QString::fromLatin1(c));
    return out;
}

//! The chatter window's activations as milliseconds since the epoch, comma-separated: a short list.
QString activationsText(const QList<QDateTime> &times)
{
    QStringList out;
    for (const QDateTime &t : times)
        out.append(QString::number(t.toMSecsSinceEpoch()));
    return out.join(QLatin1Char(','));
}

QList<QDateTime> activationsFrom(const QString &text)
{
    QList<QDateTime> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(QDateTime::fromMSecsSinceEpoch(part.toLongLong(), Qt::UTC));
    return out;
}

} // namespace

QString upsertSql()
{
    // Written over the version the writer read: another seat's change since then refuses the write.
    return versionedUpsertSql(QStringLiteral("alarms"), columnList(), keyColumns);
}

//! A key part as text: an empty part (a feed's communication alarm has no enterprise) is '' in the
//! store, never NULL, so the key's uniqueness holds and its NOT NULL constraint does.
QString keyPart(const QString &part) { return part.isNull() ? QStringLiteral("") : part; }

QVariantList values(const core::Alarm &a)
{
    return {keyPart(a.key.enterpriseId), keyPart(a.key.sensorId), keyPart(a.key.kind), a.feedId, a.eventId, a.value, a.unit, a.threshold,
            core::toKey(a.state), core::toKey(a.priority), core::toKey(a.responseLevel), a.classified, a.explanation,
            a.message, a.conditionActive, storeTimeValue(a.raisedAt), storeTimeValue(a.updatedAt),
            storeTimeValue(a.activeSince), storeTimeValue(a.unacknowledgedSince), storeTimeValue(a.shelvedUntil),
            a.acknowledgedBy, storeTimeValue(a.acknowledgedAt), a.stateBy, storeTimeValue(a.stateAt), a.stateReason,
            core::toKey(a.verification), a.verificationReason, a.verifiedBy, storeTimeValue(a.verifiedAt),
            core::toKey(a.escalation), activationsText(a.recentActivations), a.activationCount, a.chattering, a.stale,
            a.rowVersion, a.rowVersion};
}

QString selectSql()
{
    // The key first: RowReader names a record by column 0.
    return QStringLiteral("SELECT enterprise_id || '/' || sensor_id || '/' || kind, %1, row_version FROM alarms")
        .arg(columnList().join(QStringLiteral(", ")));
}

core::Alarm read(const QSqlQuery &q, RowReader &reader)
{
    core::Alarm a;
    int c = 1;
    const auto text = [&q, &c] { return q.value(c++).toString(); };
    const auto time = [&q, &c] { return storeTimeFrom(q.value(c++)); };
    const auto flag = [&q, &c] { return q.value(c++).toBool(); };
    a.key.enterpriseId = text();
    a.key.sensorId = text();
    a.key.kind = text();
    a.feedId = text();
    a.eventId = text();
    a.value = q.value(c++).toDouble();
    a.unit = text();
    a.threshold = q.value(c++).toDouble();
    a.state = reader.key<core::AlarmState>(q, c++, "state");
    a.priority = reader.key<core::AlarmPriority>(q, c++, "priority");
    a.responseLevel = reader.key<core::ResponseLevel>(q, c++, "response_level");
    a.classified = flag();
    a.explanation = text();
    a.message = text();
    a.conditionActive = flag();
    a.raisedAt = time();
    a.updatedAt = time();
    a.activeSince = time();
    a.unacknowledgedSince = time();
    a.shelvedUntil = time();
    a.acknowledgedBy = text();
    a.acknowledgedAt = time();
    a.stateBy = text();
    a.stateAt = time();
    a.stateReason = text();
    a.verification = reader.key<core::Verification>(q, c++, "verification");
    a.verificationReason = text();
    a.verifiedBy = text();
    a.verifiedAt = time();
    a.escalation = reader.key<core::EscalationStage>(q, c++, "escalation");
    a.recentActivations = activationsFrom(text());
    a.activationCount = q.value(c++).toInt();
    a.chattering = flag();
    a.stale = flag();
    a.rowVersion = q.value(c++).toInt();
    return a;
}

} // namespace cp::storage::alarmrows
