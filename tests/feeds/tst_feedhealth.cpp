// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedhealth.h"

#include <QtTest>

using namespace cp::feeds;
using State = cp::core::FeedHealthState;

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
        QCOMPARE(h.state(t0), State::Up);
        QCOMPARE(h.state(t0.addSecs(61)), State::Stale); // nothing received since start
        h.recordSuccess(t0.addSecs(61));
        QCOMPARE(h.state(t0.addSecs(61)), State::Up);
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
        QCOMPARE(h.state(t0.addSecs(66)), State::Up);
        QCOMPARE(h.lastSuccess(), t0.addSecs(66));
    }

    void anUnreadableAnswerBlocksUntilOneCanBeRead()
    {
        const QDateTime t0(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC);
        FeedHealthSettings settings;
        settings.downAfterFailures = 3;
        FeedHealth h(settings, t0);
        h.recordSuccess(t0);
        h.recordBlocked(t0.addSecs(1), QStringLiteral("blocked at cursor c9: the body is not a JSON object"));
        QCOMPARE(h.state(t0.addSecs(1)), State::Blocked);
        QCOMPARE(h.consecutiveFailures(), 1); // the retry backs off like after any failure
        h.recordBlocked(t0.addSecs(2), h.lastError());
        h.recordBlocked(t0.addSecs(4), h.lastError());
        QCOMPARE(h.state(t0.addSecs(4)), State::Blocked); // blocked says more than down
        h.recordFailure(t0.addSecs(8), QStringLiteral("Network error: Connection refused"));
        QCOMPARE(h.state(t0.addSecs(8)), State::Down);
        h.recordSuccess(t0.addSecs(9));
        QCOMPARE(h.state(t0.addSecs(9)), State::Up);
    }
};

QTEST_GUILESS_MAIN(TestFeedHealth)
#include "tst_feedhealth.moc"
