// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/alarmkinds.h"
#include "ui/alarmtablemodel.h"

#include <QFont>

#include <QtTest>

Q_DECLARE_METATYPE(cp::core::Alarm)

using namespace cp;

namespace {
core::Alarm alarm(const QString &enterprise, core::AlarmPriority priority, core::AlarmState state, int secondsAgo)
{
    core::Alarm a;
    a.key = {enterprise, QStringLiteral("s1"), QStringLiteral("combustible_gas")};
    a.priority = priority;
    a.state = state;
    a.value = 30;
    a.unit = QStringLiteral("%LEL");
    a.threshold = 25;
    a.enterpriseKnown = enterprise != QLatin1String("E404");
    a.sectorId = QStringLiteral("hazchem");
    const QDateTime now(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
    a.activeSince = now.addSecs(-secondsAgo);
    a.updatedAt = a.activeSince;
    return a;
}
const QDateTime now(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);

using P = core::AlarmPriority;
using S = core::AlarmState;

//! A model holding just \a a.
struct OneRow
{
    explicit OneRow(const core::Alarm &a) { model.setSnapshot({a}, now); }
    QVariant at(int column, int role = Qt::DisplayRole) const { return model.data(model.index(0, column), role); }
    QString text(int column) const { return at(column).toString(); }
    QString toolTip(int column) const { return at(column, Qt::ToolTipRole).toString(); }
    ui::AlarmTableModel model;
};
} // namespace

class TestAlarmTableModel : public QObject
{
    Q_OBJECT

private slots:
    void mostUrgentFirstThenUnacknowledgedThenNewest()
    {
        ui::AlarmTableModel model;
        model.setSnapshot({alarm(QStringLiteral("E1"), core::AlarmPriority::Medium, core::AlarmState::AcknowledgedActive, 10),
                           alarm(QStringLiteral("E2"), core::AlarmPriority::Medium, core::AlarmState::UnacknowledgedActive, 50),
                           alarm(QStringLiteral("E3"), core::AlarmPriority::High, core::AlarmState::AcknowledgedActive, 5),
                           alarm(QStringLiteral("E4"), core::AlarmPriority::Medium, core::AlarmState::UnacknowledgedActive, 20),
                           alarm(QStringLiteral("E5"), core::AlarmPriority::Emergency, core::AlarmState::Normal, 1)},
                          now);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.alarmAt(row)->key.enterpriseId;
        // E5 is back to normal and acknowledged: nothing for the officer to do, so no row.
        QCOMPARE(order, (QStringList{QStringLiteral("E3"), QStringLiteral("E4"), QStringLiteral("E2"), QStringLiteral("E1")}));
        QCOMPARE(model.alarmAt(4), nullptr);
    }

    void rowsShowNamesValuesAgainstLimitsAndAge()
    {
        ui::AlarmTableModel model;
        model.setNames({{QStringLiteral("E1"), QStringLiteral("Plant")}}, {{QStringLiteral("hazchem"), QStringLiteral("Hazchem")}},
                       {{QStringLiteral("combustible_gas"), QStringLiteral("Combustible gas")}});
        model.setSnapshot({alarm(QStringLiteral("E1"), core::AlarmPriority::High, core::AlarmState::UnacknowledgedActive, 125),
                           alarm(QStringLiteral("E404"), core::AlarmPriority::Low, core::AlarmState::UnacknowledgedActive, 3)},
                          now);
        auto text = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
        QCOMPARE(text(0, ui::AlarmTableModel::Enterprise), QStringLiteral("Plant"));
        QCOMPARE(text(0, ui::AlarmTableModel::Sector), QStringLiteral("Hazchem"));
        QCOMPARE(text(0, ui::AlarmTableModel::Kind), QStringLiteral("Combustible gas"));
        QCOMPARE(text(0, ui::AlarmTableModel::Value), QStringLiteral("30 %LEL (limit 25)"));
        QCOMPARE(text(0, ui::AlarmTableModel::Age), QStringLiteral("2 min"));
        QCOMPARE(model.data(model.index(0, ui::AlarmTableModel::Priority), Qt::BackgroundRole).value<QColor>(),
                 ui::priorityColor(core::AlarmPriority::High));
        // An enterprise the registry does not know is shown as such, never dropped.
        QCOMPARE(text(1, ui::AlarmTableModel::Enterprise), QStringLiteral("E404 (not in the registry)"));
        QCOMPARE(model.columnCount(), static_cast<int>(ui::AlarmTableModel::ColumnCount));
    }

