// SPDX-License-Identifier: GPL-2.0-or-later
// The banner of a seat that lost the shared database: shown with the time of the loss in Beijing
// time and the server's reason, kept at that time through failed reconnects, hidden once connected.
#include "ui/connectionbanner.h"

#include <QtTest>

using namespace cp;

class TestConnectionBanner : public QObject
{
    Q_OBJECT

private slots:
    void showsSinceWhenAndWhyUntilConnected()
    {
        ui::ConnectionBanner banner;
        banner.showConnection(true, QString());
        QVERIFY(banner.isHidden());

        const QDateTime lost(QDate(2026, 12, 7), QTime(19, 12, 5), Qt::UTC); // 03:12:05 in Beijing
        banner.showConnection(false, QStringLiteral("server closed the connection"), lost);
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().contains(QStringLiteral("2026-12-08 03:12:05")), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(QStringLiteral("server closed the connection")), qPrintable(banner.text()));

        // A reconnect that fails too keeps the time of the loss, with the newer reason.
        banner.showConnection(false, QStringLiteral("connection refused"), lost.addSecs(8));
        QVERIFY2(banner.text().contains(QStringLiteral("03:12:05")) && banner.text().contains(QStringLiteral("connection refused")),
                 qPrintable(banner.text()));

        banner.showConnection(true, QString());
        QVERIFY(banner.isHidden());
        banner.showConnection(false, QString(), lost.addSecs(600));
        QVERIFY2(banner.text().contains(QStringLiteral("03:22:05")) && banner.text().contains(QStringLiteral("no answer")),
                 qPrintable(banner.text()));
    }
};

QTEST_MAIN(TestConnectionBanner)
#include "tst_connectionbanner.moc"
