// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedsettingsreader.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp::feeds;

class TestFeedSettingsReader : public QObject
{
    Q_OBJECT

private slots:
    void feedsAreReadAndBadOnesNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("commandpost.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[feeds]\n"
                   "size=3\n"
                   "1\\id=county\n1\\url=https://feed.example.cn/\n1\\token=abc\n1\\interval_ms=5000\n1\\stale_after_ms=90000\n"
                   "2\\id=broken\n2\\url=ftp://x\n"
                   "3\\id=slowpoke\n3\\url=http://127.0.0.1:8765\n3\\timeout_ms=soon\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        QStringList errors;
        const QList<FeedSettings> feeds = readFeedSettings(settings, &errors);
        QCOMPARE(feeds.size(), 1);
        const FeedSettings &f = feeds.first();
        QCOMPARE(f.id, QStringLiteral("county"));
        QCOMPARE(f.baseUrl, QUrl(QStringLiteral("https://feed.example.cn/")));
        QCOMPARE(f.token, QStringLiteral("abc"));
        QCOMPARE(f.intervalMs, 5000);
        QCOMPARE(f.health.staleAfterMs, qint64(90000));
        QCOMPARE(f.timeoutMs, FeedSettings().timeoutMs);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QStringLiteral("broken")) && errors.at(0).contains(QStringLiteral("ftp://x")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QStringLiteral("timeout_ms")) && errors.at(1).contains(QStringLiteral("soon")), qPrintable(errors.at(1)));
    }

    void aCommandLineFeedNeedsAnHttpUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https is taken") << "https://feed.example.cn" << true;
        QTest::newRow("http on loopback is taken") << "http://127.0.0.1:8765" << true;
        QTest::newRow("a file URL is refused") << "file:///tmp/x" << false;
        QTest::newRow("a bare host is refused") << "feed.example.cn" << false;
    }

    void aCommandLineFeedNeedsAnHttpUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QString error;
        const FeedSettings f = feedSettingsFromUrl(url, QStringLiteral("t"), QString(), &error);
        QCOMPARE(error.isEmpty(), accepted);
        QCOMPARE(f.id.isEmpty(), !accepted);
        if (!accepted)
            QVERIFY2(error.contains(url), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFeedSettingsReader)
#include "tst_feedsettingsreader.moc"
