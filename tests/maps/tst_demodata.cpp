// SPDX-License-Identifier: GPL-2.0-or-later
// The committed demo GeoPackage: what the generator makes today, and what GDAL says of it.
#include "demogenerator.h"
#include "testpaths.h"

#include "storage/geopackagestore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

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
