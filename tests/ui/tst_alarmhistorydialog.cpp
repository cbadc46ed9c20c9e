// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarmfixtures.h"
#include "ui/alarmhistorydialog.h"

#include <QStandardItemModel>
#include <QtTest>

using namespace cp;

namespace {
const QDateTime now = testsupport::fixtureNow; // 2026-11-29 03:00 UTC = 11:00 Beijing time

alarms::AlarmEpisode episode(const QString &enterprise, const QString &kind, int hoursAgo, const QString &acknowledgedBy)
{
    alarms::AlarmEpisode e;
    e.key = {enterprise, QStringLiteral("s1"), kind};
    e.sectorId = enterprise == QLatin1String("E2") ? QStringLiteral("coal_mine") : QStringLiteral("hazchem");
    e.priority = core::AlarmPriority::High;
    e.raisedAt = now.addSecs(-3600 * hoursAgo);
    e.acknowledgedBy = acknowledgedBy;
    if (!acknowledgedBy.isEmpty())
        e.acknowledgedAt = e.raisedAt.addSecs(60);
    return e;
}
} // namespace

class TestAlarmHistoryDialog : public QObject
{
    Q_OBJECT

private:
    alarms::AlarmHistory m_history;

    ui::AlarmHistoryDialog dialog()
    {
        return ui::AlarmHistoryDialog([this](const alarms::HistoryQuery &q) { return m_history.search(q); },
                                      {{QStringLiteral("E1"), QStringLiteral("Plant")}, {QStringLiteral("E2"), QStringLiteral("Mine")}},
                                      {{QStringLiteral("hazchem"), QStringLiteral("Hazchem")}, {QStringLiteral("coal_mine"), QStringLiteral("Coal mine")}},
                                      {{QStringLiteral("combustible_gas"), QStringLiteral("Combustible gas")}, {QStringLiteral("methane"), QStringLiteral("Methane")}},
                                      now);
    }

private slots:
    void initTestCase()
    {
        m_history.open(episode(QStringLiteral("E1"), QStringLiteral("combustible_gas"), 30, QStringLiteral("duty.li")));
        m_history.open(episode(QStringLiteral("E1"), QStringLiteral("combustible_gas"), 5, QStringLiteral("duty.li")));
        m_history.open(episode(QStringLiteral("E2"), QStringLiteral("methane"), 3, QStringLiteral("duty.zhang")));
        m_history.open(episode(QStringLiteral("E1"), QStringLiteral("methane"), 1, QString()));
    }

    void searchesByTheFieldsNewestFirst_data()
    {
        QTest::addColumn<QString>("enterprise");
        QTest::addColumn<QString>("sector");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("acknowledgedBy");
        QTest::addColumn<QStringList>("raised"); // Beijing time of the rows

        QTest::newRow("the default range is the last 24 hours")
            << QString() << QString() << QString() << QString()
            << QStringList{"2026-11-29 10:00:00", "2026-11-29 08:00:00", "2026-11-29 06:00:00"};
        QTest::newRow("an enterprise") << "E2" << QString() << QString() << QString() << QStringList{"2026-11-29 08:00:00"};
        QTest::newRow("a sector") << QString() << "hazchem" << QString() << QString()
                                  << QStringList{"2026-11-29 10:00:00", "2026-11-29 06:00:00"};
        QTest::newRow("an alarm kind") << QString() << QString() << "methane" << QString()
                                       << QStringList{"2026-11-29 10:00:00", "2026-11-29 08:00:00"};
        QTest::newRow("who acknowledged") << QString() << QString() << QString() << "duty.li" << QStringList{"2026-11-29 06:00:00"};
        QTest::newRow("nothing matches") << "E2" << QString() << "combustible_gas" << QString() << QStringList{};
    }

    void searchesByTheFieldsNewestFirst()
    {
        QFETCH(QString, enterprise);
        QFETCH(QString, sector);
        QFETCH(QString, kind);
        QFETCH(QString, acknowledgedBy);
        QFETCH(QStringList, raised);
        ui::AlarmHistoryDialog d = dialog();
        alarms::HistoryQuery q = d.query();
        q.enterpriseId = enterprise;
        q.sectorId = sector;
        q.kind = kind;
        q.acknowledgedBy = acknowledgedBy;
        d.setQuery(q);
        QCOMPARE(d.search(), raised.size());
        QStringList shown;
        for (int row = 0; row < d.results().rowCount(); ++row)
            shown << d.results().item(row, ui::AlarmHistoryDialog::Raised)->text();
        QCOMPARE(shown, raised);
    }

    void theTimeRangeRoundTripsThroughTheFields()
    {
        ui::AlarmHistoryDialog d = dialog();
        QCOMPARE(d.query().from, now.addDays(-1));
        alarms::HistoryQuery q;
        q.from = now.addSecs(-2 * 86400);
        q.to = now.addSecs(-3600 * 20);
        d.setQuery(q);
        QCOMPARE(d.query().from, q.from);
        QCOMPARE(d.query().to, q.to);
        QCOMPARE(d.search(), 1);
        QCOMPARE(d.results().item(0, ui::AlarmHistoryDialog::Enterprise)->text(), QStringLiteral("Plant"));
        QCOMPARE(d.results().item(0, ui::AlarmHistoryDialog::AcknowledgedBy)->text(), QStringLiteral("duty.li at 2026-11-28 05:01:00"));
        QCOMPARE(d.results().item(0, ui::AlarmHistoryDialog::BackToNormal)->text(), QStringLiteral("still open"));
    }
};

QTEST_MAIN(TestAlarmHistoryDialog)
#include "tst_alarmhistorydialog.moc"
