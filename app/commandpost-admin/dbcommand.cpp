// SPDX-License-Identifier: GPL-2.0-or-later
#include "dbcommand.h"

#include "tr.h"

#include "storage/changefollower.h"
#include "storage/geopackagestore.h"
#include "storage/postgresstore.h"
#include "storage/storecopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cp::admin {

namespace {

//! Parses \a arguments with \a options plus --db and --lang; the address, or nullopt after printing why.
std::optional<storage::PostgresAddress> parseAddress(QCommandLineParser &parser, const QStringList &arguments,
                                                     const QString &command, QTextStream &err)
{
    const QCommandLineOption dbOption(QStringLiteral("db"), Tr::tr("The shared database: postgresql://…, a conninfo or a service name."),
                                      QStringLiteral("ADDRESS"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("Language of the text: zh_CN or en."), QStringLiteral("LANG"));
    parser.addOptions({dbOption, langOption});
    if (!parser.parse(arguments)) {
        err << "commandpost-admin " << command << ": " << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (!parser.isSet(dbOption)) {
        err << "commandpost-admin " << command << ": " << Tr::tr("give the shared database with --db ADDRESS") << '\n';
        return std::nullopt;
    }
    QString error;
    const auto address = storage::PostgresAddress::parse(parser.value(dbOption), &error);
    if (!address)
        err << "commandpost-admin " << command << ": " << error << '\n';
    return address;
}

void printSummary(const storage::CopySummary &s, QTextStream &out)
{
    out << Tr::tr("%1 registry records, %2 response plans, %3 alarms, %4 incidents, %5 audit entries, %6 feeds")
               .arg(s.registryRecords)
               .arg(s.responsePlans)
               .arg(s.alarms)
               .arg(s.incidents)
               .arg(s.auditEntries)
               .arg(s.feeds)
        << '\n';
}

int initialize(const storage::PostgresAddress &address, QTextStream &out, QTextStream &err)
{
    QString error;
    if (!storage::PostgresStore::initialize(address, &error)) {
        err << "commandpost-admin db init: " << error << '\n';
        return 2;
    }
    out << Tr::tr("%1: schema version %2 created").arg(address.label).arg(storage::GeoPackageStore::schemaVersion()) << '\n';
    return 0;
}

int migrate(const storage::PostgresAddress &address, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<int> version = storage::PostgresStore::storedVersion(address, &error);
    if (!version) {
        err << "commandpost-admin db migrate: " << error << '\n';
        return 1;
    }
    const int current = storage::GeoPackageStore::schemaVersion();
    if (*version == 0) {
        err << "commandpost-admin db migrate: "
            << Tr::tr("%1: holds no CommandPost schema; create it with `commandpost-admin db init --db …`").arg(address.label) << '\n';
        return 2;
    }
    if (*version > current) {
        err << "commandpost-admin db migrate: "
            << Tr::tr("%1: schema version %2 is newer than this build's %3; upgrade CommandPost").arg(address.label).arg(*version).arg(current)
            << '\n';
        return 2;
    }
    if (*version == current) {
        out << Tr::tr("%1: at schema version %2, nothing to do").arg(address.label).arg(*version) << '\n';
        return 0;
    }
    if (!storage::PostgresStore::migrate(address, &error)) {
        err << "commandpost-admin db migrate: " << error << '\n';
        return 1;
    }
    out << Tr::tr("%1: upgraded from schema version %2 to %3").arg(address.label).arg(*version).arg(current) << '\n';
    return 0;
}

int copy(const QString &direction, const QString &file, const storage::PostgresAddress &address, QTextStream &out,
         QTextStream &err)
{
    const bool in = direction == QLatin1String("import");
    QString error;
    // An existing target is refused before connecting (exit 2), like a wrong argument.
    const bool targetFree = in || storage::GeoPackageStore::isFreeForNewStore(file, &error);
    auto shared = targetFree ? storage::PostgresStore::connect(address, &error) : nullptr;
    std::unique_ptr<storage::GeoPackageStore> local;
    if (shared && in)
        local = storage::GeoPackageStore::openForReading(file, &error);
    if (!shared || (in && !local)) {
        err << "commandpost-admin db " << direction << ": " << error << '\n';
        return 2;
    }
    const auto summary = in ? storage::copyDataSet(*local, *shared, &error) : storage::exportDataSet(*shared, file, &error);
    if (!summary) {
        err << "commandpost-admin db " << direction << ": " << error << '\n';
        return 1;
    }
    out << (in ? Tr::tr("Imported %1 into %2:").arg(file, address.label) : Tr::tr("Exported %1 to %2:").arg(address.label, file))
        << ' ';
    printSummary(*summary, out);
    return 0;
}

QByteArray changeLine(const storage::ChangeRecord &c)
{
    const QJsonObject line{{QStringLiteral("seq"), c.seq},
                           {QStringLiteral("table"), c.table},
                           {QStringLiteral("op"), c.op},
                           {QStringLiteral("id"), c.rowId},
                           {QStringLiteral("actor"), c.actor},
                           {QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODateWithMs)}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

} // namespace

int runDb(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("init, migrate, import FILE.gpkg or export FILE.gpkg"));
    const auto address = parseAddress(parser, arguments, QStringLiteral("db"), err);
    if (!address)
        return 2;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("init") && positional.size() == 1)
        return initialize(*address, out, err);
    if (action == QLatin1String("migrate") && positional.size() == 1)
        return migrate(*address, out, err);
    if ((action == QLatin1String("import") || action == QLatin1String("export")) && positional.size() == 2)
        return copy(action, positional.at(1), *address, out, err);
    err << "commandpost-admin db: " << Tr::tr("give one of: init, migrate, import FILE.gpkg, export FILE.gpkg") << '\n';
    return 2;
}

int runFollow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption since(QStringLiteral("since"), Tr::tr("Print the changes after sequence number SEQ."),
                                   QStringLiteral("SEQ"));
    const QCommandLineOption once(QStringLiteral("once"), Tr::tr("Stop at the latest change instead of following."));
    parser.addOptions({since, once});
    const auto address = parseAddress(parser, arguments, QStringLiteral("follow"), err);
    if (!address)
        return 2;
    bool numeric = true;
    const qint64 after = parser.isSet(since) ? parser.value(since).toLongLong(&numeric) : -1;
    if (!numeric || (parser.isSet(since) && after < 0)) {
        err << "commandpost-admin follow: " << Tr::tr("--since %1: not a sequence number").arg(parser.value(since)) << '\n';
        return 2;
    }
    QString error;
    auto store = storage::PostgresStore::connect(*address, &error);
    const std::optional<qint64> latest = store ? store->latestChange(&error) : std::nullopt;
    if (!latest) {
        err << "commandpost-admin follow: " << error << '\n';
        return 2;
    }
    if (parser.isSet(once)) {
        qint64 from = after < 0 ? *latest : after;
        while (from < *latest) {
            const auto changes = store->changesAfter(from, 5000, &error);
            if (!changes) {
                err << "commandpost-admin follow: " << error << '\n';
                return 1;
            }
            for (const storage::ChangeRecord &c : *changes)
                if (c.seq <= *latest)
                    out << changeLine(c) << '\n';
            from = changes->isEmpty() ? *latest : changes->last().seq;
        }
        return 0;
    }
    store.reset();
    storage::ChangeFollower follower(*address, after < 0 ? *latest : after, {});
    QObject::connect(&follower, &storage::ChangeFollower::changed, [&out](const QList<storage::ChangeRecord> &changes) {
        for (const storage::ChangeRecord &c : changes)
            out << changeLine(c) << '\n';
        out.flush();
    });
    QObject::connect(&follower, &storage::ChangeFollower::connectionChanged, [&err](bool connected, const QString &reason) {
        err << "commandpost-admin follow: " << (connected ? Tr::tr("connected") : Tr::tr("connection lost: %1").arg(reason)) << '\n';
        err.flush();
    });
    follower.start();
    return QCoreApplication::exec();
}

} // namespace cp::admin
