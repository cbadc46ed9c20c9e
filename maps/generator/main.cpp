// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-demogen --boundary FILE --out FILE.gpkg [--seed N]: writes the Liangshan demo data set.
// Exit codes: 0 written, 2 bad arguments or input, 1 anything else.
#include "demogenerator.h"
#include "demoplans.h"

#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

/*!
 * Leaves \a path in SQLite's rollback-journal mode, as GDAL writes a GeoPackage: the store switches
 * a file to WAL when it first writes, and a shipped WAL file could not even be read from a
 * read-only folder (a reader must create the -shm), nor would a read-only copy be refused at start.
 */
bool useRollbackJournal(const QString &path, QString *error)
{
    const QString name = QStringLiteral("demogen-journal");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        ok = db.open() && query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && query.next()
             && query.value(0).toString() == QLatin1String("delete");
        if (!ok)
            *error = QStringLiteral("%1: cannot leave WAL mode: %2").arg(path, query.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the CommandPost Liangshan demo GeoPackage."));
    parser.addHelpOption();
    const QCommandLineOption boundary(QStringLiteral("boundary"), QStringLiteral("County boundary GeoJSON."), QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("GeoPackage to write (replaced)."), QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                  QString::number(cp::demo::DemoGenerator::defaultSeed));
    parser.addOptions({boundary, out, seed});
    parser.process(app);
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!parser.isSet(boundary) || !parser.isSet(out) || !seedOk) {
        std::fprintf(stderr, "commandpost-demogen: need --boundary FILE and --out FILE; --seed must be a whole number\n");
        return 2;
    }

    cp::demo::CountyShape shape;
    QString error;
    if (!shape.load(parser.value(boundary), &error)) {
        std::fprintf(stderr, "commandpost-demogen: %s\n", qPrintable(error));
        return 2;
    }
    const cp::storage::Registry registry = cp::demo::DemoGenerator(shape, seedValue).generate();
    // One response plan per incident type the sector plugins define.
    cp::sectors::SectorRegistry sectors;
    sectors.loadFrom(cp::sectors::SectorRegistry::defaultPluginDirs());
    for (const cp::sectors::PluginRefusal &refusal : sectors.refusals())
        std::fprintf(stderr, "commandpost-demogen: %s: %s\n", qPrintable(refusal.fileName), qPrintable(refusal.reason));
    if (sectors.sectors().isEmpty()) {
        std::fprintf(stderr, "commandpost-demogen: no sector plugin found in %s\n",
                     qPrintable(cp::sectors::SectorRegistry::defaultPluginDirs().join(QStringLiteral(", "))));
        return 2;
    }
    const QList<cp::dispatch::ResponsePlan> plans = cp::demo::demoResponsePlans(sectors.sectors());

    // Write beside the target and move into place, so a failed run never leaves half a file.
    const QString target = parser.value(out);
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        auto store = cp::storage::GeoPackageStore::create(partial, &error);
        if (!store || !store->writeRegistry(registry, &error) || !store->writeResponsePlans(plans, &error)) {
            std::fprintf(stderr, "commandpost-demogen: %s\n", qPrintable(error));
            QFile::remove(partial);
            return 1;
        }
    }
    if (!useRollbackJournal(partial, &error)) {
        std::fprintf(stderr, "commandpost-demogen: %s\n", qPrintable(error));
        QFile::remove(partial);
        return 1;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        std::fprintf(stderr, "commandpost-demogen: cannot move %s to %s\n", qPrintable(partial), qPrintable(target));
        return 1;
    }
    std::printf("commandpost-demogen: wrote %s: %lld enterprises, %lld roads, %lld villages and quarters, %lld response plans\n",
                qPrintable(target), static_cast<long long>(registry.enterprises.size()),
                static_cast<long long>(registry.roads.size()), static_cast<long long>(registry.demandPoints.size()),
                static_cast<long long>(plans.size()));
    return 0;
}
