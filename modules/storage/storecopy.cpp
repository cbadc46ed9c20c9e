// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/storecopy.h"

#include "storage/geopackagestore.h"
#include "storage/tr.h"

#include <QCoreApplication>
#include <QFile>

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

std::optional<CopySummary> exportDataSet(const Store &from, const QString &path, QString *error)
{
    if (!GeoPackageStore::isFreeForNewStore(path, error))
        return std::nullopt;
    // Beside the target, so the rename stays on one file system; the pid keeps two exports apart.
    const QString partial = QStringLiteral("%1.partial-%2").arg(path).arg(QCoreApplication::applicationPid());
    std::optional<CopySummary> summary;
    if (auto local = GeoPackageStore::create(partial, error)) {
        summary = copyDataSet(from, *local, error);
    } // closed here: SQLite folds its WAL into the file before it is renamed
    if (summary && !QFile::rename(partial, path)) {
        if (error)
            *error = Tr::tr("%1: cannot move the finished copy %2 there").arg(path, partial);
        summary.reset();
    }
    if (!summary)
        GeoPackageStore::removeFiles(partial);
    return summary;
}

} // namespace cp::storage
