// SPDX-License-Identifier: GPL-2.0-or-later
// SqlStore: the incident workflow's tables (schema version 5).
#include "storage/sqlstore.h"

#include "core/beijingtime.h"
#include "dispatch/accidentreportjson.h"

#include "storage/rowreader.h"
#include "storage/sqlstatement.h"
#include "storage/storetime.h"
#include "storage/tr.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cp::storage {

namespace {

const QStringList incidentColumns = {
    QStringLiteral("id"),           QStringLiteral("title"),           QStringLiteral("sector"),
    QStringLiteral("incident_type"), QStringLiteral("enterprise_id"),  QStringLiteral("source_alarm_id"),
    QStringLiteral("lon"),          QStringLiteral("lat"),             QStringLiteral("response_level"),
    QStringLiteral("status"),       QStringLiteral("opened_at"),       QStringLiteral("closed_at"),
    QStringLiteral("opened_by"),    QStringLiteral("closing_summary")};

QVariantList incidentValues(const core::Incident &i)
{
    return {i.id, i.title, i.sectorId, i.incidentType, i.enterpriseId, i.sourceAlarmId, i.position.lon, i.position.lat,
            core::toKey(i.responseLevel), core::toKey(i.status), storeTimeValue(i.openedAt), storeTimeValue(i.closedAt),
            i.openedBy, i.closingSummary};
}

QVariantList countValues(const dispatch::ShelterCount &c) { return {c.people, c.elderly, c.children, c.injured}; }

dispatch::ShelterCount countFrom(const QSqlQuery &query, int first)
{
    return {query.value(first).toInt(), query.value(first + 1).toInt(), query.value(first + 2).toInt(),
            query.value(first + 3).toInt()};
}

} // namespace

bool SqlStore::saveIncident(const core::Incident &i, QString *error)
{
    dispatch::IncidentRecords change;
    change.incidents = {i};
    return commitIncidentRecords(change, error);
}

QString SqlStore::staleRowText(const QString &what, const StaleRowQuery &lastAction) const
{
    QSqlQuery query(database());
    QString ignored;
    if (runStatement(query, lastAction.sql, lastAction.key, QString(), &ignored) && query.next() && !query.value(0).toString().isEmpty())
        return Tr::tr("%1: %2 was changed at another seat since this seat read it (last by %3 at %4)")
            .arg(m_location, what, query.value(0).toString(), core::beijingText(storeTimeFrom(query.value(1))));
    return Tr::tr("%1: %2 was changed at another seat since this seat read it").arg(m_location, what);
}

std::optional<QList<core::Incident>> SqlStore::incidents(QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!runStatement(query,
                      QStringLiteral("SELECT %1, row_version FROM incidents ORDER BY opened_at, id").arg(incidentColumns.join(QStringLiteral(", "))),
                      {}, Tr::tr("%1: cannot read the incidents").arg(m_location), error))
        return std::nullopt;
    QList<core::Incident> result;
    RowReader reader(m_location, "incidents");
    while (query.next()) {
        core::Incident i;
        i.id = query.value(0).toString();
        i.title = query.value(1).toString();
        i.sectorId = query.value(2).toString();
        i.incidentType = query.value(3).toString();
        i.enterpriseId = query.value(4).toString();
        i.sourceAlarmId = query.value(5).toString();
        i.position = {query.value(6).toDouble(), query.value(7).toDouble()};
        i.responseLevel = reader.key<core::ResponseLevel>(query, 8, "response_level");
        i.status = reader.key<core::IncidentStatus>(query, 9, "status");
        i.openedAt = storeTimeFrom(query.value(10));
        i.closedAt = storeTimeFrom(query.value(11));
        i.openedBy = query.value(12).toString();
        i.closingSummary = query.value(13).toString();
        i.rowVersion = query.value(14).toInt();
        result.append(i);
    }
    if (reader.failed(error))
        return std::nullopt;
    return result;
}

