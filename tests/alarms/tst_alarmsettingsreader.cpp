// SPDX-License-Identifier: GPL-2.0-or-later
#include "alarms/alarmsettingsreader.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp::alarms;
using cp::core::AlarmPriority;

class TestAlarmSettingsReader : public QObject
{
    Q_OBJECT

private slots:
    void theBureausValuesReplaceTheDefaultsAndBadOnesAreNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("commandpost.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[alarms]\n"
                   "stale_after_ms=43200000\n"
                   "escalation_high_renotify_ms=60000\n"
                   "chatter_activations=1\n"
                   "max_shelve_ms=forever\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        QStringList errors;
        const AlarmEngineSettings s = readAlarmEngineSettings(settings, &errors);
        QCOMPARE(s.staleAfterMs, qint64(12 * 3600 * 1000));
        QCOMPARE(s.escalationFor(AlarmPriority::High).renotifyAfterMs, qint64(60000));
        QCOMPARE(s.escalationFor(AlarmPriority::High).shiftLeaderAfterMs, AlarmEngineSettings().escalationFor(AlarmPriority::High).shiftLeaderAfterMs);
        QCOMPARE(s.chatterActivations, 3);
        QCOMPARE(s.maxShelveMs, AlarmEngineSettings().maxShelveMs);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QStringLiteral("chatter_activations")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QStringLiteral("forever")), qPrintable(errors.at(1)));
    }

    void aFloodThatCouldNeverEndIsRefused()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("alarms/flood_start_above"), 4);
        settings.setValue(QStringLiteral("alarms/flood_end_below"), 8);
        QStringList errors;
        const AlarmEngineSettings s = readAlarmEngineSettings(settings, &errors);
        QCOMPARE(s.floodStartAbove, 10);
        QCOMPARE(s.floodEndBelow, 5);
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlarmSettingsReader)
#include "tst_alarmsettingsreader.moc"
