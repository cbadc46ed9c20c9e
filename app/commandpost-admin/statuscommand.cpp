// SPDX-License-Identifier: GPL-2.0-or-later
#include "statuscommand.h"

#include "tr.h"

#include "core/beijingtime.h"
#include "storage/geopackagestore.h"
#include "storage/postgresstore.h"
#include "storage/storestatus.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace cp::admin {

namespace {

QString shown(const QDateTime &t) { return t.isValid() ? core::beijingText(t) : Tr::tr("never"); }

void printText(const storage::StoreStatus &s, const QString &path, QTextStream &out)
{
    out << Tr::tr("Store %1").arg(path) << '\n';
    out << Tr::tr("Feeds: %1").arg(s.feeds.size()) << '\n';
    for (const core::FeedStatus &f : s.feeds) {
        out << "  " << f.feedId << "  " << core::displayName(f.health);
        if (!f.healthReason.isEmpty())
            out << " (" << f.healthReason << ')';
        out << '\n'
            << "    " << Tr::tr("cursor \"%1\", %2 events stored, %3 quarantined, %4 today, last success %5")
                             .arg(f.cursor)
                             .arg(f.eventsStored)
                             .arg(f.quarantined)
                             .arg(f.eventsToday)
                             .arg(shown(f.lastSuccess))
            << '\n';
        if (!f.lastError.isEmpty())
            out << "    " << Tr::tr("last error at %1: %2").arg(shown(f.lastErrorAt), f.lastError) << '\n';
    }
    out << Tr::tr("Open alarms: %1, unacknowledged %2, unclassified %3").arg(s.openAlarms).arg(s.unacknowledged).arg(s.unclassified)
        << '\n';
    for (auto it = s.byState.cbegin(); it != s.byState.cend(); ++it)
        out << "  " << core::displayName(it.key()) << ": " << it.value() << '\n';
    for (auto it = s.byPriority.cbegin(); it != s.byPriority.cend(); ++it)
        out << "  " << core::displayName(it.key()) << ": " << it.value() << '\n';
    out << Tr::tr("Open incidents: %1").arg(s.openIncidents) << '\n';
    for (auto it = s.openIncidentsByLevel.cbegin(); it != s.openIncidentsByLevel.cend(); ++it)
        out << "  " << core::displayName(it.key()) << ": " << it.value() << '\n';
    out << Tr::tr("Teams:") << '\n';
    for (auto it = s.teamsByStatus.cbegin(); it != s.teamsByStatus.cend(); ++it)
        out << "  " << core::displayName(it.key()) << ": " << it.value() << '\n';
    out << Tr::tr("Depots below their minimum stock: %1").arg(s.depotsBelowMinimum) << '\n';
    out << Tr::tr("Open shelters: %1, %2 people").arg(s.openShelters).arg(s.shelteredPeople) << '\n';
}

} // namespace

int runStatus(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), Tr::tr("The store: a CommandPost GeoPackage."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print one JSON object (stable keys, docs/feed-api.md)."));
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("The shared database: postgresql://…, a conninfo or a service name."),
                                QStringLiteral("ADDRESS"));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("Language of the text: zh_CN or en."), QStringLiteral("LANG"));
    parser.addOptions({data, db, json, lang});
    if (!parser.parse(arguments)) {
        err << "commandpost-admin status: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(data) == parser.isSet(db)) {
        err << "commandpost-admin status: " << Tr::tr("give the store with --data FILE or --db ADDRESS") << '\n';
        return 2;
    }
    QString error;
    std::unique_ptr<storage::Store> store;
    QString path = parser.value(data);
    if (parser.isSet(db)) {
        if (const auto address = storage::PostgresAddress::parse(parser.value(db), &error)) {
            path = address->label;
            store = storage::PostgresStore::connect(*address, &error);
        }
    } else {
        // Only reads: the desk (or --headless) may be writing the file at this moment.
        store = storage::GeoPackageStore::openForReading(path, &error);
    }
    if (!store) {
        err << "commandpost-admin status: " << error << '\n';
        return 2;
    }
    const auto status = storage::StoreStatus::read(*store, &error);
    if (!status) {
        err << "commandpost-admin status: " << error << '\n';
        return 1;
    }
    if (parser.isSet(json))
        out << QJsonDocument(status->toJson()).toJson(QJsonDocument::Compact) << '\n';
    else
        printText(*status, path, out);
    return 0;
}

} // namespace cp::admin
