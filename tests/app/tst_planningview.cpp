// SPDX-License-Identifier: GPL-2.0-or-later
// The desk's planning view on the demo data, offscreen: a plan runs on its worker thread, its layers reach
// the project, and a second run is compared with the first.
#include "../map/qgistestapp.h"
#include "planadoption.h"
#include "planningview.h"
#include "testpaths.h"

#include "map/countymap.h"
#include "pgcluster.h"
#include "pgcounty.h"
#include "storage/changefollower.h"
#include "storage/geopackagestore.h"
#include "storage/postgresaddress.h"
#include "storage/postgresstore.h"

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableWidget>

using namespace cp;

class TestPlanningView : public QObject
{
    Q_OBJECT

private slots:
    void aPlanRunsShowsItsLayersAndIsComparedWithTheNext()
    {
        QgsMapCanvas canvas;
        app::PlanningView view(&canvas);
        view.setDataSet(m_demo, nullptr);
        view.setModel(planning::PlacementModel::PMedian, 8);
        QSignalSpy finished(&view, &app::PlanningView::finished);
        QVERIFY(view.run());
        QVERIFY(view.isRunning());
        QVERIFY(!view.run()); // one plan at a time
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(view.history().size(), 1);
        QCOMPARE(view.history().first().sites, 8);
        QCOMPARE(view.history().first().weightAssigned, view.history().first().weightTotal);
        QVERIFY(view.sitesLayer());
        QCOMPARE(view.sitesLayer()->featureCount(), 8L);
        QCOMPARE(view.assignmentsLayer()->featureCount(), 600L); // every village to its site
        QVERIFY(QgsProject::instance()->mapLayer(view.sitesLayer()->id()));
        QString noStore;
        QCOMPARE(view.adoptPlan(&noStore), -1);
        QCOMPARE(noStore, QStringLiteral("The data set's store is not open, so the plan cannot be adopted."));

        view.setModel(planning::PlacementModel::PMedian, 12);
        QVERIFY(view.run());
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(view.history().size(), 2);
        QCOMPARE(view.history().first().sites, 12);
        QCOMPARE(view.history().at(1).sites, 8);
        // More sites: less person-minutes, and the old plan's layers are gone from the project.
        QVERIFY(view.history().first().objective < view.history().at(1).objective);
        QCOMPARE(QgsProject::instance()->mapLayersByName(view.sitesLayer()->name()).size(), 1);
        const auto *table = view.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->item(3, 1)->text().left(2), QStringLiteral("12"));
        QCOMPARE(table->item(3, 2)->text().left(1), QStringLiteral("8"));

        // The report of the two plans: one A4 page with the map, written as PDF.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        QString error;
        QVERIFY2(view.exportReport(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY2(file.size() > 20000, "the report is too small to hold the map");
        const QString underAFile = pdf + QStringLiteral("/again.pdf"); // a folder that is a file
        QVERIFY(!view.exportReport(underAFile, &error));
        QVERIFY2(error.contains(underAFile), qPrintable(error));
    }

    void aCancelledPlanEndsPromptly()
    {
        QgsMapCanvas canvas;
        app::PlanningView view(&canvas);
        view.setDataSet(m_demo, nullptr);
        view.setModel(planning::PlacementModel::PCenter, 10);
        QSignalSpy finished(&view, &app::PlanningView::finished);
        QVERIFY(view.run());
        view.cancel();
        QVERIFY(finished.wait(60000));
        // Cancelled while reading or solving: either no plan, or the best found so far.
        QVERIFY(!view.isRunning());
    }

    void adoptingAPlanAddsItsNewSitesAsPlannedShelters()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("demo.gpkg"));
        QVERIFY(QFile::copy(m_demo, copy));
        QString error;
        const auto store = storage::GeoPackageStore::open(copy, &error);
        QVERIFY2(store, qPrintable(error));
        const int before = store->readRegistry(&error)->shelters.size();

        QgsMapCanvas canvas;
        app::PlanningView view(&canvas);
        QCOMPARE(view.adoptPlan(&error), -1);
        QCOMPARE(error, QStringLiteral("There is no plan to adopt."));
        QVERIFY(!view.exportReport(dir.filePath(QStringLiteral("none.pdf")), &error));
        QCOMPARE(error, QStringLiteral("There is no plan to report."));
        view.setDataSet(copy, store.get());
        view.setModel(planning::PlacementModel::PMedian, 8);
        QSignalSpy finished(&view, &app::PlanningView::finished);
        QVERIFY(view.run());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const int newSites = view.history().first().newSites;
        QVERIFY(newSites > 0); // on the demo, p-median opens town centres

