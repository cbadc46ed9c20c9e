// SPDX-License-Identifier: GPL-2.0-or-later
// Reporting deadlines of 493号 arts.9–13 on a fake clock: the 1 h initial report met or overdue, the
// upward totals by grade, follow-up cadence and its end at the 终报, the 7/30-day window, the texts.
#include "dispatch/reportdeadlines.h"

#include <QtTest>

using namespace cp;
using namespace cp::dispatch;

namespace {
const QDateTime occurred(QDate(2026, 7, 1), QTime(2, 0), Qt::UTC);
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

QDateTime at(qint64 ms) { return occurred.addMSecs(ms); }

AccidentReport submitted(ReportKind kind, qint64 atMs, int version = 1)
{
    AccidentReport r;
    r.incidentId = QStringLiteral("INC-3");
    r.kind = kind;
    r.version = version;
    r.occurredAt = occurred;
    r.submittedAt = at(atMs);
    return r;
}

Deadline find(const QList<Deadline> &deadlines, DeadlineKind kind)
{
    for (const Deadline &d : deadlines) {
        if (d.kind == kind)
            return d;
    }
    QTest::qFail("no deadline of that kind", __FILE__, __LINE__);
    return {};
}

bool has(const QList<Deadline> &deadlines, DeadlineKind kind)
{
    return std::any_of(deadlines.cbegin(), deadlines.cend(), [kind](const Deadline &d) { return d.kind == kind; });
}
} // namespace

Q_DECLARE_METATYPE(cp::dispatch::AccidentGrade)

class TestReportDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void initialReportIsDueWithinTheHour()
    {
        const QList<Deadline> d = reportDeadlines(occurred, AccidentGrade::General, {}, SupplementaryWindow::ThirtyDays,
                                                  at(10 * minute));
        const Deadline initial = find(d, DeadlineKind::InitialReport);
        QCOMPARE(initial.dueAt, at(hour));
        QCOMPARE(initial.state, DeadlineState::Pending);
        QCOMPARE(initial.remainingMs, 50 * minute);
        QVERIFY(!initial.metAt.isValid());
        QVERIFY2(!has(d, DeadlineKind::FollowUp), "no follow-up before the first report");
        QCOMPARE(d.first().kind, DeadlineKind::InitialReport);
        QCOMPARE(d.last().kind, DeadlineKind::Supplementary);
    }

    void aReportAt59MinutesMeetsIt()
    {
        const QList<AccidentReport> reports{submitted(ReportKind::Initial, 59 * minute)};
        const Deadline initial = find(reportDeadlines(occurred, AccidentGrade::General, reports,
                                                      SupplementaryWindow::ThirtyDays, at(3 * hour)),
                                      DeadlineKind::InitialReport);
        QCOMPARE(initial.state, DeadlineState::Met);
        QCOMPARE(initial.metAt, at(59 * minute));
        QCOMPARE(initial.remainingMs, 1 * minute);
    }

    void withoutAReportItIsOverdueAt61Minutes()
    {
        const Deadline at60 = find(reportDeadlines(occurred, AccidentGrade::General, {}, SupplementaryWindow::ThirtyDays,
                                                   at(60 * minute)),
                                   DeadlineKind::InitialReport);
        QCOMPARE(at60.state, DeadlineState::Pending); // "within 1 h" includes the hour itself
        QCOMPARE(at60.remainingMs, 0);
        const Deadline at61 = find(reportDeadlines(occurred, AccidentGrade::General, {}, SupplementaryWindow::ThirtyDays,
                                                   at(61 * minute)),
                                   DeadlineKind::InitialReport);
        QCOMPARE(at61.state, DeadlineState::Overdue);
        QCOMPARE(at61.remainingMs, -1 * minute);
        QCOMPARE(countdownText(at61.remainingMs), QStringLiteral("overdue by 1 min"));
    }

    void aLateReportMeetsItLate()
    {
        const Deadline initial = find(reportDeadlines(occurred, AccidentGrade::General,
                                                      {submitted(ReportKind::Initial, 75 * minute)},
                                                      SupplementaryWindow::ThirtyDays, at(2 * hour)),
                                      DeadlineKind::InitialReport);
        QCOMPARE(initial.state, DeadlineState::Met);
        QCOMPARE(initial.remainingMs, -15 * minute);
    }

    void reportsAfterNowDoNotCountYet()
    {
        const QList<AccidentReport> reports{submitted(ReportKind::Initial, 50 * minute)};
        const Deadline before = find(reportDeadlines(occurred, AccidentGrade::General, reports,
                                                     SupplementaryWindow::ThirtyDays, at(40 * minute)),
                                     DeadlineKind::InitialReport);
        QCOMPARE(before.state, DeadlineState::Pending);
        QCOMPARE(before.remainingMs, 20 * minute);
    }

    void unsubmittedDraftsDoNotCount()
    {
        AccidentReport draft = submitted(ReportKind::Initial, 0);
        draft.submittedAt = QDateTime();
        const QList<Deadline> d = reportDeadlines(occurred, AccidentGrade::General, {draft},
                                                  SupplementaryWindow::ThirtyDays, at(2 * hour));
        QCOMPARE(find(d, DeadlineKind::InitialReport).state, DeadlineState::Overdue);
        QVERIFY(!has(d, DeadlineKind::FollowUp));
    }

    void upwardTotalsByGrade_data()
    {
        QTest::addColumn<AccidentGrade>("grade");
        QTest::addColumn<qint64>("dueMs");
        QTest::newRow("general: 2 h to the prefecture") << AccidentGrade::General << 2 * hour;
        QTest::newRow("larger: 4 h to the province") << AccidentGrade::Larger << 4 * hour;
        QTest::newRow("major: 6 h to the State Council") << AccidentGrade::Major << 6 * hour;
        QTest::newRow("particularly major: 6 h to the State Council") << AccidentGrade::ParticularlyMajor << 6 * hour;
    }

    void upwardTotalsByGrade()
    {
        QFETCH(AccidentGrade, grade);
        QFETCH(qint64, dueMs);
        const Deadline pending = find(reportDeadlines(occurred, grade, {}, SupplementaryWindow::ThirtyDays, at(dueMs)),
                                      DeadlineKind::UpwardReport);
        QCOMPARE(pending.dueAt, at(dueMs));
        QCOMPARE(pending.state, DeadlineState::Pending);
        const Deadline overdue = find(reportDeadlines(occurred, grade, {}, SupplementaryWindow::ThirtyDays, at(dueMs + 1)),
                                      DeadlineKind::UpwardReport);
        QCOMPARE(overdue.state, DeadlineState::Overdue);
        const Deadline met = find(reportDeadlines(occurred, grade, {submitted(ReportKind::Initial, 30 * minute)},
                                                  SupplementaryWindow::ThirtyDays, at(dueMs + 1)),
                                  DeadlineKind::UpwardReport);
        QCOMPARE(met.state, DeadlineState::Met);
        QCOMPARE(met.remainingMs, dueMs - 30 * minute);
    }

    void followUpCadenceByGrade_data()
    {
        QTest::addColumn<AccidentGrade>("grade");
        QTest::addColumn<qint64>("intervalMs");
        QTest::newRow("general: daily") << AccidentGrade::General << 24 * hour;
        QTest::newRow("larger: daily") << AccidentGrade::Larger << 24 * hour;
        QTest::newRow("major: twice a day") << AccidentGrade::Major << 12 * hour;
        QTest::newRow("particularly major: twice a day") << AccidentGrade::ParticularlyMajor << 12 * hour;
    }

    void followUpCadenceByGrade()
    {
        QFETCH(AccidentGrade, grade);
        QFETCH(qint64, intervalMs);
        // Given out of order: the last one submitted counts, not the last in the list.
        const QList<AccidentReport> reports{submitted(ReportKind::FollowUp, 5 * hour, 2),
                                            submitted(ReportKind::Initial, 40 * minute)};
        const Deadline next = find(reportDeadlines(occurred, grade, reports, SupplementaryWindow::ThirtyDays, at(6 * hour)),
                                   DeadlineKind::FollowUp);
        QCOMPARE(next.dueAt, at(5 * hour + intervalMs));
        QCOMPARE(next.state, DeadlineState::Pending);
        QCOMPARE(next.remainingMs, intervalMs - hour);
        const Deadline late = find(reportDeadlines(occurred, grade, reports, SupplementaryWindow::ThirtyDays,
                                                   at(5 * hour + intervalMs + 5 * minute)),
                                   DeadlineKind::FollowUp);
        QCOMPARE(late.state, DeadlineState::Overdue);
        QCOMPARE(countdownText(late.remainingMs), QStringLiteral("overdue by 5 min"));
    }

    void theBureauMayChangeTheFollowUpInterval()
    {
        FollowUpIntervals every8h;
        every8h.majorOrParticularlyMs = 8 * hour;
        const Deadline next = find(reportDeadlines(occurred, AccidentGrade::Major, {submitted(ReportKind::Initial, hour)},
                                                   SupplementaryWindow::ThirtyDays, at(2 * hour), every8h),
                                   DeadlineKind::FollowUp);
        QCOMPARE(next.dueAt, at(9 * hour));
    }

    void aFinalReportStopsTheFollowUps()
    {
        const QList<AccidentReport> reports{submitted(ReportKind::Initial, 30 * minute),
                                            submitted(ReportKind::FollowUp, 10 * hour, 2),
                                            submitted(ReportKind::Final, 20 * hour, 3)};
        const Deadline before = find(reportDeadlines(occurred, AccidentGrade::Major, reports,
                                                     SupplementaryWindow::ThirtyDays, at(19 * hour)),
                                     DeadlineKind::FollowUp);
        QCOMPARE(before.state, DeadlineState::Pending);
        QCOMPARE(before.dueAt, at(22 * hour));
        // Long after the 12 h would have run out, the follow-up stays closed rather than overdue.
        const QList<Deadline> after = reportDeadlines(occurred, AccidentGrade::Major, reports,
                                                      SupplementaryWindow::ThirtyDays, at(3 * day));
        const Deadline closed = find(after, DeadlineKind::FollowUp);
        QCOMPARE(closed.state, DeadlineState::Closed);
        QCOMPARE(closed.metAt, at(20 * hour));
        QCOMPARE(find(after, DeadlineKind::Supplementary).state, DeadlineState::Pending); // casualties may still change
    }

    void supplementaryWindowIs7Or30Days_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::addColumn<qint64>("windowMs");
        QTest::newRow("hazardous chemicals: 30 days") << QStringLiteral("hazchem") << 30 * day;
        QTest::newRow("no sector: 30 days") << QString() << 30 * day;
        QTest::newRow("road transport: 7 days") << QStringLiteral("roadtransport") << 7 * day;
        QTest::newRow("fire safety: 7 days") << QStringLiteral("firesafety") << 7 * day;
    }

    void supplementaryWindowIs7Or30Days()
    {
        QFETCH(QString, sector);
        QFETCH(qint64, windowMs);
        const SupplementaryWindow window = supplementaryWindowForSector(sector);
        const Deadline open = find(reportDeadlines(occurred, AccidentGrade::Larger, {}, window, at(windowMs)),
                                   DeadlineKind::Supplementary);
        QCOMPARE(open.dueAt, at(windowMs));
        QCOMPARE(open.state, DeadlineState::Pending);
        const Deadline closed = find(reportDeadlines(occurred, AccidentGrade::Larger, {}, window, at(windowMs + 1)),
                                     DeadlineKind::Supplementary);
        QCOMPARE(closed.state, DeadlineState::Closed);
        QCOMPARE(closed.remainingMs, -1);
    }

    void countdownTexts_data()
    {
        QTest::addColumn<qint64>("remainingMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("exactly 12 minutes") << 12 * minute << QStringLiteral("12 min left");
        QTest::newRow("11 min 1 s rounds up") << 11 * minute + 1000 << QStringLiteral("12 min left");
        QTest::newRow("30 s left") << qint64(30000) << QStringLiteral("1 min left");
        QTest::newRow("hours and minutes") << 3 * hour + 5 * minute << QStringLiteral("3 h 5 min left");
        QTest::newRow("days and hours") << 2 * day + 4 * hour + 30 * minute << QStringLiteral("2 d 4 h left");
        QTest::newRow("due now") << qint64(0) << QStringLiteral("due now");
        QTest::newRow("1 s over") << qint64(-1000) << QStringLiteral("overdue by 1 min");
        QTest::newRow("5 min over") << -5 * minute << QStringLiteral("overdue by 5 min");
        QTest::newRow("5 min 59 s over rounds down") << -5 * minute - 59000 << QStringLiteral("overdue by 5 min");
        QTest::newRow("hours over") << -(26 * hour) << QStringLiteral("overdue by 1 d 2 h");
    }

    void countdownTexts()
    {
        QFETCH(qint64, remainingMs);
        QFETCH(QString, text);
        QCOMPARE(countdownText(remainingMs), text);
    }
};

QTEST_GUILESS_MAIN(TestReportDeadlines)
#include "tst_reportdeadlines.moc"
