// SPDX-License-Identifier: GPL-2.0-or-later
#include "qgistestapp.h"

#include "map/alarmoverlay.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QSignalSpy>

using namespace cp;

class TestOverlay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_base = std::make_unique<QgsVectorLayer>(QStringLiteral("Polygon?crs=EPSG:4548"), QStringLiteral("base"), QStringLiteral("memory"));
        QgsFeature f;
        f.setGeometry(QgsGeometry::fromRect(QgsRectangle(0, 0, 10000, 10000)));
        QgsFeatureList features{f};
        m_base->dataProvider()->addFeatures(features);
        m_canvas = std::make_unique<QgsMapCanvas>();
        m_canvas->resize(400, 400);
        m_canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
        m_canvas->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")));
        m_canvas->setCachingEnabled(true);
        m_canvas->setPreviewJobsEnabled(false); // as on the desk: no neighbour tiles rendered ahead
        m_canvas->setLayers({m_base.get()});
        m_canvas->setExtent(QgsRectangle(0, 0, 10000, 10000));
        QSignalSpy drawn(m_canvas.get(), &QgsMapCanvas::mapCanvasRefreshed);
        m_canvas->refresh();
        QVERIFY(drawn.wait(10000));
        // Showing and resizing queue further refreshes; let them all run so the test starts quiet.
        QSignalSpy further(m_canvas.get(), &QgsMapCanvas::renderStarting);
        while (further.wait(1000))
            QTRY_VERIFY_WITH_TIMEOUT(!m_canvas->isDrawing(), 10000);
    }

    void alarmsAppearWithoutReRenderingTheMap()
    {
        auto *overlay = new map::AlarmOverlay(m_canvas.get());
        QSignalSpy renders(m_canvas.get(), &QgsMapCanvas::renderStarting);
        QHash<QString, QgsPointXY> positions;
        QList<core::Alarm> alarms;
        for (int i = 0; i < 50; ++i) {
            // A grid 900 m (36 px) apart, so markers never overlap.
            const QString enterprise = QStringLiteral("E%1").arg(i);
            positions.insert(enterprise, QgsPointXY(1000 + 900 * (i % 10), 1000 + 1800 * (i / 10)));
            core::Alarm a;
            a.key = {enterprise, QStringLiteral("GT-01"), QStringLiteral("combustible_gas")};
            a.priority = core::AlarmPriority::High;
            a.state = core::AlarmState::UnacknowledgedActive;
            alarms.append(a);
        }
        overlay->setPositions(positions);
        overlay->setAlarms(alarms);
        QCOMPARE(overlay->count(), 50);
        QTest::qWait(300); // a few pulse frames
        QCOMPARE(renders.count(), 0);

        const QImage shot = m_canvas->viewport()->grab().toImage();
        const QgsPointXY px = m_canvas->getCoordinateTransform()->transform(QgsPointXY(1000, 1000));
        const QColor centre = shot.pixelColor(qRound(px.x()), qRound(px.y()));
        QVERIFY2(centre.red() > 200 && centre.green() < 80, qPrintable(centre.name()));

        // Shelved and normal alarms leave the map; an alarm of an enterprise without a position is not drawn.
        alarms[0].state = core::AlarmState::Shelved;
        alarms[1].state = core::AlarmState::Normal;
        alarms[2].key.enterpriseId = QStringLiteral("elsewhere");
        overlay->setAlarms(alarms);
        QCOMPARE(overlay->count(), 47);
        QCOMPARE(renders.count(), 0);
        delete overlay;
    }

private:
    std::unique_ptr<QgsVectorLayer> m_base;
    std::unique_ptr<QgsMapCanvas> m_canvas;
};

COMMANDPOST_QGIS_TEST_MAIN(TestOverlay)
#include "tst_overlay.moc"
