// SPDX-License-Identifier: GPL-2.0-or-later
// Accident grades at every bound of 493号 art.3 (DOMAIN.md §4.1), the highest criterion winning, the
// missing counted with the dead; response levels; keys; what reportProblem() refuses.
#include "dispatch/accidentgrade.h"
#include "dispatch/accidentreport.h"

#include <QtTest>

#include <limits>

using namespace cp;
using namespace cp::dispatch;

Q_DECLARE_METATYPE(cp::dispatch::AccidentGrade)
Q_DECLARE_METATYPE(cp::dispatch::ReportField)

namespace {
const QDateTime now(QDate(2026, 7, 1), QTime(6, 0), Qt::UTC);

AccidentReport validReport()
{
    AccidentReport r;
    r.incidentId = QStringLiteral("INC-7");
    r.unit = QStringLiteral("Liangshan Fine Chemicals Co.");
    r.occurredAt = now.addSecs(-3600);
    r.place = QStringLiteral("tank farm B");
    r.account = QStringLiteral("leak at the flange, ignited");
    r.reporter = QStringLiteral("Wang Lei");
    r.reporterPhone = QStringLiteral("0537-7312345");
    return r;
}
} // namespace

class TestAccidentGrade : public QObject
{
    Q_OBJECT

private slots:
    void grade_data()
    {
        QTest::addColumn<int>("deaths");
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("injured");
        QTest::addColumn<double>("loss");
        QTest::addColumn<AccidentGrade>("expected");

        QTest::newRow("nothing is a general accident") << 0 << 0 << 0 << 0.0 << AccidentGrade::General;
        QTest::newRow("2 dead is general") << 2 << 0 << 0 << 0.0 << AccidentGrade::General;
        QTest::newRow("3 dead is larger") << 3 << 0 << 0 << 0.0 << AccidentGrade::Larger;
        QTest::newRow("9 dead is larger") << 9 << 0 << 0 << 0.0 << AccidentGrade::Larger;
        QTest::newRow("10 dead is major") << 10 << 0 << 0 << 0.0 << AccidentGrade::Major;
        QTest::newRow("29 dead is major") << 29 << 0 << 0 << 0.0 << AccidentGrade::Major;
        QTest::newRow("30 dead is particularly major") << 30 << 0 << 0 << 0.0 << AccidentGrade::ParticularlyMajor;

        QTest::newRow("9 injured is general") << 0 << 0 << 9 << 0.0 << AccidentGrade::General;
        QTest::newRow("10 injured is larger") << 0 << 0 << 10 << 0.0 << AccidentGrade::Larger;
        QTest::newRow("49 injured is larger") << 0 << 0 << 49 << 0.0 << AccidentGrade::Larger;
        QTest::newRow("50 injured is major") << 0 << 0 << 50 << 0.0 << AccidentGrade::Major;
        QTest::newRow("99 injured is major") << 0 << 0 << 99 << 0.0 << AccidentGrade::Major;
        QTest::newRow("100 injured is particularly major") << 0 << 0 << 100 << 0.0 << AccidentGrade::ParticularlyMajor;

        QTest::newRow("9,999,999 yuan is general") << 0 << 0 << 0 << 9999999.0 << AccidentGrade::General;
        QTest::newRow("10,000,000 yuan is larger") << 0 << 0 << 0 << 10000000.0 << AccidentGrade::Larger;
        QTest::newRow("49,999,999 yuan is larger") << 0 << 0 << 0 << 49999999.0 << AccidentGrade::Larger;
        QTest::newRow("50,000,000 yuan is major") << 0 << 0 << 0 << 50000000.0 << AccidentGrade::Major;
        QTest::newRow("99,999,999 yuan is major") << 0 << 0 << 0 << 99999999.0 << AccidentGrade::Major;
        QTest::newRow("100,000,000 yuan is particularly major") << 0 << 0 << 0 << 100000000.0 << AccidentGrade::ParticularlyMajor;
        QTest::newRow("99,999,999.99 yuan is still major") << 0 << 0 << 0 << 99999999.99 << AccidentGrade::Major;

        QTest::newRow("the loss wins over few dead") << 1 << 0 << 2 << 60000000.0 << AccidentGrade::Major;
        QTest::newRow("the dead win over a small loss") << 30 << 0 << 0 << 1000.0 << AccidentGrade::ParticularlyMajor;
        QTest::newRow("the injured win over the dead") << 2 << 0 << 100 << 0.0 << AccidentGrade::ParticularlyMajor;
        QTest::newRow("each criterion one below its bound stays low") << 2 << 0 << 9 << 9999999.0 << AccidentGrade::General;

        QTest::newRow("missing count with the dead: 2 + 1 is larger") << 2 << 1 << 0 << 0.0 << AccidentGrade::Larger;
        QTest::newRow("missing count with the dead: 25 + 5 is particularly major") << 25 << 5 << 0 << 0.0 << AccidentGrade::ParticularlyMajor;
        QTest::newRow("missing alone count: 10 missing is major") << 0 << 10 << 0 << 0.0 << AccidentGrade::Major;
        QTest::newRow("negative figures count as none") << -5 << 0 << -1 << -1.0 << AccidentGrade::General;
        QTest::newRow("huge counts do not overflow") << std::numeric_limits<int>::max() << std::numeric_limits<int>::max() << 0 << 0.0
                                                     << AccidentGrade::ParticularlyMajor;
    }

