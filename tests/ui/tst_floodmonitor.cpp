// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/floodmonitor.h"

#include <QtTest>

using namespace cp;

class TestFloodMonitor : public QObject
{
    Q_OBJECT

private slots:
    void floodIsMoreThanTheThresholdInsideTheWindow_data()
    {
        QTest::addColumn<QList<int>>("batches"); // events per batch, one batch a second
        QTest::addColumn<int>("counted");
        QTest::addColumn<bool>("flooding");
        QTest::newRow("exactly the threshold is not a flood") << QList<int>{25, 25} << 50 << false;
        QTest::newRow("one over the threshold is a flood") << QList<int>{25, 26} << 51 << true;
        QTest::newRow("batches older than ten seconds no longer count")
            << QList<int>{40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20} << 20 << false;
        QTest::newRow("a steady 6 a second is a flood over ten seconds")
            << QList<int>{6, 6, 6, 6, 6, 6, 6, 6, 6, 6} << 60 << true;
    }

    void floodIsMoreThanTheThresholdInsideTheWindow()
    {
        QFETCH(QList<int>, batches);
        QFETCH(int, counted);
        QFETCH(bool, flooding);
        ui::FloodMonitor monitor(50, 10'000);
        qint64 now = 1'000'000;
        for (int n : batches) {
            monitor.record(n, now);
            now += 1000;
        }
        QCOMPARE(monitor.count(), counted);
        QCOMPARE(monitor.flooding(), flooding);
        QCOMPARE(monitor.ratePerSecond(), counted / 10.0);
    }

    void floodEndsWhenTheWindowPassesWithoutEvents()
    {
        ui::FloodMonitor monitor(50, 10'000);
        monitor.record(100, 0);
        QVERIFY(monitor.flooding());
        monitor.expire(9'999);
        QVERIFY(monitor.flooding());
        monitor.expire(10'000);
        QVERIFY(!monitor.flooding());
        QCOMPARE(monitor.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFloodMonitor)
#include "tst_floodmonitor.moc"
