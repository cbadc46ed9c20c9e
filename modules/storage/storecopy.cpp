// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storecopy.h"

#include "storage/tr.h"

namespace cp::storage {

namespace {

int recordCount(const Registry &r)
{
    return static_cast<int>(r.sectors.size() + r.towns.size() + r.enterprises.size() + r.shelters.size()
                            + r.rescueStations.size() + r.teams.size() + r.supplyDepots.size() + r.roads.size()
                            + r.demandPoints.size());
}

} // namespace

std::optional<CopySummary> copyDataSet(const Store &from, Store &to, QString *error)
{
    const std::optional<Registry> existing = to.readRegistry(error);
    const std::optional<QList<core::Incident>> existingIncidents = existing ? to.incidents(error) : std::nullopt;
    if (!existingIncidents)
        return std::nullopt;
    if (!existing->enterprises.isEmpty() || !existingIncidents->isEmpty()) {
        if (error)
            *error = Tr::tr("%1: already holds a data set (%2 enterprises, %3 incidents); nothing was copied")
                         .arg(to.location())
                         .arg(existing->enterprises.size())
                         .arg(existingIncidents->size());
        return std::nullopt;
    }
    CopySummary summary;
    const std::optional<Registry> registry = from.readRegistry(error);
    if (!registry || !to.writeRegistry(*registry, error))
        return std::nullopt;
    summary.registryRecords = recordCount(*registry);

    const std::optional<ResponsePlansRead> plans = from.responsePlans(error);
    if (!plans || !to.writeResponsePlans(plans->book.plans(), error))
        return std::nullopt;
    summary.responsePlans = static_cast<int>(plans->book.plans().size());

    const std::optional<QList<core::Alarm>> alarms = from.alarms(error);
    if (!alarms || !to.saveAlarms(*alarms, {}, error))
        return std::nullopt;
    summary.alarms = static_cast<int>(alarms->size());

    const std::optional<dispatch::IncidentRecords> records = from.incidentRecords(error);
    if (!records || !to.commitIncidentRecords(*records, error))
        return std::nullopt;
    summary.incidents = static_cast<int>(records->incidents.size());

    const std::optional<QList<AuditEntry>> audit = from.auditLog(error);
    if (!audit)
        return std::nullopt;
    for (const AuditEntry &entry : *audit)
        if (!to.appendAudit(entry, error))
            return std::nullopt;
    summary.auditEntries = static_cast<int>(audit->size());

    const std::optional<QList<core::FeedStatus>> feeds = from.feeds(error);
    if (!feeds)
        return std::nullopt;
    for (const core::FeedStatus &feed : *feeds)
        if (!to.commitFeedBatch(feed.feedId, {}, {}, feed.cursor, {}, error) || !to.saveFeedStatus(feed, error))
            return std::nullopt;
    summary.feeds = static_cast<int>(feeds->size());
    return summary;
}

} // namespace cp::storage
