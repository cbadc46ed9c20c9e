// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarmjournal.h"

#include "storage/geopackagestore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cp;

namespace {

alarms::TrackedAlarm acknowledgedGasAlarm()
{
    alarms::TrackedAlarm a;
    a.key = {QStringLiteral("E001"), QStringLiteral("GT-101"), QStringLiteral("combustible_gas")};
    a.alarm.id = QStringLiteral("demo:42");
    a.alarm.enterpriseId = a.key.enterpriseId;
    a.alarm.sensorId = a.key.sensorId;
    a.alarm.kind = a.key.kind;
    a.alarm.value = 37.5;
    a.alarm.unit = QStringLiteral("%LEL");
    a.alarm.threshold = 25;
    a.alarm.state = core::AlarmState::AcknowledgedActive;
    a.alarm.priority = core::AlarmPriority::Medium;
    a.alarm.raisedAt = QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
    a.alarm.updatedAt = a.alarm.raisedAt.addSecs(40);
    a.explanation = QStringLiteral("可燃气体 37.5 %LEL 达到一级报警");
    a.acknowledgedBy = QStringLiteral("duty");
    a.acknowledgedAt = a.alarm.updatedAt;
    return a;
}

} // namespace

class TestAlarmJournal : public QObject
{
    Q_OBJECT

private slots:
    void alarmStatesAndActionsReachTheStore()
    {
        QTemporaryDir dir;
        QString error;
        auto store = storage::GeoPackageStore::create(dir.filePath(QStringLiteral("s.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        app::AlarmJournal journal(*store);

        alarms::TrackedAlarm alarm = acknowledgedGasAlarm();
        journal.alarmChanged(alarm);
        alarm.alarm.value = 41.0; // a later change of the same alarm replaces the pending one
        journal.alarmChanged(alarm);
        QCOMPARE(journal.pending(), 1);
        QVERIFY2(journal.flush(&error), qPrintable(error));
        QCOMPARE(journal.pending(), 0);
        const auto stored = store->alarms(&error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().alarm.value, 41.0);
        QCOMPARE(stored->first().alarm.state, core::AlarmState::AcknowledgedActive);
        QCOMPARE(stored->first().acknowledgedBy, QStringLiteral("duty"));
        QCOMPARE(stored->first().alarm.message, alarm.explanation); // the classifier's reason, when the feed sent none

        alarms::AuditRecord ack{QStringLiteral("duty"), alarm.acknowledgedAt, QStringLiteral("acknowledge"), alarm.key,
                                core::AlarmState::UnacknowledgedActive, core::AlarmState::AcknowledgedActive, QStringLiteral("值班确认")};
        QVERIFY2(journal.audited(ack, &error), qPrintable(error));
        const auto audit = store->auditLog(&error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("alarm.acknowledge"));
        QCOMPARE(audit->first().target, QStringLiteral("E001/GT-101/combustible_gas"));
        QCOMPARE(audit->first().comment, QStringLiteral("值班确认"));
    }

    void anAlarmNeverRaisedIsNotWritten()
    {
        QTemporaryDir dir;
        QString error;
        auto store = storage::GeoPackageStore::create(dir.filePath(QStringLiteral("s.gpkg")), &error);
        QVERIFY2(store, qPrintable(error));
        app::AlarmJournal journal(*store);
        alarms::TrackedAlarm quiet;
        quiet.key = {QStringLiteral("E001"), QStringLiteral("GT-1"), QStringLiteral("methane")};
        journal.alarmChanged(quiet);
        QCOMPARE(journal.pending(), 0);
    }

    void aRefusedWriteKeepsTheStatesForTheNextFlush()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.gpkg"));
        QString error;
        QVERIFY2(storage::GeoPackageStore::create(path, &error), qPrintable(error));
        auto readOnly = storage::GeoPackageStore::openForReading(path, &error);
        QVERIFY2(readOnly, qPrintable(error));
        app::AlarmJournal journal(*readOnly);
        journal.alarmChanged(acknowledgedGasAlarm());
        QVERIFY(!journal.flush(&error));
        QVERIFY2(error.contains(QLatin1String("demo:42")), qPrintable(error));
        QCOMPARE(journal.pending(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlarmJournal)
#include "tst_alarmjournal.moc"
