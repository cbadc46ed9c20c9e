// SPDX-License-Identifier: GPL-2.0-or-later
// The committed demo GeoPackage: what the generator makes today, and what GDAL says of it.
#include "demogenerator.h"
#include "demoplans.h"
#include "testpaths.h"

#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cp;

namespace {

QString committedDemo() { return test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")); }

//! Every record's identity, names, keys and position rounded to ~0.1 m, one line each.
QStringList fingerprint(const storage::Registry &r)
{
    auto at = [](const core::GeoPoint &p) { return QStringLiteral("%1,%2").arg(p.lon, 0, 'f', 6).arg(p.lat, 0, 'f', 6); };
    QStringList lines;
    for (const auto &s : r.sectors)
        lines << QStringLiteral("sector %1 %2 %3").arg(s.id, s.nameZh, s.nameEn);
    for (const auto &t : r.towns)
        lines << QStringLiteral("town %1 %2 %3 %4").arg(t.id, t.name, at(t.seat)).arg(t.population);
    for (const auto &e : r.enterprises)
        lines << QStringLiteral("enterprise %1 %2 %3 %4 %5 %6").arg(e.id, e.name, e.sectorId, e.category, core::toKey(e.riskLevel), at(e.position));
    for (const auto &s : r.shelters)
        lines << QStringLiteral("shelter %1 %2 %3 %4").arg(s.id, s.name, at(s.position)).arg(s.capacity);
    for (const auto &s : r.rescueStations)
        lines << QStringLiteral("station %1 %2 %3").arg(s.id, s.name, at(s.position));
    for (const auto &t : r.teams)
        lines << QStringLiteral("team %1 %2 %3").arg(t.id, t.name, core::toKey(t.status));
    for (const auto &d : r.supplyDepots)
        lines << QStringLiteral("depot %1 %2 %3 lines").arg(d.id, d.name).arg(d.inventory.size());
    for (const auto &s : r.roads)
        lines << QStringLiteral("road %1 %2 %3 %4").arg(s.id, core::toKey(s.roadClass), at(s.line.first()), at(s.line.last()));
    for (const auto &p : r.demandPoints)
        lines << QStringLiteral("place %1 %2 %3").arg(p.id, p.name).arg(p.population);
    return lines;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Work on a copy: opening a store may upgrade it, and the committed file must stay as it is.
        m_copy = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QVERIFY2(QFile::copy(committedDemo(), m_copy), qPrintable(committedDemo()));
    }

    void theCommittedFileIsWhatTheGeneratorMakesToday()
    {
        QString error;
        auto store = storage::GeoPackageStore::open(m_copy, &error);
        QVERIFY2(store, qPrintable(error));
        const auto stored = store->readRegistry(&error);
        QVERIFY2(stored, qPrintable(error));
        demo::CountyShape shape;
        QVERIFY2(shape.load(test::sourcePath(QStringLiteral("maps/liangshan/liangshan-boundary.geojson")), &error), qPrintable(error));
        const storage::Registry fresh = demo::DemoGenerator(shape, demo::DemoGenerator::defaultSeed).generate();
        const QStringList a = fingerprint(*stored), b = fingerprint(fresh);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i)
            QVERIFY2(a.at(i) == b.at(i), qPrintable(QStringLiteral("stored: %1\nfresh:  %2\n(regenerate with the demo-data target)").arg(a.at(i), b.at(i))));
    }

    void theCommittedPlansAreOnePerIncidentTypeOfEverySector()
    {
        sectors::SectorRegistry sectors;
        sectors.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
        QCOMPARE(sectors.sectors().size(), 13);
        QString error;
        auto store = storage::GeoPackageStore::open(m_copy, &error);
        QVERIFY2(store, qPrintable(error));
        const std::optional<storage::ResponsePlansRead> read = store->responsePlans(&error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY2(read->problems.isEmpty(), qPrintable(read->problems.join(QLatin1Char('\n'))));
        const QList<dispatch::ResponsePlan> fresh = demo::demoResponsePlans(sectors.sectors());
        QCOMPARE(read->book.plans().size(), fresh.size());
        for (const dispatch::ResponsePlan &plan : fresh) {
            const dispatch::ResponsePlan *stored = read->book.plan(plan.sectorId, plan.incidentType);
            QVERIFY2(stored, qPrintable(plan.sectorId + QLatin1Char('/') + plan.incidentType + QStringLiteral(" (regenerate with the demo-data target)")));
            QCOMPARE(stored->title, plan.title);
            QCOMPARE(stored->steps.size(), plan.steps.size());
            for (int i = 0; i < plan.steps.size(); ++i) {
                QCOMPARE(stored->steps.at(i).id, plan.steps.at(i).id);
                QCOMPARE(stored->steps.at(i).what, plan.steps.at(i).what);
                QCOMPARE(stored->steps.at(i).levels, plan.steps.at(i).levels);
                QCOMPARE(stored->steps.at(i).limitMinutes, plan.steps.at(i).limitMinutes);
            }
            // Every plan has the four parts of the plan rules and the 1-hour report of 493号 art.9.
            QSet<int> sections;
            for (const dispatch::ResponsePlanStep &s : plan.steps)
                sections.insert(int(s.section));
            QCOMPARE(sections.size(), 4);
            QVERIFY(std::any_of(plan.steps.cbegin(), plan.steps.cend(), [](const dispatch::ResponsePlanStep &s) {
                return s.section == dispatch::PlanSection::Reporting && s.limitMinutes == 60;
            }));
        }
    }

    void theCommittedFileIsInRollbackJournalMode()
    {
        // A shipped WAL file cannot be read from a read-only folder and is not refused read-only at start.
        QFile file(committedDemo());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(int(header.at(18)), 1); // file format write version: 1 legacy (rollback journal), 2 WAL
        QCOMPARE(int(header.at(19)), 1);
    }

    void ogrinfoListsEveryLayerWithItsFeatures()
    {
        QProcess ogrinfo;
        ogrinfo.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), m_copy});
        if (!ogrinfo.waitForStarted())
            QSKIP("ogrinfo (gdal-bin) is not installed");
        QVERIFY(ogrinfo.waitForFinished(60000));
        QCOMPARE(ogrinfo.exitCode(), 0);
        const QString out = QString::fromUtf8(ogrinfo.readAllStandardOutput());
        for (const char *layer : {"county_boundary", "towns", "roads", "enterprises", "shelters", "rescue_stations", "teams",
                                  "supply_depots", "demand_points"}) {
            const QRegularExpression counted(QStringLiteral("Layer name: %1\\n(?:.*\\n)*?Feature Count: ([1-9]\\d*)").arg(QLatin1String(layer)));
            QVERIFY2(counted.match(out).hasMatch(), layer);
        }
    }

    void gdalsGeoPackageValidatorFindsNoError()
    {
        QProcess validator;
        validator.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), m_copy});
        QVERIFY(validator.waitForFinished(120000));
        const QString err = QString::fromUtf8(validator.readAllStandardError());
        if (err.contains(QLatin1String("No module named")))
            QSKIP("python3-gdal is not installed");
        QCOMPARE(validator.exitCode(), 0);
        QVERIFY2(err.trimmed().isEmpty(), qPrintable(err));
        QVERIFY2(QString::fromUtf8(validator.readAllStandardOutput()).trimmed().isEmpty(), "the validator reported something");
    }

private:
    QTemporaryDir m_dir;
    QString m_copy;
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
