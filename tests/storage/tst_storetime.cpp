// SPDX-License-Identifier: GPL-2.0-or-later
// The store's time text, written by hand for speed, against Qt's own ISO 8601 form.
#include "storage/storetime.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cp::storage;

class TestStoreTime : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQtForTimesAcrossTheCalendar()
    {
        QRandomGenerator random(20261206);
        const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QList<QDateTime> times{QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                               QDateTime(QDate(2000, 2, 29), QTime(12, 0, 0, 5), Qt::UTC),
                               QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC),
                               QDateTime(QDate(2026, 12, 6), QTime(3, 0, 0, 250), Qt::OffsetFromUTC, 8 * 3600)};
        for (int i = 0; i < 20000; ++i)
            times.append(QDateTime::fromMSecsSinceEpoch(first + static_cast<qint64>(random.generateDouble() * (last - first)), Qt::UTC));
        for (const QDateTime &t : std::as_const(times)) {
            char text[storeTimeLength + 1];
            QVERIFY(formatStoreTime(t, text));
            QCOMPARE(QString::fromLatin1(text), t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
            QCOMPARE(storeTimeFrom(QString::fromLatin1(text)), t.toUTC());
        }
    }

    void timesOutsideFourDigitYearsAndNoTimeAreNotWritten()
    {
        char text[storeTimeLength + 1];
        QVERIFY(!formatStoreTime(QDateTime(), text));
        QVERIFY(!formatStoreTime(QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC), text));
        QVERIFY(!formatStoreTime(QDateTime(QDate(-1, 12, 31), QTime(0, 0), Qt::UTC), text));
        QVERIFY(storeTimeText(QDateTime()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestStoreTime)
#include "tst_storetime.moc"
