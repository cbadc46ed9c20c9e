// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench incidents [--incidents N] [--orders M]: a store of N incidents (default 500, one in
// five open) with M dispatch orders (default 5000) on the demo county's teams, each order with its
// events. Measured: the restart of the desk's incident side — IncidentSession::restore() from the
// GeoPackage until the incident list holds every row (target < 1 s, issue 13) — and switching the
// incident panel from one incident to another (target < 50 ms).
#include "benchmarks.h"

#include "incidentpanel.h"
#include "incidentresources.h"

#include "dispatch/incidentsession.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"
#include "ui/incidentlist.h"
#include "ui/incidentlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace cp::bench {

namespace {

//! Months of incidents in one change: every fifth open and responding, the others closed with their orders back.
dispatch::IncidentRecords generated(const QList<core::Team> &teams, const core::GeoPoint &at, int incidents, int orders)
{
    dispatch::IncidentRecords records;
    const QDateTime t0(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < incidents; ++i) {
        core::Incident incident;
        incident.id = QStringLiteral("INC-BENCH-%1").arg(i, 4, 10, QLatin1Char('0'));
        incident.title = QStringLiteral("Incident %1").arg(i);
        incident.position = at;
        incident.responseLevel = core::ResponseLevel(1 + i % 4);
        incident.openedAt = t0.addSecs(qint64(i) * 3600);
        incident.openedBy = QStringLiteral("bench");
        const bool open = i % 5 == 0;
        incident.status = open ? core::IncidentStatus::Responding : core::IncidentStatus::Closed;
        if (!open) {
            incident.closedAt = incident.openedAt.addSecs(3000);
            incident.closingSummary = QStringLiteral("done");
        }
        records.incidents.append(incident);
        records.events.append({incident.id, incident.openedAt, incident.openedBy, QStringLiteral("incident.open"),
                               QStringLiteral("{\"title\":\"%1\"}").arg(incident.title)});
    }
    for (int o = 0; o < orders; ++o) {
        const core::Incident &incident = records.incidents.at(o % incidents);
        core::DispatchOrder order;
        order.id = QStringLiteral("%1-%2").arg(incident.id).arg(o / incidents + 1, 3, 10, QLatin1Char('0'));
        order.incidentId = incident.id;
        order.teamId = teams.at(o % teams.size()).id;
        order.status = incident.isOpen() ? core::DispatchStatus::OnScene : core::DispatchStatus::Available;
        order.etaSeconds = 600;
        order.updatedAt = incident.openedAt.addSecs(900);
        order.updatedBy = QStringLiteral("bench");
        records.orders.append(order);
        records.events.append({incident.id, order.updatedAt, order.updatedBy, QStringLiteral("order.create"),
                               QStringLiteral("{\"order\":\"%1\",\"team\":\"%2\"}").arg(order.id, order.teamId)});
    }
    return records;
}

} // namespace

int runIncidentsBench(BenchReport &report, const QStringList &arguments)
{
    const int incidents = intArgument(arguments, QStringLiteral("--incidents"), 500);
    const int orders = intArgument(arguments, QStringLiteral("--orders"), 5000);
    QTextStream err(stderr);
    if (incidents < 1 || orders < 0) {
        err << "commandpost-bench incidents: give --incidents N >= 1 and --orders M >= 0\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("incidents.gpkg"));
    QString error;
    if (!QFile::copy(QStringLiteral(COMMANDPOST_SOURCE_DIR "/maps/liangshan/demo.gpkg"), path)
        || !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        err << "commandpost-bench incidents: cannot copy the demo data to " << path << "\n";
        return 1;
    }
    auto store = storage::GeoPackageStore::open(path, &error);
    const auto registry = store ? store->readRegistry(&error) : std::nullopt;
    if (!registry || registry->teams.isEmpty() || registry->enterprises.isEmpty()
        || !store->commitIncidentRecords(generated(registry->teams, registry->enterprises.first().position, incidents, orders),
                                         &error)) {
        err << "commandpost-bench incidents: " << error << "\n";
        return 1;
    }

    sectors::SectorRegistry sectors;
    sectors.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
    dispatch::IncidentSession session(store.get());
    app::IncidentPanel panel(sectors, session, nullptr);
    QStringList planProblems;
    if (!app::loadIncidentResources(path, store.get(), session, panel, &planProblems, &error)) {
        err << "commandpost-bench incidents: " << error << "\n";
        return 1;
    }
    ui::IncidentList list(session);
    list.model()->setNow(QDateTime::currentDateTimeUtc());
    const double restoreMs = medianMilliseconds(5, [&] {
        if (!session.restore(&error))
            return;
        QApplication::processEvents();
    });
    if (!error.isEmpty() || list.model()->rowCount() != incidents || session.orders().size() != orders) {
        err << "commandpost-bench incidents: " << (error.isEmpty() ? QStringLiteral("%1 rows of %2 incidents listed")
                                                                        .arg(list.model()->rowCount())
                                                                        .arg(incidents)
                                                                  : error)
            << "\n";
        return 1;
    }
    report.figure(QStringLiteral("restore_and_list_ms"), restoreMs, QStringLiteral("ms"),
                  QStringLiteral("IncidentSession::restore() of %1 incidents, %2 orders and their events from the GeoPackage "
                                 "until the incident list holds every row, median of 5; target < 1000")
                      .arg(incidents)
                      .arg(orders));

    // Switching: the panel shows one incident after another, open and closed alike.
    const QList<core::Incident> all = session.incidents();
    QList<double> switches;
    for (int i = 0; i < std::min<int>(50, int(all.size())); ++i) {
        const QString id = all.at((i * 7919) % all.size()).id;
        QElapsedTimer timer;
        timer.start();
        panel.showIncident(id);
        QApplication::processEvents();
        switches.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(switches.begin(), switches.end());
    report.figure(QStringLiteral("switch_median_ms"), switches.at(switches.size() / 2), QStringLiteral("ms"),
                  QStringLiteral("IncidentPanel::showIncident() of %1 incidents in turn (each with ~%2 orders, recommendation "
                                 "by road on the demo network); target < 50")
                      .arg(switches.size())
                      .arg(orders / incidents));
    report.figure(QStringLiteral("switch_max_ms"), switches.last(), QStringLiteral("ms"), QStringLiteral("the slowest of them"));
    return 0;
}

} // namespace cp::bench