    void grade()
    {
        QFETCH(int, deaths);
        QFETCH(int, missing);
        QFETCH(int, injured);
        QFETCH(double, loss);
        QFETCH(AccidentGrade, expected);
        QCOMPARE(accidentGrade({deaths, missing, injured, loss}), expected);
    }

    void responseLevelFollowsTheGrade()
    {
        QCOMPARE(responseLevelFor(AccidentGrade::ParticularlyMajor), core::ResponseLevel::I);
        QCOMPARE(responseLevelFor(AccidentGrade::Major), core::ResponseLevel::II);
        QCOMPARE(responseLevelFor(AccidentGrade::Larger), core::ResponseLevel::III);
        QCOMPARE(responseLevelFor(AccidentGrade::General), core::ResponseLevel::IV);
    }

    void keysRoundTripAndUnknownKeysAreRefused()
    {
        const QList<AccidentGrade> grades{AccidentGrade::General, AccidentGrade::Larger, AccidentGrade::Major,
                                          AccidentGrade::ParticularlyMajor};
        QStringList keys;
        for (AccidentGrade g : grades) {
            keys << toKey(g);
            QCOMPARE(core::fromKey<AccidentGrade>(toKey(g)), std::optional<AccidentGrade>(g));
            QVERIFY(!displayName(g).isEmpty());
        }
        QCOMPARE(keys, QStringList({QStringLiteral("general"), QStringLiteral("larger"), QStringLiteral("major"),
                                    QStringLiteral("particularly_major")}));
        QVERIFY(!core::fromKey<AccidentGrade>(QStringLiteral("Major")).has_value());
        for (ReportKind k : {ReportKind::Initial, ReportKind::FollowUp, ReportKind::Final})
            QCOMPARE(core::fromKey<ReportKind>(toKey(k)), std::optional<ReportKind>(k));
        QCOMPARE(toKey(ReportKind::FollowUp), QStringLiteral("follow_up"));
        QVERIFY(!core::fromKey<ReportKind>(QString()).has_value());
    }

    void aCompleteReportHasNoProblem()
    {
        ReportField field = ReportField::Kind;
        QCOMPARE(reportProblem(validReport(), now, &field), QString());
        QCOMPARE(field, ReportField::Kind); // untouched
        AccidentReport submitted = validReport();
        submitted.submittedAt = now;
        submitted.reporterPhone = QStringLiteral("+86 (537) 731-2345");
        QCOMPARE(reportProblem(submitted, now), QString());
    }

