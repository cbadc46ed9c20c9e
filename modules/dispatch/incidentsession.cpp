// SPDX-License-Identifier: GPL-2.0-or-later
#include "dispatch/incidentsession.h"

#include "dispatch/tr.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace cp::dispatch {

namespace {

core::TeamStatus teamStatusOf(core::DispatchStatus status)
{
    switch (status) {
    case core::DispatchStatus::Dispatched: return core::TeamStatus::Dispatched;
    case core::DispatchStatus::EnRoute: return core::TeamStatus::EnRoute;
    case core::DispatchStatus::OnScene: return core::TeamStatus::OnScene;
    case core::DispatchStatus::Returning: return core::TeamStatus::Returning;
    case core::DispatchStatus::Available: break;
    }
    return core::TeamStatus::Available;
}

//! The forward stages an open incident passes through, in order.
int stageOf(core::IncidentStatus status) { return static_cast<int>(status); }

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isPositiveQuantity(double quantity) { return quantity > 0 && std::isfinite(quantity); }

template<typename T, typename Pred>
QList<T> filtered(const QList<T> &list, Pred pred)
{
    QList<T> result;
    std::copy_if(list.cbegin(), list.cend(), std::back_inserter(result), pred);
    return result;
}

} // namespace

IncidentSession::IncidentSession(IncidentJournal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
}

IncidentSession::~IncidentSession() = default;

void IncidentSession::setResources(const QList<core::Team> &teams, const QList<core::SupplyDepot> &depots,
                                   const QList<core::Shelter> &shelters, double minimumShare)
{
    m_roster = teams;
    m_depots = depots;
    m_shelterList = shelters;
    m_stock.clear();
    for (const core::SupplyDepot &depot : depots) {
        for (const core::InventoryLine &line : depot.inventory)
            m_stock.append({depot.id, line.item, line.unit, line.quantity, line.quantity * minimumShare});
    }
}

void IncidentSession::setRoadGraph(const routing::RoadGraph &graph)
{
    m_recommender = std::make_unique<TeamRecommender>(graph);
    m_allocator = std::make_unique<SupplyAllocator>(graph, m_depots);
}