        QCOMPARE(view.adoptPlan(&error), newSites);
        const auto registry = store->readRegistry(&error);
        QVERIFY2(registry, qPrintable(error));
        QCOMPARE(registry->shelters.size(), before + newSites);
        int planned = 0;
        for (const core::Shelter &s : registry->shelters) {
            if (s.status != core::FacilityStatus::Planned)
                continue;
            ++planned;
            QVERIFY(s.id.startsWith(QStringLiteral("PL-T")));
            QCOMPARE(s.townId, s.id.mid(3));
            QVERIFY(s.capacity > 0);
            QCOMPARE(s.effectiveAreaM2, s.capacity * app::PlanAdoption::areaPerPersonM2);
            // Back in longitude/latitude, inside Liangshan County.
            QVERIFY(s.position.lon > 115.8 && s.position.lon < 116.4);
            QVERIFY(s.position.lat > 35.5 && s.position.lat < 36.1);
        }
        QCOMPARE(planned, newSites);
        // A second adoption of the same plan adds nothing.
        QCOMPARE(view.adoptPlan(&error), 0);
        QCOMPARE(store->readRegistry(&error)->shelters.size(), before + newSites);
    }

    void aPlanAdoptedOnTheSharedDatabaseShowsOnAnotherSeatsMap()
    {
        test::PgCluster cluster;
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        const QString conninfo = test::createCountyDatabase(cluster, QStringLiteral("county"), &error);
        QVERIFY2(!conninfo.isEmpty(), qPrintable(error));
        const auto address = storage::PostgresAddress::parse(conninfo, &error);
        QVERIFY2(address, qPrintable(error));
        auto planner = storage::PostgresStore::connect(*address, &error);
        QVERIFY2(planner, qPrintable(error));

        // The other seat: its map from PostGIS, following the change log as the desk and the wall do.
        QStringList errors;
        const QList<QgsVectorLayer *> otherSeat = map::CountyMap::loadPostgres(conninfo, QStringLiteral("county"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QgsVectorLayer *shelters = map::CountyMap::find(otherSeat, QStringLiteral("shelters"));
        QVERIFY(shelters);
        const long long before = shelters->featureCount();
        auto follower = storage::ChangeFollower::fromNow(*planner, {}, &error);
        QVERIFY2(follower, qPrintable(error));
        QStringList reloadedTables;
        connect(follower.get(), &storage::ChangeFollower::changed, this, [&](const QList<storage::ChangeRecord> &changes) {
            const QStringList tables = storage::Store::changedRegistryLayers(changes);
            if (map::CountyMap::reloadTables({otherSeat.cbegin(), otherSeat.cend()}, tables) > 0)
                reloadedTables << tables;
        });
        follower->start();

        QgsMapCanvas canvas;
        app::PlanningView view(&canvas);
        view.setDataSet(QStringLiteral("PG:") + conninfo, planner.get());
        view.setModel(planning::PlacementModel::PMedian, 8);
        QSignalSpy finished(&view, &app::PlanningView::finished);
        QVERIFY(view.run());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(view.history().first().weightAssigned, view.history().first().weightTotal); // the same villages as on the file
        const int newSites = view.history().first().newSites;
        QVERIFY(newSites > 0);

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(view.adoptPlan(&error), newSites);
        const qint64 adopted = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(reloadedTables.contains(QStringLiteral("shelters")), 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        qInfo("adopted in %lld ms, drawn at the other seat %lld ms later", static_cast<long long>(adopted),
              static_cast<long long>(clock.elapsed() - adopted));
        QCOMPARE(shelters->featureCount(), before + newSites);
        int planned = 0;
        QgsFeatureIterator it = shelters->getFeatures();
        QgsFeature f;
        while (it.nextFeature(f))
            planned += f.attribute(QStringLiteral("status")).toString() == core::toKey(core::FacilityStatus::Planned) ? 1 : 0;
        QCOMPARE(planned, newSites);
        qDeleteAll(otherSeat);
    }

    void onlySitesThatDoNotExistBecomePlannedShelters()
    {
        planning::LayerPlan plan;
        plan.problem.costs = planning::CostMatrix(2, 3, 4.0);
        plan.problem.costs.setWeight(0, 100.0);
        plan.problem.costs.setWeight(1, 250.4);
        const QList<std::tuple<QString, QString, bool>> sites = {{QStringLiteral("S1"), QStringLiteral("shelters"), false},
                                                                 {QStringLiteral("T1"), QStringLiteral("towns"), false},
                                                                 {QStringLiteral("X1"), QStringLiteral("depots"), true}};
        for (const auto &[id, layer, fixed] : sites) {
            planning::PlanSite s;
            s.id = id;
            s.name = id + QStringLiteral(" name");
            s.layer = layer;
            s.fixed = fixed;
            s.x = 500000.0; // 117°E on the central meridian of EPSG:4548
            s.y = 3960000.0;
            plan.sites.append(s);
        }
        plan.result.openSites = {0, 1, 2};
        plan.result.assignment = {1, 1};
        const QList<core::Shelter> shelters = app::PlanAdoption::plannedShelters(plan);
        QCOMPARE(shelters.size(), 1);
        QCOMPARE(shelters.first().id, QStringLiteral("PL-T1"));
        QCOMPARE(shelters.first().townId, QStringLiteral("T1"));
        QCOMPARE(shelters.first().capacity, 350);
        QCOMPARE(shelters.first().status, core::FacilityStatus::Planned);
        QVERIFY(qAbs(shelters.first().position.lon - 117.0) < 1e-6);
    }

    void aMissingDataSetIsReported()
    {
        app::PlanningView view(nullptr);
        QSignalSpy finished(&view, &app::PlanningView::finished);
        QVERIFY(!view.run());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("No data set is open."));
        view.setDataSet(test::testDataPath(QStringLiteral("does-not-exist.gpkg")), nullptr);
        QVERIFY(view.run());
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("does-not-exist.gpkg")),
                 qPrintable(finished.last().at(1).toString()));
    }

private:
    const QString m_demo = test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg"));
};

COMMANDPOST_QGIS_TEST_MAIN(TestPlanningView)
#include "tst_planningview.moc"
