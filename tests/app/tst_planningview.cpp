// SPDX-License-Identifier: GPL-2.0-or-later
// The desk's planning view on the demo data, offscreen: a plan runs on its worker thread, its layers reach
// the project, and a second run is compared with the first.
#include "../map/qgistestapp.h"
#include "planningview.h"
#include "testpaths.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QSignalSpy>
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
        view.setDataPath(m_demo);
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
    }

    void aCancelledPlanEndsPromptly()
    {
        QgsMapCanvas canvas;
        app::PlanningView view(&canvas);
        view.setDataPath(m_demo);
        view.setModel(planning::PlacementModel::PCenter, 10);
        QSignalSpy finished(&view, &app::PlanningView::finished);
        QVERIFY(view.run());
        view.cancel();
        QVERIFY(finished.wait(60000));
        // Cancelled while reading or solving: either no plan, or the best found so far.
        QVERIFY(!view.isRunning());
    }

    void aMissingDataSetIsReported()
    {
        app::PlanningView view(nullptr);
        QSignalSpy finished(&view, &app::PlanningView::finished);
        QVERIFY(!view.run());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("No data set is open."));
        view.setDataPath(test::testDataPath(QStringLiteral("does-not-exist.gpkg")));
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