void IncidentSession::setReadOnly(const QString &reason)
{
    const bool was = isReadOnly();
    m_readOnlyReason = reason;
    if (was != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

bool IncidentSession::restore(QString *error)
{
    if (!m_journal)
        return true;
    const std::optional<IncidentRecords> records = m_journal->incidentRecords(error);
    if (!records)
        return false;
    restore(*records);
    return true;
}

void IncidentSession::restore(const IncidentRecords &records)
{
    m_incidents.clear();
    m_book = DispatchBook();
    m_teamStates.clear();
    m_shelters.clear();
    m_ticks.clear();
    m_reports.clear();
    m_events.clear();
    m_supplyMovements.clear();
    m_shelterMovements.clear();
    take(records);
    emit restored();
}

const core::Incident *IncidentSession::incident(const QString &id) const
{
    const auto it = std::find_if(m_incidents.cbegin(), m_incidents.cend(), [&id](const core::Incident &i) { return i.id == id; });
    return it == m_incidents.cend() ? nullptr : &*it;
}

core::Incident *IncidentSession::findIncident(const QString &id)
{
    const auto it = std::find_if(m_incidents.begin(), m_incidents.end(), [&id](const core::Incident &i) { return i.id == id; });
    return it == m_incidents.end() ? nullptr : &*it;
}

const core::Incident *IncidentSession::openIncident(const QString &id, const QString &what, QString *error) const
{
    const core::Incident *found = incident(id);
    if (!found)
        setError(error, Tr::tr("Cannot %1: incident %2 is unknown").arg(what, id));
    else if (!found->isOpen())
        setError(error, Tr::tr("Cannot %1: incident %2 is closed").arg(what, incidentLabel(id)));
    return found && found->isOpen() ? found : nullptr;
}

QString IncidentSession::incidentLabel(const QString &id) const
{
    const core::Incident *i = incident(id);
    return i && !i->title.isEmpty() ? Tr::tr("%1 \"%2\"").arg(id, i->title) : id;
}

QList<core::Team> IncidentSession::teams() const
{
    QList<core::Team> result = m_roster;
    for (core::Team &team : result)
        team.status = teamState(team.id).status;
    return result;
}

TeamState IncidentSession::teamState(const QString &teamId) const
{
    const auto it = m_teamStates.constFind(teamId);
    if (it != m_teamStates.cend())
        return *it;
    for (const core::Team &team : m_roster) {
        if (team.id == teamId)
            return {teamId, team.status, {}, {}, {}};
    }
    return {teamId, core::TeamStatus::Available, {}, {}, {}};
}

QHash<QString, QString> IncidentSession::commitments() const
{
    QHash<QString, QString> result;
    for (const core::DispatchOrder &o : m_book.orders()) {
        if (o.status != core::DispatchStatus::Available)
            result.insert(o.teamId, incidentLabel(o.incidentId));
    }
    return result;
}

double IncidentSession::stockOf(const QString &depotId, const QString &item) const
{
    for (const StockLevel &s : m_stock) {
        if (s.depotId == depotId && s.item == item)
            return s.quantity;
    }
    return 0;
}

StockLevel *IncidentSession::findStock(const QString &depotId, const QString &item)
{
    for (StockLevel &s : m_stock) {
        if (s.depotId == depotId && s.item == item)
            return &s;
    }
    return nullptr;
}

QList<StockLevel> IncidentSession::stockBelowMinimum() const
{
    return filtered(m_stock, [](const StockLevel &s) { return s.isBelowMinimum(); });
}

ShelterState IncidentSession::shelterState(const QString &shelterId) const
{
    return m_shelters.value(shelterId, ShelterState{shelterId, {}, false, {}, {}, {}});
}

int IncidentSession::occupancyPercent(const QString &shelterId) const
{
    for (const core::Shelter &s : m_shelterList) {
        if (s.id == shelterId)
            return s.capacity > 0 ? static_cast<int>(std::lround(100.0 * shelterState(shelterId).present.people / s.capacity)) : 0;
    }
    return 0;
}

bool IncidentSession::hasRoom(const QString &shelterId) const
{
    for (const core::Shelter &s : m_shelterList) {
        if (s.id == shelterId)
            return shelterState(shelterId).present.people < s.capacity;
    }
    return false;
}

QList<PlanTick> IncidentSession::planTicks(const QString &incidentId) const
{
    return filtered(m_ticks, [&incidentId](const PlanTick &t) { return t.incidentId == incidentId; });
}

QList<AccidentReport> IncidentSession::reports(const QString &incidentId) const
{
    return filtered(m_reports, [&incidentId](const AccidentReport &r) { return r.incidentId == incidentId; });
}

QList<ReportKind> IncidentSession::nextReportKinds(const QString &incidentId) const
{
    const QList<AccidentReport> sent = reports(incidentId);
    if (!incident(incidentId) || (!sent.isEmpty() && sent.last().kind == ReportKind::Final))
        return {};
    if (sent.isEmpty())
        return {ReportKind::Initial};
    return {ReportKind::FollowUp, ReportKind::Final};
}

QList<IncidentEvent> IncidentSession::events(const QString &incidentId) const
{
    return filtered(m_events, [&incidentId](const IncidentEvent &e) { return e.incidentId == incidentId; });
}

QList<SupplyMovement> IncidentSession::supplyMovements(const QString &incidentId) const
{
    return filtered(m_supplyMovements, [&incidentId](const SupplyMovement &m) { return m.incidentId == incidentId; });
}

QList<ShelterMovement> IncidentSession::shelterMovements(const QString &incidentId) const
{
    return filtered(m_shelterMovements, [&incidentId](const ShelterMovement &m) { return m.incidentId == incidentId; });
}

IncidentEvent IncidentSession::event(const QString &incidentId, const QString &action, const QVariantMap &detail,
                                     const QString &user, const QDateTime &time) const
{
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(detail)).toJson(QJsonDocument::Compact);
    return {incidentId, time, user, action, QString::fromUtf8(json)};
}

TeamState IncidentSession::teamStateFor(const core::DispatchOrder &order) const
{
    const core::TeamStatus status = teamStatusOf(order.status);
    return {order.teamId, status, status == core::TeamStatus::Available ? QString() : order.incidentId,
            order.updatedAt, order.updatedBy};
}

namespace {

//! \a rows with one copy per key, the last one: a row is written once per change, over one version.
template<typename Row, typename KeyOf>
QList<Row> lastPerKey(const QList<Row> &rows, KeyOf keyOf)
{
    QList<Row> result;
    for (const Row &row : rows) {
        const auto same = [&](const Row &kept) { return keyOf(kept) == keyOf(row); };
        result.erase(std::remove_if(result.begin(), result.end(), same), result.end());
        result.append(row);
    }
    return result;
}

template<typename Row>
void advanceVersions(QList<Row> &rows)
{
    for (Row &row : rows)
        ++row.rowVersion;
}

} // namespace

IncidentRecords IncidentSession::atReadVersions(const IncidentRecords &change) const
{
    IncidentRecords stamped = change;
    stamped.incidents = lastPerKey(change.incidents, [](const core::Incident &i) { return i.id; });
    for (core::Incident &i : stamped.incidents) {
        const core::Incident *held = incident(i.id);
        i.rowVersion = held ? held->rowVersion : 0;
    }
    stamped.orders = lastPerKey(change.orders, [](const core::DispatchOrder &o) { return o.id; });
    for (core::DispatchOrder &o : stamped.orders) {
        const core::DispatchOrder *held = m_book.order(o.id);
        o.rowVersion = held ? held->rowVersion : 0;
    }
    stamped.teams = lastPerKey(change.teams, [](const TeamState &t) { return t.teamId; });
    for (TeamState &t : stamped.teams)
        t.rowVersion = m_teamStates.value(t.teamId).rowVersion;
    stamped.stock = lastPerKey(change.stock, [](const StockLevel &s) { return qMakePair(s.depotId, s.item); });
    for (StockLevel &s : stamped.stock) {
        const auto held = std::find_if(m_stock.cbegin(), m_stock.cend(), [&s](const StockLevel &k) {
            return k.depotId == s.depotId && k.item == s.item;
        });
        s.rowVersion = held != m_stock.cend() ? held->rowVersion : 0;
    }
    stamped.shelters = lastPerKey(change.shelters, [](const ShelterState &s) { return s.shelterId; });
    for (ShelterState &s : stamped.shelters)
        s.rowVersion = m_shelters.value(s.shelterId).rowVersion;
    return stamped;
}

bool IncidentSession::commit(const IncidentRecords &change, const QString &incidentId, QString *error)
{
    // Every state row is written over the version this session read, whatever the action built it
    // from; a row another seat wrote since is refused by the journal and nothing changes here.
    if (isReadOnly()) {
        setError(error, m_readOnlyReason);
        return false;
    }
    IncidentRecords stamped = atReadVersions(change);
    if (m_journal && !m_journal->commitIncidentRecords(stamped, error))
        return false;
    advanceVersions(stamped.incidents);
    advanceVersions(stamped.orders);
    advanceVersions(stamped.teams);
    advanceVersions(stamped.stock);
    advanceVersions(stamped.shelters);
    take(stamped);
    emit changed(incidentId);
    return true;
}

void IncidentSession::take(const IncidentRecords &change)
{
    for (const core::Incident &i : change.incidents) {
        if (core::Incident *existing = findIncident(i.id))
            *existing = i;
        else
            m_incidents.append(i);
    }
    std::stable_sort(m_incidents.begin(), m_incidents.end(),
                     [](const core::Incident &a, const core::Incident &b) { return a.openedAt < b.openedAt; });
    for (const core::DispatchOrder &o : change.orders)
        m_book.take(o);
    for (const TeamState &t : change.teams)
        m_teamStates.insert(t.teamId, t);
    for (const StockLevel &s : change.stock) {
        if (StockLevel *existing = findStock(s.depotId, s.item))
            *existing = s;
        else
            m_stock.append(s);
    }
    for (const ShelterState &s : change.shelters)
        m_shelters.insert(s.shelterId, s);
    for (const PlanTick &t : change.planTicks) {
        const bool known = std::any_of(m_ticks.cbegin(), m_ticks.cend(), [&t](const PlanTick &k) {
            return k.incidentId == t.incidentId && k.stepId == t.stepId;
        });
        if (!known)
            m_ticks.append(t);
    }
    m_supplyMovements.append(change.supplyMovements);
    m_shelterMovements.append(change.shelterMovements);
    m_events.append(change.events);
    m_reports.append(change.reports);
}

std::optional<core::Incident> IncidentSession::open(core::Incident draft, const QString &user, const QDateTime &time,
                                                    QString *error)
{
    if (draft.title.trimmed().isEmpty()) {
        setError(error, Tr::tr("Cannot open an incident without a title"));
        return std::nullopt;
    }
    const QString day = time.toUTC().toString(QStringLiteral("yyyyMMdd"));
    for (int n = 1; draft.id.isEmpty(); ++n) {
        const QString id = QStringLiteral("INC-%1-%2").arg(day).arg(n, 3, 10, QLatin1Char('0'));
        if (!incident(id))
            draft.id = id;
    }
    draft.status = core::IncidentStatus::Reported;
    draft.openedAt = time;
    draft.openedBy = user;
    draft.closedAt = {};
    draft.closingSummary.clear();
    IncidentRecords change;
    change.incidents.append(draft);
    change.events.append(event(draft.id, QStringLiteral("incident.open"),
                               {{QStringLiteral("title"), draft.title},
                                {QStringLiteral("level"), core::toKey(draft.responseLevel)},
                                {QStringLiteral("alarm"), draft.sourceAlarmId}},
                               user, time));
    if (!commit(change, draft.id, error))
        return std::nullopt;
    return draft;
}

bool IncidentSession::setIncidentType(const QString &incidentId, const QString &sectorId, const QString &incidentType,
                                      const QString &user, const QDateTime &time, QString *error)
{
    const core::Incident *current = openIncident(incidentId, Tr::tr("set the incident type"), error);
    if (!current)
        return false;
    if (current->sectorId == sectorId && current->incidentType == incidentType)
        return true;
    core::Incident changed = *current;
    changed.sectorId = sectorId;
    changed.incidentType = incidentType;
    IncidentRecords change;
    change.incidents.append(changed);
    change.events.append(event(incidentId, QStringLiteral("incident.type"),
                               {{QStringLiteral("sector"), sectorId}, {QStringLiteral("type"), incidentType}}, user, time));
    return commit(change, incidentId, error);
}

bool IncidentSession::advance(const QString &incidentId, core::IncidentStatus to, const QString &user,
                              const QDateTime &time, QString *error)
{
    const core::Incident *current = openIncident(incidentId, Tr::tr("change the incident's stage"), error);
    if (!current)
        return false;
    if (to == core::IncidentStatus::Closed)
        return setError(error, Tr::tr("Incident %1 is closed with a closing summary").arg(incidentId));
    if (stageOf(to) <= stageOf(current->status))
        return setError(error, Tr::tr("Incident %1 cannot go back from \"%2\" to \"%3\"")
                                   .arg(incidentId, core::displayName(current->status), core::displayName(to)));
    core::Incident changed = *current;
    changed.status = to;
    IncidentRecords change;
    change.incidents.append(changed);
    change.events.append(event(incidentId, QStringLiteral("incident.status"),
                               {{QStringLiteral("from"), core::toKey(current->status)}, {QStringLiteral("to"), core::toKey(to)}},
                               user, time));
    return commit(change, incidentId, error);
}

bool IncidentSession::close(const QString &incidentId, const QString &summary, const QString &user,
                            const QDateTime &time, QString *error)
{
    const core::Incident *current = openIncident(incidentId, Tr::tr("close the incident"), error);
    if (!current)
        return false;
    if (summary.trimmed().isEmpty())
        return setError(error, Tr::tr("Incident %1 is closed with a closing summary").arg(incidentId));
    core::Incident changed = *current;
    changed.status = core::IncidentStatus::Closed;
    changed.closedAt = time;
    changed.closingSummary = summary.trimmed();
    IncidentRecords change;
    change.incidents.append(changed);
    change.events.append(event(incidentId, QStringLiteral("incident.close"),
                               {{QStringLiteral("from"), core::toKey(current->status)}, {QStringLiteral("summary"), changed.closingSummary}},
                               user, time));
    // Closing stands the teams down: their orders complete and they are free for other incidents.
    for (core::DispatchOrder order : m_book.orders(incidentId)) {
        if (order.status == core::DispatchStatus::Available)
            continue;
        order.status = core::DispatchStatus::Available;
        order.updatedAt = time;
        order.updatedBy = user;
        change.orders.append(order);
        change.teams.append(teamStateFor(order));
        change.events.append(event(incidentId, QStringLiteral("order.status"),
                                   {{QStringLiteral("order"), order.id}, {QStringLiteral("team"), order.teamId},
                                    {QStringLiteral("status"), core::toKey(order.status)}},
                                   user, time));
    }
    return commit(change, incidentId, error);
}

bool IncidentSession::reopen(const QString &incidentId, const QString &reason, const QString &user,
                             const QDateTime &time, QString *error)
{
    const core::Incident *current = incident(incidentId);
    if (!current)
        return setError(error, Tr::tr("Cannot reopen incident %1: it is unknown").arg(incidentId));
    if (current->isOpen())
        return setError(error, Tr::tr("Cannot reopen incident %1: it is not closed").arg(incidentLabel(incidentId)));
    if (reason.trimmed().isEmpty())
        return setError(error, Tr::tr("Incident %1 is reopened with a reason").arg(incidentId));
    // Back to the stage it was closed from, as the close event recorded it.
    core::IncidentStatus stage = core::IncidentStatus::Responding;
    for (const IncidentEvent &e : m_events) {
        if (e.incidentId == incidentId && e.action == QLatin1String("incident.close")) {
            const QString from = QJsonDocument::fromJson(e.detail.toUtf8()).object().value(QStringLiteral("from")).toString();
            stage = core::fromKey<core::IncidentStatus>(from).value_or(stage);
        }
    }
    core::Incident changed = *current;
    changed.status = stage;
    changed.closedAt = {};
    changed.closingSummary.clear();
    IncidentRecords change;
    change.incidents.append(changed);
    change.events.append(event(incidentId, QStringLiteral("incident.reopen"),
                               {{QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("to"), core::toKey(stage)}},
                               user, time));
    return commit(change, incidentId, error);
}

bool IncidentSession::addNote(const QString &incidentId, const QString &text, const QString &user,
                              const QDateTime &time, QString *error)
{
    if (!incident(incidentId))
        return setError(error, Tr::tr("Cannot add a note: incident %1 is unknown").arg(incidentId));
    if (text.trimmed().isEmpty())
        return setError(error, Tr::tr("The note is empty"));
    IncidentRecords change;
    change.events.append(event(incidentId, QStringLiteral("incident.note"), {{QStringLiteral("text"), text.trimmed()}}, user, time));
    return commit(change, incidentId, error);
}

std::optional<Recommendation> IncidentSession::recommend(const QString &incidentId, const QList<core::Capability> &needed,
                                                         QString *error) const
{
    const core::Incident *target = openIncident(incidentId, Tr::tr("recommend teams"), error);
    if (!target)
        return std::nullopt;
    if (!m_recommender) {
        setError(error, Tr::tr("No road network is loaded."));
        return std::nullopt;
    }
    // What the teams already sent bring is not asked for again.
    QList<core::Capability> stillNeeded = needed;
    for (const core::DispatchOrder &o : m_book.orders(incidentId)) {
        if (o.status == core::DispatchStatus::Available)
            continue;
        for (const core::Team &t : m_roster) {
            if (t.id == o.teamId)
                stillNeeded.erase(std::remove_if(stillNeeded.begin(), stillNeeded.end(),
                                                 [&t](core::Capability c) { return t.hasCapability(c); }),
                                  stillNeeded.end());
        }
    }
    return m_recommender->recommend(target->position, stillNeeded, teams(), commitments(), error);
}

std::optional<core::DispatchOrder> IncidentSession::dispatchTeam(const QString &incidentId, const QString &teamId,
                                                                 double etaSeconds, const QString &user,
                                                                 const QDateTime &time, QString *error)
{
    if (!openIncident(incidentId, Tr::tr("dispatch team %1").arg(teamId), error))
        return std::nullopt;
    const core::TeamStatus status = teamState(teamId).status;
    if (status == core::TeamStatus::OffDuty || status == core::TeamStatus::Maintenance) {
        setError(error, Tr::tr("Cannot dispatch team %1: it is %2").arg(teamId, core::displayName(status)));
        return std::nullopt;
    }
    const std::optional<core::DispatchOrder> order =
        m_book.newOrder(incidentId, teamId, etaSeconds, user, time, [this](const QString &id) { return incidentLabel(id); }, error);
    if (!order)
        return std::nullopt;
    IncidentRecords change;
    change.orders.append(*order);
    change.teams.append(teamStateFor(*order));
    change.events.append(event(incidentId, QStringLiteral("order.create"),
                               {{QStringLiteral("order"), order->id}, {QStringLiteral("team"), teamId},
                                {QStringLiteral("eta_s"), etaSeconds}},
                               user, time));
    if (!commit(change, incidentId, error))
        return std::nullopt;
    return order;
}

bool IncidentSession::advanceOrder(const QString &orderId, core::DispatchStatus to, const QString &user,
                                   const QDateTime &time, QString *error)
{
    const std::optional<core::DispatchOrder> order = m_book.advanced(orderId, to, user, time, error);
    if (!order)
        return false;
    IncidentRecords change;
    change.orders.append(*order);
    change.teams.append(teamStateFor(*order));
    change.events.append(event(order->incidentId, QStringLiteral("order.status"),
                               {{QStringLiteral("order"), order->id}, {QStringLiteral("team"), order->teamId},
                                {QStringLiteral("status"), core::toKey(to)}},
                               user, time));
    return commit(change, order->incidentId, error);
}

bool IncidentSession::setOffDuty(const QString &teamId, bool offDuty, const QString &user, const QDateTime &time,
                                 QString *error)
{
    if (const std::optional<core::DispatchOrder> open = m_book.openOrder(teamId))
        return setError(error, Tr::tr("Team %1 has an open order (%2) for incident %3")
                                   .arg(teamId, open->id, incidentLabel(open->incidentId)));
    IncidentRecords change;
    change.teams.append({teamId, offDuty ? core::TeamStatus::OffDuty : core::TeamStatus::Available, {}, time, user});
    change.events.append(event({}, QStringLiteral("team.duty"),
                               {{QStringLiteral("team"), teamId}, {QStringLiteral("off_duty"), offDuty}}, user, time));
    return commit(change, {}, error);
}

std::optional<SupplyAllocation> IncidentSession::requestSupplies(const QString &incidentId,
                                                                 const QList<SupplyRequestLine> &request,
                                                                 const QString &user, const QDateTime &time,
                                                                 QString *error)
{
    const core::Incident *target = openIncident(incidentId, Tr::tr("issue supplies"), error);
    if (!target)
        return std::nullopt;
    if (!m_allocator) {
        setError(error, Tr::tr("No road network is loaded."));
        return std::nullopt;
    }
    std::optional<SupplyAllocation> allocation = m_allocator->allocate(
        *target, request, [this](const QString &depot, const QString &item) { return stockOf(depot, item); }, user, time, error);
    if (!allocation || allocation->movements.isEmpty())
        return allocation;
    IncidentRecords change;
    for (const SupplyMovement &m : allocation->movements) {
        StockLevel level = *findStock(m.depotId, m.item);
        level.quantity -= m.quantity;
        change.stock.append(level);
        change.supplyMovements.append(m);
    }
    if (!commit(change, incidentId, error))
        return std::nullopt;
    return allocation;
}

bool IncidentSession::returnSupplies(const QString &incidentId, const QString &depotId, const QString &item,
                                     double quantity, const QString &user, const QDateTime &time, QString *error)
{
    if (!incident(incidentId))
        return setError(error, Tr::tr("Cannot return supplies: incident %1 is unknown").arg(incidentId));
    StockLevel *level = findStock(depotId, item);
    if (!level)
        return setError(error, Tr::tr("Depot %1 keeps no %2").arg(depotId, item));
    if (!isPositiveQuantity(quantity))
        return setError(error, Tr::tr("Quantity %1 of %2 is not a positive number").arg(quantity).arg(item));
    double issued = 0;
    for (const SupplyMovement &m : m_supplyMovements) {
        if (m.incidentId == incidentId && m.item == item)
            issued += m.kind == SupplyMovementKind::Issue ? m.quantity : m.kind == SupplyMovementKind::Return ? -m.quantity : 0;
    }
    if (quantity > issued)
        return setError(error, Tr::tr("Cannot return %1 %2 %3: incident %4 holds %5")
                                   .arg(quantity).arg(level->unit, item, incidentId).arg(issued));
    StockLevel raised = *level;
    raised.quantity += quantity;
    IncidentRecords change;
    change.stock.append(raised);
    change.supplyMovements.append({depotId, item, quantity, level->unit, incidentId, time, user, 0, SupplyMovementKind::Return, {}});
    return commit(change, incidentId, error);
}

bool IncidentSession::transferSupplies(const QString &fromDepotId, const QString &toDepotId, const QString &item,
                                       double quantity, const QString &user, const QDateTime &time, QString *error)
{
    StockLevel *from = findStock(fromDepotId, item);
    if (!from)
        return setError(error, Tr::tr("Depot %1 keeps no %2").arg(fromDepotId, item));
    if (fromDepotId == toDepotId)
        return setError(error, Tr::tr("A transfer needs two different depots"));
    if (std::none_of(m_depots.cbegin(), m_depots.cend(), [&toDepotId](const core::SupplyDepot &d) { return d.id == toDepotId; }))
        return setError(error, Tr::tr("Depot %1 is unknown").arg(toDepotId));
    if (!isPositiveQuantity(quantity))
        return setError(error, Tr::tr("Quantity %1 of %2 is not a positive number").arg(quantity).arg(item));
    if (quantity > from->quantity)
        return setError(error, Tr::tr("Depot %1 holds %2 %3 %4, less than the %5 asked for")
                                   .arg(fromDepotId).arg(from->quantity).arg(from->unit, item).arg(quantity));
    StockLevel lowered = *from;
    lowered.quantity -= quantity;
    const StockLevel *existing = findStock(toDepotId, item);
    StockLevel raised = existing ? *existing : StockLevel{toDepotId, item, from->unit, 0, 0};
    raised.quantity += quantity;
    IncidentRecords change;
    change.stock << lowered << raised;
    change.supplyMovements.append({fromDepotId, item, quantity, from->unit, {}, time, user, 0, SupplyMovementKind::Transfer, toDepotId});
    return commit(change, {}, error);
}

bool IncidentSession::openShelter(const QString &shelterId, const QString &incidentId, const QString &user,
                                  const QDateTime &time, QString *error)
{
    if (!openIncident(incidentId, Tr::tr("open shelter %1").arg(shelterId), error))
        return false;
    if (std::none_of(m_shelterList.cbegin(), m_shelterList.cend(), [&shelterId](const core::Shelter &s) { return s.id == shelterId; }))
        return setError(error, Tr::tr("Shelter %1 is unknown").arg(shelterId));
    const ShelterState current = shelterState(shelterId);
    if (current.open)
        return setError(error, Tr::tr("Shelter %1 is already open for incident %2").arg(shelterId, incidentLabel(current.incidentId)));
    IncidentRecords change;
    change.shelters.append({shelterId, incidentId, true, current.present, time, user});
    change.events.append(event(incidentId, QStringLiteral("shelter.open"), {{QStringLiteral("shelter"), shelterId}}, user, time));
    return commit(change, incidentId, error);
}

bool IncidentSession::closeShelter(const QString &shelterId, const QString &user, const QDateTime &time, QString *error)
{
    const ShelterState current = shelterState(shelterId);
    if (!current.open)
        return setError(error, Tr::tr("Shelter %1 is not open").arg(shelterId));
    if (current.present.people > 0)
        return setError(error, Tr::tr("Shelter %1 still holds %2 people; register their departure first")
                                   .arg(shelterId).arg(current.present.people));
    IncidentRecords change;
    change.shelters.append({shelterId, current.incidentId, false, {}, time, user});
    change.events.append(event(current.incidentId, QStringLiteral("shelter.close"), {{QStringLiteral("shelter"), shelterId}}, user, time));
    return commit(change, current.incidentId, error);
}

bool IncidentSession::registerShelterMovement(const QString &shelterId, ShelterMovementKind kind, const ShelterCount &count,
                                              const QString &user, const QDateTime &time, QString *error)
{
    const ShelterState current = shelterState(shelterId);
    if (!current.open)
        return setError(error, Tr::tr("Shelter %1 is not open").arg(shelterId));
    if (const QString problem = count.problem(); !problem.isEmpty())
        return setError(error, Tr::tr("Shelter %1: %2").arg(shelterId, problem));
    if (count.people == 0)
        return setError(error, Tr::tr("Shelter %1: nobody to register").arg(shelterId));
    ShelterState changed = current;
    if (kind == ShelterMovementKind::Arrival) {
        changed.present += count;
        const auto shelter = std::find_if(m_shelterList.cbegin(), m_shelterList.cend(),
                                          [&shelterId](const core::Shelter &s) { return s.id == shelterId; });
        if (shelter != m_shelterList.cend() && changed.present.people > shelter->capacity)
            return setError(error, Tr::tr("Shelter %1 holds %2 of %3 people; %4 more do not fit")
                                       .arg(shelterId).arg(current.present.people).arg(shelter->capacity).arg(count.people));
    } else {
        changed.present -= count;
        if (!changed.present.problem().isEmpty())
            return setError(error, Tr::tr("Shelter %1 holds %2 people (%3 elderly, %4 children, %5 injured); fewer can leave")
                                       .arg(shelterId)
                                       .arg(current.present.people)
                                       .arg(current.present.elderly)
                                       .arg(current.present.children)
                                       .arg(current.present.injured));
    }
    changed.updatedAt = time;
    changed.updatedBy = user;
    IncidentRecords change;
    change.shelters.append(changed);
    change.shelterMovements.append({shelterId, current.incidentId, kind, count, time, user});
    return commit(change, current.incidentId, error);
}

const ResponsePlan *IncidentSession::responsePlan(const QString &incidentId) const
{
    const core::Incident *i = incident(incidentId);
    return i ? m_plans.plan(i->sectorId, i->incidentType) : nullptr;
}

QList<ChecklistItem> IncidentSession::checklist(const QString &incidentId, const QDateTime &now) const
{
    const ResponsePlan *plan = responsePlan(incidentId);
    return plan ? planChecklist(*plan, *incident(incidentId), planTicks(incidentId), now) : QList<ChecklistItem>();
}

bool IncidentSession::tickPlanStep(const QString &incidentId, const QString &stepId, const QString &user,
                                   const QDateTime &time, QString *error)
{
    if (!openIncident(incidentId, Tr::tr("tick plan step %1").arg(stepId), error))
        return false;
    const ResponsePlan *plan = responsePlan(incidentId);
    if (!plan || !plan->step(stepId))
        return setError(error, Tr::tr("Step %1 is not in the response plan of incident %2").arg(stepId, incidentLabel(incidentId)));
    for (const PlanTick &t : m_ticks) {
        if (t.incidentId == incidentId && t.stepId == stepId)
            return setError(error, Tr::tr("Plan step %1 was ticked by %2").arg(stepId, t.user));
    }
    IncidentRecords change;
    change.planTicks.append({incidentId, stepId, time, user});
    change.events.append(event(incidentId, QStringLiteral("plan.tick"), {{QStringLiteral("step"), stepId}}, user, time));
    return commit(change, incidentId, error);
}

std::optional<AccidentReport> IncidentSession::submitReport(AccidentReport report, const QString &user,
                                                            const QDateTime &time, QString *error)
{
    // Reports go on after closing: the final report (终报) often follows the 结案.
    if (!incident(report.incidentId)) {
        setError(error, Tr::tr("Cannot submit an accident report: incident %1 is unknown").arg(report.incidentId));
        return std::nullopt;
    }
    const QList<AccidentReport> sent = reports(report.incidentId);
    if (sent.isEmpty() != (report.kind == ReportKind::Initial)) {
        setError(error, sent.isEmpty() ? Tr::tr("The first report of incident %1 is the initial report").arg(report.incidentId)
                                       : Tr::tr("Incident %1 already has its initial report").arg(report.incidentId));
        return std::nullopt;
    }
    if (!sent.isEmpty() && sent.last().kind == ReportKind::Final) {
        setError(error, Tr::tr("Incident %1 has its final report; nothing follows it").arg(report.incidentId));
        return std::nullopt;
    }
    report.version = int(sent.size()) + 1;
    report.submittedAt = time;
    report.submittedBy = user;
    const QString problem = reportProblem(report, time);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }
    IncidentRecords change;
    change.reports.append(report);
    change.events.append(event(report.incidentId, QStringLiteral("report.submit"),
                               {{QStringLiteral("kind"), toKey(report.kind)},
                                {QStringLiteral("version"), report.version},
                                {QStringLiteral("grade"), toKey(report.computedGrade())}},
                               user, time));
    if (!commit(change, report.incidentId, error))
        return std::nullopt;
    return report;
}

} // namespace cp::dispatch