std::optional<QList<core::DispatchOrder>> SqlStore::dispatchOrders(const QString &incidentId, QString *error) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, incident_id, team_id, status, eta_s, updated_at, updated_by, row_version FROM dispatch_orders");
    QVariantList values;
    if (!incidentId.isEmpty()) {
        sql += QStringLiteral(" WHERE incident_id = ?");
        values.append(incidentId);
    }
    if (!runStatement(query, sql + QStringLiteral(" ORDER BY fid"), values,
                      Tr::tr("%1: cannot read the dispatch orders").arg(m_location), error))
        return std::nullopt;
    QList<core::DispatchOrder> result;
    RowReader reader(m_location, "dispatch_orders");
    while (query.next()) {
        core::DispatchOrder o;
        o.id = query.value(0).toString();
        o.incidentId = query.value(1).toString();
        o.teamId = query.value(2).toString();
        o.status = reader.key<core::DispatchStatus>(query, 3, "status");
        o.etaSeconds = query.value(4).toDouble();
        o.updatedAt = storeTimeFrom(query.value(5));
        o.updatedBy = query.value(6).toString();
        o.rowVersion = query.value(7).toInt();
        result.append(o);
    }
    if (reader.failed(error))
        return std::nullopt;
    return result;
}

bool SqlStore::writeIncidentRecords(const dispatch::IncidentRecords &change, QString *failure)
{
    QSqlQuery query(database());
    const auto write = [&](const QString &sql, const QVariantList &values, const QString &what) {
        return runStatement(query, sql, values, Tr::tr("%1: cannot store %2").arg(m_location, what), failure);
    };
    // A state row is written over the version its writer read; none changed means another seat wrote
    // it since, and the change is refused naming that seat's last action on it.
    const auto writeVersioned = [&](const QString &table, const QStringList &columns, int keyColumns, const QVariantList &values,
                                    int rowVersion, const QString &what, const StaleRowQuery &lastAction) {
        if (!write(versionedUpsertSql(table, columns, keyColumns), values + QVariantList{rowVersion, rowVersion}, what))
            return false;
        if (query.numRowsAffected() > 0)
            return true;
        *failure = staleRowText(what, lastAction);
        return false;
    };
    for (const core::Incident &i : change.incidents) {
        if (!writeVersioned(QStringLiteral("incidents"), incidentColumns, 1, incidentValues(i), i.rowVersion,
                            Tr::tr("incident \"%1\"").arg(i.id),
                            {QStringLiteral("SELECT user_name, at FROM incident_events WHERE incident_id = ? ORDER BY fid DESC LIMIT 1"),
                             {i.id}}))
            return false;
    }
    for (const core::DispatchOrder &o : change.orders) {
        if (!writeVersioned(QStringLiteral("dispatch_orders"),
                            {QStringLiteral("id"), QStringLiteral("incident_id"), QStringLiteral("team_id"), QStringLiteral("status"),
                             QStringLiteral("eta_s"), QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                            1, {o.id, o.incidentId, o.teamId, core::toKey(o.status), o.etaSeconds, storeTimeValue(o.updatedAt), o.updatedBy},
                            o.rowVersion, Tr::tr("dispatch order \"%1\"").arg(o.id),
                            {QStringLiteral("SELECT updated_by, updated_at FROM dispatch_orders WHERE id = ?"), {o.id}}))
            return false;
    }
    for (const dispatch::TeamState &t : change.teams) {
        if (!writeVersioned(QStringLiteral("team_status"),
                            {QStringLiteral("team_id"), QStringLiteral("status"), QStringLiteral("incident_id"),
                             QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                            1, {t.teamId, core::toKey(t.status), t.incidentId, storeTimeValue(t.updatedAt), t.updatedBy}, t.rowVersion,
                            Tr::tr("the status of team \"%1\"").arg(t.teamId),
                            {QStringLiteral("SELECT updated_by, updated_at FROM team_status WHERE team_id = ?"), {t.teamId}}))
            return false;
    }
    for (const dispatch::StockLevel &s : change.stock) {
        if (!writeVersioned(QStringLiteral("depot_stock"),
                            {QStringLiteral("depot_id"), QStringLiteral("item"), QStringLiteral("unit"), QStringLiteral("quantity"),
                             QStringLiteral("minimum")},
                            2, {s.depotId, s.item, s.unit, s.quantity, s.minimum}, s.rowVersion,
                            Tr::tr("the stock of %1 in depot \"%2\"").arg(s.item, s.depotId),
                            {QStringLiteral("SELECT user_name, moved_at FROM supply_movements WHERE ? IN (depot_id, to_depot_id) "
                                            "AND item = ? ORDER BY fid DESC LIMIT 1"),
                             {s.depotId, s.item}}))
            return false;
    }
    for (const dispatch::ShelterState &s : change.shelters) {
        if (!writeVersioned(QStringLiteral("shelter_status"),
                            {QStringLiteral("shelter_id"), QStringLiteral("incident_id"), QStringLiteral("open"),
                             QStringLiteral("people"), QStringLiteral("elderly"), QStringLiteral("children"),
                             QStringLiteral("injured"), QStringLiteral("updated_at"), QStringLiteral("updated_by")},
                            1,
                            QVariantList{s.shelterId, s.incidentId, s.open} + countValues(s.present)
                                + QVariantList{storeTimeValue(s.updatedAt), s.updatedBy},
                            s.rowVersion, Tr::tr("the status of shelter \"%1\"").arg(s.shelterId),
                            {QStringLiteral("SELECT updated_by, updated_at FROM shelter_status WHERE shelter_id = ?"), {s.shelterId}}))
            return false;
    }
    for (const dispatch::PlanTick &t : change.planTicks) {
        if (!write(QStringLiteral("INSERT INTO plan_ticks (incident_id, step_id, ticked_at, user_name) VALUES (?, ?, ?, ?)"),
                   {t.incidentId, t.stepId, storeTimeValue(t.time), t.user}, Tr::tr("plan step \"%1\"").arg(t.stepId)))
            return false;
    }
    for (const dispatch::SupplyMovement &m : change.supplyMovements) {
        if (!write(QStringLiteral("INSERT INTO supply_movements (depot_id, item, quantity, unit, incident_id, moved_at, "
                                  "user_name, travel_s, kind, to_depot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {m.depotId, m.item, m.quantity, m.unit, notNull(m.incidentId), storeTimeValue(m.time), m.user, m.travelSeconds,
                    dispatch::toKey(m.kind), m.toDepotId},
                   Tr::tr("the supply movement of %1 from depot \"%2\"").arg(m.item, m.depotId)))
            return false;
    }
    for (const dispatch::ShelterMovement &m : change.shelterMovements) {
        if (!write(QStringLiteral("INSERT INTO shelter_movements (shelter_id, incident_id, kind, people, elderly, children, "
                                  "injured, moved_at, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   QVariantList{m.shelterId, m.incidentId, dispatch::toKey(m.kind)} + countValues(m.count)
                       + QVariantList{storeTimeValue(m.time), m.user},
                   Tr::tr("a movement at shelter \"%1\"").arg(m.shelterId)))
            return false;
    }
    for (const dispatch::AccidentReport &r : change.reports) {
        const QByteArray content = QJsonDocument(dispatch::reportToJson(r)).toJson(QJsonDocument::Compact);
        if (!write(QStringLiteral("INSERT INTO accident_reports (incident_id, kind, version, submitted_at, submitted_by, content) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {r.incidentId, dispatch::toKey(r.kind), r.version, storeTimeValue(r.submittedAt), r.submittedBy,
                    QString::fromUtf8(content)},
                   Tr::tr("version %1 of the accident report of incident \"%2\"").arg(r.version).arg(r.incidentId)))
            return false;
    }
    for (const dispatch::IncidentEvent &e : change.events) {
        if (!write(QStringLiteral("INSERT INTO incident_events (incident_id, at, user_name, action, detail) VALUES (?, ?, ?, ?, ?)"),
                   {notNull(e.incidentId), storeTimeValue(e.time), e.user, e.action, e.detail},
                   Tr::tr("event %1 of incident \"%2\"").arg(e.action, e.incidentId))
            || !appendAudit({e.user, e.time, e.action, e.incidentId, e.detail}, failure))
            return false;
    }
    return true;
}

bool SqlStore::commitIncidentRecords(const dispatch::IncidentRecords &change, QString *error)
{
    return inTransaction(Tr::tr("the incident change"), error,
                         [&](QString *failure) { return writeIncidentRecords(change, failure); });
}

std::optional<dispatch::IncidentRecords> SqlStore::incidentRecords(QString *error) const
{
    dispatch::IncidentRecords records;
    const std::optional<QList<core::Incident>> incidentRows = incidents(error);
    const std::optional<QList<core::DispatchOrder>> orderRows = incidentRows ? dispatchOrders({}, error) : std::nullopt;
    if (!orderRows)
        return std::nullopt;
    records.incidents = *incidentRows;
    records.orders = *orderRows;

    QSqlQuery query(database());
    query.setForwardOnly(true);
    const auto select = [&](const QString &sql, const QString &table) {
        return runStatement(query, sql, {}, Tr::tr("%1: cannot read %2").arg(m_location, table), error);
    };
    if (!select(QStringLiteral("SELECT team_id, status, incident_id, updated_at, updated_by, row_version FROM team_status ORDER BY fid"),
                QStringLiteral("team_status")))
        return std::nullopt;
    RowReader teams(m_location, "team_status");
    while (query.next())
        records.teams.append({query.value(0).toString(), teams.key<core::TeamStatus>(query, 1, "status"), query.value(2).toString(),
                              storeTimeFrom(query.value(3)), query.value(4).toString(), query.value(5).toInt()});
    if (teams.failed(error))
        return std::nullopt;

    if (!select(QStringLiteral("SELECT depot_id, item, unit, quantity, minimum, row_version FROM depot_stock ORDER BY fid"), QStringLiteral("depot_stock")))
        return std::nullopt;
    while (query.next())
        records.stock.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toInt()});

    if (!select(QStringLiteral("SELECT shelter_id, incident_id, open, people, elderly, children, injured, updated_at, "
                               "updated_by, row_version FROM shelter_status ORDER BY fid"),
                QStringLiteral("shelter_status")))
        return std::nullopt;
    while (query.next())
        records.shelters.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(), countFrom(query, 3),
                                 storeTimeFrom(query.value(7)), query.value(8).toString(), query.value(9).toInt()});

    if (!select(QStringLiteral("SELECT incident_id, step_id, ticked_at, user_name FROM plan_ticks ORDER BY fid"), QStringLiteral("plan_ticks")))
        return std::nullopt;
    while (query.next())
        records.planTicks.append({query.value(0).toString(), query.value(1).toString(), storeTimeFrom(query.value(2)),
                                  query.value(3).toString()});

    if (!select(QStringLiteral("SELECT fid, depot_id, item, quantity, unit, incident_id, moved_at, user_name, travel_s, kind, "
                               "to_depot_id FROM supply_movements ORDER BY fid"),
                QStringLiteral("supply_movements")))
        return std::nullopt;
    RowReader supplies(m_location, "supply_movements");
    while (query.next())
        records.supplyMovements.append({query.value(1).toString(), query.value(2).toString(), query.value(3).toDouble(),
                                        query.value(4).toString(), query.value(5).toString(), storeTimeFrom(query.value(6)),
                                        query.value(7).toString(), query.value(8).toDouble(),
                                        supplies.key<dispatch::SupplyMovementKind>(query, 9, "kind"), query.value(10).toString()});
    if (supplies.failed(error))
        return std::nullopt;

    if (!select(QStringLiteral("SELECT fid, shelter_id, incident_id, kind, people, elderly, children, injured, moved_at, "
                               "user_name FROM shelter_movements ORDER BY fid"),
                QStringLiteral("shelter_movements")))
        return std::nullopt;
    RowReader shelters(m_location, "shelter_movements");
    while (query.next())
        records.shelterMovements.append({query.value(1).toString(), query.value(2).toString(),
                                         shelters.key<dispatch::ShelterMovementKind>(query, 3, "kind"), countFrom(query, 4),
                                         storeTimeFrom(query.value(8)), query.value(9).toString()});
    if (shelters.failed(error))
        return std::nullopt;

    if (!select(QStringLiteral("SELECT incident_id, at, user_name, action, detail FROM incident_events ORDER BY fid"),
                QStringLiteral("incident_events")))
        return std::nullopt;
    while (query.next())
        records.events.append({query.value(0).toString(), storeTimeFrom(query.value(1)), query.value(2).toString(),
                               query.value(3).toString(), query.value(4).toString()});

    if (!select(QStringLiteral("SELECT fid, content FROM accident_reports ORDER BY incident_id, version"),
                QStringLiteral("accident_reports")))
        return std::nullopt;
    while (query.next()) {
        QString problem;
        const auto report = dispatch::reportFromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object(), &problem);
        if (!report) {
            if (error)
                *error = Tr::tr("%1: accident_reports row %2: %3").arg(m_location, query.value(0).toString(), problem);
            return std::nullopt;
        }
        records.reports.append(*report);
    }
    return records;
}

} // namespace cp::storage
