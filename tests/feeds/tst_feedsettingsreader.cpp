// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/feedsettingsreader.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp::feeds;

namespace {
bool writeFile(const QString &path, const QByteArray &text, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.setPermissions(permissions);
}
} // namespace

class TestFeedSettingsReader : public QObject
{
    Q_OBJECT

private slots:
    void feedsAreReadAndBadOnesNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("commandpost.ini"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("county.token")), "abc\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("shared.token")), "abc", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QVERIFY(writeFile(path,
                          "[feeds]\n"
                          "size=9\n"
                          "1\\id=county\n1\\url=https://feed.example.cn/\n1\\token_file=county.token\n1\\interval_ms=5000\n1\\stale_after_ms=90000\n"
                          "2\\id=broken\n2\\url=ftp://x\n"
                          "3\\id=slowpoke\n3\\url=http://127.0.0.1:8765\n3\\timeout_ms=soon\n"
                          "4\\id=inline\n4\\url=https://feed.example.cn/\n4\\token=abc\n"
                          "5\\id=shared\n5\\url=https://feed.example.cn/\n5\\token_file=shared.token\n"
                          "6\\id=gone\n6\\url=https://feed.example.cn/\n6\\token_file=/nonexistent/gone.token\n"
                          "7\\id=clear\n7\\url=http://feed.example.cn/\n7\\token_file=county.token\n"
                          "8\\id=userinfo\n8\\url=\"https://duty:secret@feed.example.cn/\"\n"
                          "9\\id=local\n9\\url=http://localhost:8765\n9\\token_file=county.token\n",
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QSettings settings(path, QSettings::IniFormat);
        QStringList errors;
        const QList<FeedSettings> feeds = readFeedSettings(settings, &errors);
        QCOMPARE(feeds.size(), 2);
        const FeedSettings &f = feeds.first();
        QCOMPARE(f.id, QStringLiteral("county"));
        QCOMPARE(f.baseUrl, QUrl(QStringLiteral("https://feed.example.cn/")));
        QCOMPARE(f.token, QStringLiteral("abc")); // read from its file, trimmed
        QCOMPARE(f.intervalMs, 5000);
        QCOMPARE(f.health.staleAfterMs, qint64(90000));
        QCOMPARE(f.timeoutMs, FeedSettings().timeoutMs);
        QCOMPARE(feeds.at(1).id, QStringLiteral("local")); // plain http with a token, but to this machine
        const QStringList expected{QStringLiteral("ftp://x"), QStringLiteral("soon"), QStringLiteral("token_file"),
                                   QStringLiteral("chmod 600"), QStringLiteral("/nonexistent/gone.token"), QStringLiteral("https"),
                                   QStringLiteral("user name or password")};
        const QStringList ids{QStringLiteral("broken"), QStringLiteral("slowpoke"), QStringLiteral("inline"), QStringLiteral("shared"),
                              QStringLiteral("gone"), QStringLiteral("clear"), QStringLiteral("userinfo")};
        QCOMPARE(errors.size(), expected.size());
        for (int i = 0; i < errors.size(); ++i)
            QVERIFY2(errors.at(i).contains(ids.at(i)) && errors.at(i).contains(expected.at(i)), qPrintable(errors.at(i)));
        for (const QString &e : std::as_const(errors))
            QVERIFY2(!e.contains(QStringLiteral("secret")), qPrintable(e)); // a password is never repeated
    }

    void feedsFoundByTheFuzzerAreRefused()
    {
        // tests/fuzz/settings/regressions: an empty id, an id taken twice (they would share one
        // cursor), and a number beyond an int that wrapped to a negative interval.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("commandpost.ini"));
        QVERIFY(writeFile(path,
                          "[feeds]\n"
                          "size=4\n"
                          "1\\id=\n1\\url=http://127.0.0.1:8765\n"
                          "2\\id=county\n2\\url=http://127.0.0.1:8765\n"
                          "3\\id=county\n3\\url=http://127.0.0.1:8766\n"
                          "4\\id=wrapped\n4\\url=http://127.0.0.1:8767\n4\\interval_ms=9223372036854775807\n",
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QSettings settings(path, QSettings::IniFormat);
        QStringList errors;
        const QList<FeedSettings> feeds = readFeedSettings(settings, &errors);
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.first().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8765")));
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.at(0).contains(QStringLiteral("must not be empty")), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QStringLiteral("already the id of another feed")), qPrintable(errors.at(1)));
        QVERIFY2(errors.at(2).contains(QStringLiteral("interval_ms")) && errors.at(2).contains(QStringLiteral("2147483647")),
                 qPrintable(errors.at(2)));

        // regressions/huge-size.ini: a size of millions was walked entry by entry for half a minute.
        QVERIFY(writeFile(path, "[feeds]\nsize=2777216\n1\\id=county\n1\\url=http://127.0.0.1:8765\n",
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QSettings huge(path, QSettings::IniFormat);
        errors.clear();
        QVERIFY(readFeedSettings(huge, &errors).isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("at most 256 feeds")), qPrintable(errors.first()));
    }

    void aCommandLineFeedIsNamedByItsServer()
    {
        QString error;
        QCOMPARE(feedSettingsFromUrl(QStringLiteral("https://Feed.Example.cn/api/"), QString(), QString(), &error).id,
                 QStringLiteral("feed.example.cn:443-api"));
        QCOMPARE(feedSettingsFromUrl(QStringLiteral("http://127.0.0.1:8765"), QString(), QString(), &error).id,
                 QStringLiteral("127.0.0.1:8765"));
        QVERIFY(feedSettingsFromUrl(QStringLiteral("http://127.0.0.1:8765"), QString(), QString(), &error).id
                != feedSettingsFromUrl(QStringLiteral("http://127.0.0.1:8766"), QString(), QString(), &error).id);
        QVERIFY(error.isEmpty());
        QVERIFY(feedSettingsFromUrl(QStringLiteral("http://feed.example.cn"), QStringLiteral("t"), QString(), &error).id.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));
    }

    void aCommandLineFeedNeedsAnHttpUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https is taken") << "https://feed.example.cn" << true;
        QTest::newRow("a password in the URL is refused") << "https://u:p@feed.example.cn" << false;
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
            QVERIFY2(error.contains(QUrl(url).toDisplayString(QUrl::RemoveUserInfo)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFeedSettingsReader)
#include "tst_feedsettingsreader.moc"
