// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmtablemodel.h"

#include <QtTest>

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
};

QTEST_MAIN(TestAlarmTableModel)
#include "tst_alarmtablemodel.moc"
