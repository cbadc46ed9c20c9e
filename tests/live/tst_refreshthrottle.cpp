// SPDX-License-Identifier: GPL-2.0-or-later
#include "live/refreshthrottle.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace cp;

class TestRefreshThrottle : public QObject
{
    Q_OBJECT

private slots:
    void aChangeAfterAQuietSpellRefreshesAtOnce()
    {
        live::RefreshThrottle throttle(std::chrono::milliseconds(500));
        QSignalSpy refreshed(&throttle, &live::RefreshThrottle::refresh);
        QElapsedTimer clock;
        clock.start();
        throttle.changed();
        QVERIFY(refreshed.wait(400)); // not the interval's 500 ms
        QVERIFY2(clock.elapsed() < 400, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(refreshed.count(), 1);
    }

    void changesWithinTheIntervalMakeOneRefreshAtItsEnd()
    {
        live::RefreshThrottle throttle(std::chrono::milliseconds(300));
        QSignalSpy refreshed(&throttle, &live::RefreshThrottle::refresh);
        throttle.changed();
        QVERIFY(refreshed.wait(250));
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        for (int i = 0; i < 1000; ++i)
            throttle.changed(); // a flood
        QVERIFY(refreshed.wait(1000));
        QCOMPARE(refreshed.count(), 2);
        QVERIFY2(sinceFirst.elapsed() >= 250, qPrintable(QString::number(sinceFirst.elapsed()))); // not before the interval
        QTest::qWait(500);
        QCOMPARE(refreshed.count(), 2); // nothing changed since: no refresh
    }
};

QTEST_GUILESS_MAIN(TestRefreshThrottle)
#include "tst_refreshthrottle.moc"
