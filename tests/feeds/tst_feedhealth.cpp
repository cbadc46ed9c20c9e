// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedhealth.h"

#include <QtTest>

using namespace cp::feeds;
using State = FeedHealth::State;

class TestFeedHealth : public QObject
{
    Q_OBJECT

private slots:
    void healthFollowsSuccessesFailuresAndTime()
    {
        const QDateTime t0(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
        FeedHealthSettings settings;
        settings.downAfterFailures = 3;
        settings.staleAfterMs = 60000;
        FeedHealth h(settings, t0);
        QCOMPARE(h.state(t0), State::Ok);
        QCOMPARE(h.state(t0.addSecs(61)), State::Stale); // nothing received since start
        h.recordSuccess(t0.addSecs(61));
        QCOMPARE(h.state(t0.addSecs(61)), State::Ok);
        h.recordSuccess(t0.addSecs(62), 2, QStringLiteral("alarms[3] value: must be a JSON number"));
        QCOMPARE(h.state(t0.addSecs(62)), State::Degraded);
        QCOMPARE(h.lastError(), QStringLiteral("alarms[3] value: must be a JSON number"));
        h.recordFailure(t0.addSecs(63), QStringLiteral("HTTP 503"));
        h.recordFailure(t0.addSecs(64), QStringLiteral("HTTP 503"));
        QCOMPARE(h.state(t0.addSecs(64)), State::Degraded);
        QCOMPARE(h.state(t0.addSecs(200)), State::Stale);
        h.recordFailure(t0.addSecs(65), QStringLiteral("timeout"));
        QCOMPARE(h.state(t0.addSecs(65)), State::Down);
        QCOMPARE(h.lastError(), QStringLiteral("timeout"));
        h.recordSuccess(t0.addSecs(66));
        QCOMPARE(h.state(t0.addSecs(66)), State::Ok);
        QCOMPARE(h.lastSuccess(), t0.addSecs(66));
        QCOMPARE(toKey(State::Stale), QStringLiteral("stale"));
    }
};

QTEST_GUILESS_MAIN(TestFeedHealth)
#include "tst_feedhealth.moc"
