// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-bench render [--data FILE.gpkg] [--enterprises N] [--alarms N] [--repeat N]
//
// Full renders of the county map at 1920×1080 (the demo data set, then N generated enterprises) and
// the live overlay's update with N active alarms, which must not re-render the map.
#include "benchmarks.h"

#include "map/alarmoverlay.h"
#include "map/countymap.h"
#include "map/enterpriseoverview.h"
#include "sectors/sectorregistry.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QEventLoop>
#include <QTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <random>

namespace cp::bench {

namespace {

const QSize fullHd(1920, 1080);

QgsMapSettings mapSettings(const QList<QgsVectorLayer *> &layers, const QgsRectangle &extent)
{
    QgsMapSettings ms;
    QList<QgsMapLayer *> mapLayers;
    for (QgsVectorLayer *l : layers)
        mapLayers << l;
    ms.setLayers(mapLayers);
    ms.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")));
    ms.setOutputSize(fullHd);
    ms.setOutputDpi(96);
    ms.setExtent(extent);
    ms.setFlag(Qgis::MapSettingsFlag::DrawLabeling, true);
    ms.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
    return ms;
}

double renderMilliseconds(const QgsMapSettings &settings, int repeat)
{
    return medianMilliseconds(repeat, [&settings] {
        QgsMapRendererParallelJob job(settings);
        job.start();
        job.waitForFinished();
    });
}

//! Process CPU time of one render, all threads counted, averaged over \a repeat: the work, whatever the machine's load.
double renderCpuMilliseconds(const QgsMapSettings &settings, int repeat)
{
    const std::clock_t start = std::clock();
    for (int i = 0; i < repeat; ++i) {
        QgsMapRendererParallelJob job(settings);
        job.start();
        job.waitForFinished();
    }
    return 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC / repeat;
}

/*!
 * The "enterprises" layer of the GeoPackage \a path replaced by \a count points spread over \a extent, with the fields the
 * enterprise style reads, written through GDAL as the store would.
 */
QString writeEnterprises(const QString &path, int count, const QgsRectangle &extent, const QStringList &sectorIds)
{
    QgsVectorLayer memory(QStringLiteral("Point?crs=EPSG:4548&field=name:string&field=sector:string&field=risk_level:string&field=major_hazard:string"),
                          QStringLiteral("enterprises"), QStringLiteral("memory"));
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> x(extent.xMinimum(), extent.xMaximum()), y(extent.yMinimum(), extent.yMaximum());
    const QStringList risks{QStringLiteral("major"), QStringLiteral("significant"), QStringLiteral("general"), QStringLiteral("low")};
    QgsFeatureList features;
    features.reserve(count);
    for (int i = 0; i < count; ++i) {
        QgsFeature f(memory.fields());
        f.setAttributes(QgsAttributes() << QStringLiteral("E%1").arg(i) << sectorIds.at(i % sectorIds.size()) << risks.at(i % 4)
                                        << (i % 50 == 0 ? QStringLiteral("3") : QStringLiteral("none")));
        f.setGeometry(QgsGeometry::fromPointXY({x(random), y(random)}));
        features << f;
    }
    memory.dataProvider()->addFeatures(features);
    QgsVectorFileWriter::SaveVectorOptions o;
    o.driverName = QStringLiteral("GPKG");
    o.actionOnExistingFile = QgsVectorFileWriter::CreateOrOverwriteLayer;
    o.layerName = QStringLiteral("enterprises");
    QString error;
    QgsVectorFileWriter::writeAsVectorFormatV3(&memory, path, QgsProject::instance()->transformContext(), o, &error);
    return error;
}

} // namespace

int runRenderBench(BenchReport &report, const QStringList &arguments)
{
    QString data = QDir(QStringLiteral(COMMANDPOST_SOURCE_DIR)).filePath(QStringLiteral("maps/liangshan/demo.gpkg"));
    int enterprises = 100000, alarms = 1000, repeat = 7;
    for (int i = 0; i + 1 < arguments.size(); i += 2) {
        const QString &key = arguments.at(i), &value = arguments.at(i + 1);
        if (key == QLatin1String("--data")) data = value;
        else if (key == QLatin1String("--enterprises")) enterprises = value.toInt();
        else if (key == QLatin1String("--alarms")) alarms = value.toInt();
        else if (key == QLatin1String("--repeat")) repeat = value.toInt();
        else {
            QTextStream(stderr) << "commandpost-bench render: unknown option " << key << "\n";
            return 2;
        }
    }
    sectors::SectorRegistry sectors;
    sectors.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
    QStringList errors;
    const QList<QgsVectorLayer *> layers = map::CountyMap::load(data, &errors, &sectors);
    if (layers.isEmpty()) {
        QTextStream(stderr) << "commandpost-bench render: " << errors.join(QLatin1Char('\n')) << "\n";
        return 2;
    }
    QgsVectorLayer *boundary = map::CountyMap::find(layers, QStringLiteral("county_boundary"));
    const QgsRectangle county = boundary->extent().buffered(1500);

    // 1. The demo map, every layer, labels on.
    report.figure(QStringLiteral("demo_full_render_ms"), renderMilliseconds(mapSettings(layers, county), repeat), QStringLiteral("ms"),
                  QStringLiteral("1920x1080, all demo layers, median of %1").arg(repeat));

    // 2. The same map with many enterprises instead of the demo's ~500, loaded as the desk loads it.
    QTemporaryDir dir;
    const QString bigPath = dir.filePath(QStringLiteral("county.gpkg"));
    if (!QFile::copy(data, bigPath)) {
        QTextStream(stderr) << "commandpost-bench render: cannot copy " << data << " to " << bigPath << "\n";
        return 1;
    }
    const QString writeError = writeEnterprises(bigPath, enterprises, boundary->extent(), sectors.catalog().ids());
    if (!writeError.isEmpty()) {
        QTextStream(stderr) << "commandpost-bench render: " << writeError << "\n";
        return 1;
    }
    QElapsedTimer loading;
    loading.start();
    const QList<QgsVectorLayer *> withMany = map::CountyMap::load(bigPath, &errors, &sectors);
    report.figure(QStringLiteral("enterprises_%1_load_ms").arg(enterprises), static_cast<double>(loading.nsecsElapsed()) / 1e6,
                  QStringLiteral("ms"), QStringLiteral("CountyMap::load, the county overview built once"));
    QgsVectorLayer *many = map::CountyMap::find(withMany, QStringLiteral("enterprises"));
    const auto overview = std::find_if(withMany.cbegin(), withMany.cend(),
                                       [](QgsVectorLayer *l) { return !map::EnterpriseOverview::sourceLayerId(*l).isEmpty(); });
    report.figure(QStringLiteral("enterprises_%1_overview_features").arg(enterprises),
                  overview == withMany.cend() ? 0 : static_cast<double>((*overview)->featureCount()), QStringLiteral("features"),
                  QStringLiteral("discs drawn at county scale: the worst of each 200 m cell"));
    report.figure(QStringLiteral("enterprises_%1_render_ms").arg(enterprises), renderMilliseconds(mapSettings(withMany, county), repeat),
                  QStringLiteral("ms"), QStringLiteral("1920x1080, the whole county with them, target < 300 ms"));
    report.figure(QStringLiteral("enterprises_%1_render_cpu_ms").arg(enterprises), renderCpuMilliseconds(mapSettings(withMany, county), repeat),
                  QStringLiteral("ms"), QStringLiteral("CPU time of that render, all threads"));
    QgsRectangle zoomed = county;
    zoomed.scale(0.3); // about 1:46,000: inside the switch scale, every enterprise drawn
    report.figure(QStringLiteral("enterprises_%1_zoomed_render_ms").arg(enterprises), renderMilliseconds(mapSettings(withMany, zoomed), repeat),
                  QStringLiteral("ms"), QStringLiteral("1920x1080, a third of the county's width, every enterprise in view"));
    many->setScaleBasedVisibility(false);
    report.figure(QStringLiteral("enterprises_%1_every_marker_ms").arg(enterprises), renderMilliseconds(mapSettings({many}, county), repeat),
                  QStringLiteral("ms"), QStringLiteral("1920x1080, the full enterprises layer alone at county scale, no overview"));
    report.figure(QStringLiteral("enterprises_%1_every_marker_cpu_ms").arg(enterprises), renderCpuMilliseconds(mapSettings({many}, county), repeat),
                  QStringLiteral("ms"), QStringLiteral("CPU time of that render, all threads"));

    // 3. The live overlay: N alarms put on a drawn canvas, and one repaint of the view.
    QgsMapCanvas canvas;
    canvas.resize(fullHd);
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")));
    canvas.setCachingEnabled(true);
    canvas.setPreviewJobsEnabled(false);
    QList<QgsMapLayer *> canvasLayers;
    for (QgsVectorLayer *l : layers)
        canvasLayers << l;
    canvas.setLayers(canvasLayers);
    canvas.setExtent(county);
    canvas.show();
    {
        QEventLoop loop;
        QObject::connect(&canvas, &QgsMapCanvas::mapCanvasRefreshed, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        canvas.refresh();
        loop.exec();
    }
    int renders = 0;
    QObject::connect(&canvas, &QgsMapCanvas::renderStarting, &canvas, [&renders] { ++renders; });
    auto *overlay = new map::AlarmOverlay(&canvas);
    std::mt19937_64 random(11);
    std::uniform_real_distribution<double> x(county.xMinimum(), county.xMaximum()), y(county.yMinimum(), county.yMaximum());
    int round = 0;
    const double overlayMs = medianMilliseconds(repeat * 3, [&] {
        QHash<QString, QgsPointXY> positions;
        QList<core::Alarm> list;
        list.reserve(alarms);
        for (int i = 0; i < alarms; ++i) {
            core::Alarm a;
            a.key = {QStringLiteral("E%1").arg(i), QStringLiteral("s%1").arg(round), QStringLiteral("combustible_gas")};
            a.priority = static_cast<core::AlarmPriority>(i % 4);
            a.state = i % 3 == 0 ? core::AlarmState::AcknowledgedActive : core::AlarmState::UnacknowledgedActive;
            positions.insert(a.key.enterpriseId, QgsPointXY(x(random), y(random)));
            list.append(a);
        }
        ++round;
        overlay->setPositions(positions);
        overlay->setAlarms(list);
        canvas.viewport()->repaint(); // synchronous: the update is on screen when this returns
    });
    report.figure(QStringLiteral("overlay_update_%1_alarms_ms").arg(alarms), overlayMs, QStringLiteral("ms"),
                  QStringLiteral("replace all markers + repaint 1920x1080, target < 16 ms"));
    report.figure(QStringLiteral("overlay_map_rerenders"), renders, QStringLiteral("renders"),
                  QStringLiteral("map renders during the overlay updates; must be 0"));

    delete overlay;
    canvas.setLayers({});
    qDeleteAll(withMany);
    qDeleteAll(layers);
    return 0;
}

} // namespace cp::bench
