// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/alarmtone.h"

#include <QtEndian>
#include <QtTest>

using namespace cp;

class TestAlarmTone : public QObject
{
    Q_OBJECT

private slots:
    void isAOneSecondPcmWaveWithSoundAndSilence_data()
    {
        QTest::addColumn<ui::ToneUrgency>("urgency");
        QTest::newRow("the normal tone") << ui::ToneUrgency::Normal;
        QTest::newRow("the urgent tone") << ui::ToneUrgency::Urgent;
    }

    void isAOneSecondPcmWaveWithSoundAndSilence()
    {
        QFETCH(ui::ToneUrgency, urgency);
        const QByteArray wav = ui::alarmToneWav(urgency);
        QCOMPARE(wav.left(4), QByteArray("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        const auto u32 = [&](int at) { return qFromLittleEndian<quint32>(wav.constData() + at); };
        const auto u16 = [&](int at) { return qFromLittleEndian<quint16>(wav.constData() + at); };
        QCOMPARE(u32(4), quint32(wav.size() - 8));
        QCOMPARE(u16(20), quint16(1));  // PCM
        QCOMPARE(u16(22), quint16(1));  // mono
        QCOMPARE(u32(24), quint32(22050));
        QCOMPARE(u16(34), quint16(16));
        QCOMPARE(wav.mid(36, 4), QByteArray("data"));
        const quint32 bytes = u32(40);
        QCOMPARE(bytes, quint32(wav.size() - 44));
        QVERIFY(qAbs(int(bytes) - 22050 * 2) <= 8); // one second, give or take rounding
        qint16 loudest = 0;
        for (int at = 44; at < 44 + 22050; at += 2)
            loudest = std::max<qint16>(loudest, qFromLittleEndian<qint16>(wav.constData() + at));
        QVERIFY(loudest > 10'000);
        QCOMPARE(wav.right(100), QByteArray(100, '\0')); // ends in silence, so the loop has a gap
    }

    void theUrgentToneIsHigherAndFaster()
    {
        // Sign changes count the pitch times the sounding length; the urgent phrase beeps twice as often.
        const auto crossings = [](const QByteArray &wav) {
            int count = 0;
            for (int at = 46; at < wav.size(); at += 2)
                count += (qFromLittleEndian<qint16>(wav.constData() + at) < 0) != (qFromLittleEndian<qint16>(wav.constData() + at - 2) < 0);
            return count;
        };
        const int normal = crossings(ui::alarmToneWav(ui::ToneUrgency::Normal));
        const int urgent = crossings(ui::alarmToneWav(ui::ToneUrgency::Urgent));
        QVERIFY2(urgent > normal * 3 / 2, qPrintable(QStringLiteral("%1 vs %2").arg(urgent).arg(normal)));
    }
};

QTEST_GUILESS_MAIN(TestAlarmTone)
#include "tst_alarmtone.moc"
