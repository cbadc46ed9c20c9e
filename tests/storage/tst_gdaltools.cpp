// SPDX-License-Identifier: GPL-2.0-or-later
// A written store as GDAL's own tools see it: ogrinfo lists every layer with its features, and
// GDAL's GeoPackage validator finds nothing wrong (what QGIS desktop relies on).
#include "sampleregistry.h"
#include "storage/geopackagestore.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using namespace cp::storage;

class TestGdalTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tools.gpkg"));
        QString error;
        auto store = GeoPackageStore::create(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(store->writeRegistry(test::sampleRegistry(), &error), qPrintable(error));
        const QDateTime t0(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store->commitFeedBatch(QStringLiteral("f1"),
                                       {{QStringLiteral("1"), QStringLiteral("f1"), QStringLiteral("E001"),
                                         QStringLiteral("GT-1"), QStringLiteral("combustible_gas"), 30,
                                         QStringLiteral("%LEL"), true, t0, QString()}},
                                       {}, QStringLiteral("c1"), {}, &error));
        core::Alarm alarm;
        alarm.key = {QStringLiteral("E001"), QStringLiteral("GT-1"), QStringLiteral("combustible_gas")};
        alarm.feedId = QStringLiteral("f1");
        alarm.eventId = QStringLiteral("1");
        alarm.value = 30;
        alarm.unit = QStringLiteral("%LEL");
        alarm.threshold = 25;
        alarm.state = core::AlarmState::UnacknowledgedActive;
        alarm.priority = core::AlarmPriority::Medium;
        alarm.raisedAt = t0;
        alarm.updatedAt = t0;
        QVERIFY(store->saveAlarms({alarm}, {}, &error));
        QVERIFY(store->appendAudit({QStringLiteral("duty1"), t0, QStringLiteral("alarm.acknowledge"),
                                    QStringLiteral("f1:1"), {}},
                                   &error));
    }

    void ogrinfoListsEveryLayerWithItsFeatures_data()
    {
        const Registry r = test::sampleRegistry();
        int inventory = 0;
        for (const core::SupplyDepot &d : r.supplyDepots)
            inventory += static_cast<int>(d.inventory.size());
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("features");
        const QList<QPair<QString, int>> layers = {
            {QStringLiteral("sectors"), r.sectors.size()},
            {QStringLiteral("county_boundary"), 1},
            {QStringLiteral("towns"), r.towns.size()},
            {QStringLiteral("enterprises"), r.enterprises.size()},
            {QStringLiteral("shelters"), r.shelters.size()},
            {QStringLiteral("rescue_stations"), r.rescueStations.size()},
            {QStringLiteral("teams"), r.teams.size()},
            {QStringLiteral("supply_depots"), r.supplyDepots.size()},
            {QStringLiteral("depot_inventory"), inventory},
            {QStringLiteral("roads"), r.roads.size()},
            {QStringLiteral("demand_points"), r.demandPoints.size()},
            {QStringLiteral("alarm_events"), 1},
            {QStringLiteral("alarms"), 1},
            {QStringLiteral("incidents"), 0},
            {QStringLiteral("dispatch_orders"), 0},
            {QStringLiteral("audit_log"), 1},
            {QStringLiteral("feeds"), 1},
            {QStringLiteral("feed_quarantine"), 0},
            {QStringLiteral("supply_movements"), 0},
        };
        for (const auto &layer : layers)
            QTest::newRow(qPrintable(QStringLiteral("ogrinfo lists %1 with %2 features").arg(layer.first).arg(layer.second)))
                << layer.first << layer.second;
    }

    void ogrinfoListsEveryLayerWithItsFeatures()
    {
        QFETCH(QString, layer);
        QFETCH(int, features);
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (ogrinfo.isEmpty())
            QSKIP("ogrinfo is not installed (Debian package gdal-bin)");
        if (m_ogrinfo.isEmpty()) {
            QProcess process;
            process.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), m_path});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            m_ogrinfo = QString::fromUtf8(process.readAllStandardOutput());
        }
        // ogrinfo -al -so prints "Layer name: X" then, a few lines on, "Feature Count: N" for each layer.
        const QRegularExpression block(QStringLiteral("Layer name: %1\\n(?:.*\\n)*?Feature Count: (\\d+)")
                                           .arg(QRegularExpression::escape(layer)));
        const QRegularExpressionMatch match = block.match(m_ogrinfo);
        QVERIFY2(match.hasMatch(), qPrintable(m_ogrinfo));
        QCOMPARE(match.captured(1).toInt(), features);
    }

    void gdalValidatorReportsNoError()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFileInfo(python).isExecutable())
            QSKIP("/usr/bin/python3 is not installed (Debian packages python3, python3-gdal)");
        QProcess process;
        process.start(python, {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), m_path});
        QVERIFY(process.waitForFinished(120000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        if (output.contains(QStringLiteral("No module named")))
            QSKIP("GDAL's Python utilities are not installed (Debian package python3-gdal)");
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_ogrinfo;
};

QTEST_GUILESS_MAIN(TestGdalTools)
#include "tst_gdaltools.moc"