    void stateShowsWhatTheEngineAndTheOfficerSet_data()
    {
        QTest::addColumn<core::Alarm>("alarm");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("toolTip");
        core::Alarm shelved = alarm(QStringLiteral("E1"), P::High, S::Shelved, 60);
        shelved.stateBy = QStringLiteral("wang");
        shelved.stateAt = now;
        shelved.stateReason = QStringLiteral("sensor being recalibrated");
        shelved.shelvedUntil = now.addSecs(2 * 3600 + 30 * 60);
        QTest::newRow("a timed shelve shows its end in Beijing time")
            << shelved << QStringLiteral("Shelved until 13:30")
            << QStringLiteral("Shelved: set by wang at 2026-11-29 11:00:00 (Beijing time)\nComes back at 2026-11-29 13:30:00 (Beijing time)\n"
                              "Reason: sensor being recalibrated");
        core::Alarm suppressed = alarm(QStringLiteral("E1"), P::High, S::SuppressedByDesign, 60);
        suppressed.stateBy = QStringLiteral("zhang");
        suppressed.stateAt = now.addSecs(-3600);
        suppressed.stateReason = QStringLiteral("plant shut down");
        QTest::newRow("suppressed shows the reason and who")
            << suppressed << QStringLiteral("Suppressed by design: plant shut down (zhang)")
            << QStringLiteral("Suppressed by design: set by zhang at 2026-11-29 10:00:00 (Beijing time)\nReason: plant shut down");
        core::Alarm outOfService = alarm(QStringLiteral("E1"), P::High, S::OutOfService, 60);
        outOfService.stateBy = QStringLiteral("li");
        outOfService.stateAt = now;
        QTest::newRow("out of service without a reason shows who")
            << outOfService << QStringLiteral("Out of service (li)")
            << QStringLiteral("Out of service: set by li at 2026-11-29 11:00:00 (Beijing time)");
        core::Alarm flagged = alarm(QStringLiteral("E1"), P::High, S::AcknowledgedActive, 60);
        flagged.chattering = true;
        flagged.stale = true;
        flagged.activationCount = 7;
        QTest::newRow("chattering and stale are marked and explained")
            << flagged << QStringLiteral("Acknowledged [chattering] [stale]")
            << QStringLiteral("Chattering: it activated again and again within the chatter window (7 activations in all)\n"
                              "Stale: active for longer than the stale interval; check the sensor and the enterprise");
    }

    void stateShowsWhatTheEngineAndTheOfficerSet()
    {
        QFETCH(core::Alarm, alarm);
        QFETCH(QString, text);
        QFETCH(QString, toolTip);
        const OneRow row(alarm);
        QCOMPARE(row.text(ui::AlarmTableModel::State), text);
        QCOMPARE(row.toolTip(ui::AlarmTableModel::State), toolTip);
    }

    void responseLevelShowsTheNumeralOrNothing()
    {
        core::Alarm a = alarm(QStringLiteral("E1"), P::High, S::UnacknowledgedActive, 60);
        a.responseLevel = core::ResponseLevel::II;
        QCOMPARE(OneRow(a).text(ui::AlarmTableModel::ResponseLevel), QStringLiteral("II"));
        QCOMPARE(OneRow(a).toolTip(ui::AlarmTableModel::ResponseLevel), QStringLiteral("Level II response"));
        a.responseLevel = core::ResponseLevel::None;
        QCOMPARE(OneRow(a).text(ui::AlarmTableModel::ResponseLevel), QString());
        QCOMPARE(OneRow(a).model.headerData(ui::AlarmTableModel::ResponseLevel, Qt::Horizontal).toString(),
                 QStringLiteral("Response level"));
    }

    void anEscalatedRowStandsOutAndSaysWhoMustBeTold()
    {
        core::Alarm a = alarm(QStringLiteral("E1"), P::Medium, S::AcknowledgedActive, 60);
        a.escalation = core::EscalationStage::ShiftLeader;
        const OneRow row(a);
        QCOMPARE(row.at(ui::AlarmTableModel::Kind, Qt::BackgroundRole).value<QColor>(), ui::escalatedColor());
        QCOMPARE(row.at(ui::AlarmTableModel::Kind, Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        QVERIFY(row.at(ui::AlarmTableModel::Kind, Qt::FontRole).value<QFont>().bold());
        // The priority keeps its own colour, so the row still says how urgent it is.
        QCOMPARE(row.at(ui::AlarmTableModel::Priority, Qt::BackgroundRole).value<QColor>(), ui::priorityColor(P::Medium));
        QVERIFY2(row.toolTip(ui::AlarmTableModel::Enterprise).startsWith(QStringLiteral("Escalated: Tell the shift leader")),
                 qPrintable(row.toolTip(ui::AlarmTableModel::Enterprise)));
        a.escalation = core::EscalationStage::None;
        QVERIFY(!OneRow(a).at(ui::AlarmTableModel::Kind, Qt::BackgroundRole).isValid());
    }

    void anUnclassifiedAlarmHasItsBadgeAndRanksAsHigh()
    {
        core::Alarm unclassified = alarm(QStringLiteral("E1"), P::Low, S::UnacknowledgedActive, 60);
        unclassified.classified = false;
        const OneRow row(unclassified);
        QCOMPARE(row.text(ui::AlarmTableModel::Priority), QStringLiteral("Unclassified"));
        QCOMPARE(row.at(ui::AlarmTableModel::Priority, Qt::BackgroundRole).value<QColor>(), ui::unclassifiedColor());
        for (P p : {P::Low, P::Medium, P::High, P::Emergency})
            QVERIFY(ui::unclassifiedColor() != ui::priorityColor(p));
        QVERIFY2(row.toolTip(ui::AlarmTableModel::Priority).startsWith(QStringLiteral("Unclassified:")),
                 qPrintable(row.toolTip(ui::AlarmTableModel::Priority)));

        ui::AlarmTableModel model;
        model.setSnapshot({alarm(QStringLiteral("E2"), P::Medium, S::UnacknowledgedActive, 5), unclassified}, now);
        QCOMPARE(model.alarmAt(0)->key.enterpriseId, QStringLiteral("E1"));
    }

    void aLostFeedsAlarmNamesTheFeedAsItsEnterprise()
    {
        core::Alarm a = alarm(QString(), P::High, S::UnacknowledgedActive, 60);
        a.key = {QString(), QStringLiteral("county-gas"), core::toKey(core::AlarmKindId::CommunicationFailure)};
        a.feedId = QStringLiteral("county-gas");
        a.enterpriseKnown = false;
        QCOMPARE(OneRow(a).text(ui::AlarmTableModel::Enterprise), QStringLiteral("Feed county-gas"));
    }
};

QTEST_MAIN(TestAlarmTableModel)
#include "tst_alarmtablemodel.moc"