    void problems_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<ReportField>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("no incident") << 0 << ReportField::Incident << QStringLiteral("Incident is missing.");
        QTest::newRow("no unit") << 1 << ReportField::Unit << QStringLiteral("Unit where it happened is missing.");
        QTest::newRow("no time") << 2 << ReportField::OccurredAt << QStringLiteral("Time of the accident is missing.");
        QTest::newRow("time in the future")
            << 3 << ReportField::OccurredAt
            << QStringLiteral("Time of the accident (2026-07-01 14:01:00) is later than now (2026-07-01 14:00:00).");
        QTest::newRow("blank place") << 4 << ReportField::Place << QStringLiteral("Place of the accident is missing.");
        QTest::newRow("no account") << 5 << ReportField::Account << QStringLiteral("Brief account is missing.");
        QTest::newRow("negative dead") << 6 << ReportField::Deaths << QStringLiteral("Dead cannot be negative (-1).");
        QTest::newRow("negative missing") << 7 << ReportField::Missing << QStringLiteral("Missing cannot be negative (-2).");
        QTest::newRow("negative injured") << 8 << ReportField::SeriouslyInjured
                                          << QStringLiteral("Seriously injured cannot be negative (-3).");
        QTest::newRow("negative loss") << 9 << ReportField::DirectLoss
                                       << QStringLiteral("Estimated direct loss (yuan) must be an amount of zero or more.");
        QTest::newRow("loss not a number") << 10 << ReportField::DirectLoss
                                           << QStringLiteral("Estimated direct loss (yuan) must be an amount of zero or more.");
        QTest::newRow("no reporter") << 11 << ReportField::Reporter << QStringLiteral("Reporter is missing.");
        QTest::newRow("no phone") << 12 << ReportField::ReporterPhone << QStringLiteral("Reporter's phone is missing.");
        QTest::newRow("phone with letters") << 13 << ReportField::ReporterPhone
                                            << QStringLiteral("Reporter's phone \"call Wang\" is not a phone number.");
        QTest::newRow("version zero") << 14 << ReportField::Version << QStringLiteral("Version must be 1 or more (0).");
        QTest::newRow("submitted before the accident")
            << 15 << ReportField::SubmittedAt
            << QStringLiteral("Submitted at (2026-07-01 12:59:00) is before the accident (2026-07-01 13:00:00).");
        QTest::newRow("submitted in the future")
            << 16 << ReportField::SubmittedAt
            << QStringLiteral("Submitted at (2026-07-01 14:00:01) is later than now (2026-07-01 14:00:00).");
    }

    void problems()
    {
        QFETCH(int, change);
        QFETCH(ReportField, field);
        QFETCH(QString, message);
        AccidentReport r = validReport();
        switch (change) {
        case 0: r.incidentId.clear(); break;
        case 1: r.unit.clear(); break;
        case 2: r.occurredAt = QDateTime(); break;
        case 3: r.occurredAt = now.addSecs(60); break;
        case 4: r.place = QStringLiteral("   "); break;
        case 5: r.account.clear(); break;
        case 6: r.deaths = -1; break;
        case 7: r.missing = -2; break;
        case 8: r.seriouslyInjured = -3; break;
        case 9: r.directLossYuan = -0.5; break;
        case 10: r.directLossYuan = std::numeric_limits<double>::quiet_NaN(); break;
        case 11: r.reporter.clear(); break;
        case 12: r.reporterPhone.clear(); break;
        case 13: r.reporterPhone = QStringLiteral("call Wang"); break;
        case 14: r.version = 0; break;
        case 15: r.submittedAt = r.occurredAt.addSecs(-60); break;
        case 16: r.submittedAt = now.addSecs(1); break;
        }
        ReportField got = ReportField::Kind;
        QCOMPARE(reportProblem(r, now, &got), message);
        QCOMPARE(got, field);
    }
};

QTEST_GUILESS_MAIN(TestAccidentGrade)
#include "tst_accidentgrade.moc"
