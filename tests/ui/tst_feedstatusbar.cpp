// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/feedstatusbar.h"
#include "ui/feedstatustext.h"

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using namespace cp;

namespace {
core::FeedStatus feed(const QString &id, core::FeedHealthState health)
{
    core::FeedStatus f;
    f.feedId = id;
    f.health = health;
    return f;
}
} // namespace

class TestFeedStatusBar : public QObject
{
    Q_OBJECT

private slots:
    void withoutFeedsItSaysNoneIsConfigured()
    {
        ui::FeedStatusBar bar;
        QCOMPARE(bar.labels().size(), 1);
        QCOMPARE(bar.labels().first()->text(), QStringLiteral("Feeds: none configured"));
    }

    void eachFeedHasALabelColouredByItsHealth_data()
    {
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QColor>("color");
        const QColor green(0x2e, 0x7d, 0x32), amber(0xff, 0xb3, 0x00), red(0xc6, 0x28, 0x28);
        QTest::newRow("up is green") << int(core::FeedHealthState::Up) << "gas: up" << green;
        QTest::newRow("degraded is amber") << int(core::FeedHealthState::Degraded) << "gas: degraded" << amber;
        QTest::newRow("stale is amber") << int(core::FeedHealthState::Stale) << "gas: stale" << amber;
        QTest::newRow("down is red") << int(core::FeedHealthState::Down) << "gas: down" << red;
        QTest::newRow("blocked is red") << int(core::FeedHealthState::Blocked) << "gas: blocked" << red;
    }

    void eachFeedHasALabelColouredByItsHealth()
    {
        QFETCH(int, health);
        QFETCH(QString, text);
        QFETCH(QColor, color);
        ui::FeedStatusBar bar;
        bar.setFeeds({feed(QStringLiteral("gas"), static_cast<core::FeedHealthState>(health))});
        QCOMPARE(bar.labels().size(), 1);
        const QLabel *label = bar.labels().first();
        QCOMPARE(label->text(), text);
        QCOMPARE(label->palette().color(QPalette::Window), color);
        QVERIFY(label->autoFillBackground());
    }

    void theToolTipHasLastSuccessLastErrorCursorAndLag()
    {
        core::FeedStatus f = feed(QStringLiteral("gas"), core::FeedHealthState::Degraded);
        f.lastSuccess = QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);
        f.lastError = QStringLiteral("HTTP 503");
        f.lastErrorAt = f.lastSuccess.addSecs(30);
        f.cursor = QStringLiteral("c42");
        f.lagMs = 2500;
        f.healthReason = QStringLiteral("the last poll failed");
        ui::FeedStatusBar bar;
        bar.setFeeds({f, feed(QStringLiteral("mine"), core::FeedHealthState::Up)});
        QCOMPARE(bar.labels().size(), 2);
        const QString tip = bar.labels().first()->toolTip();
        for (const QString &part : {QStringLiteral("the last poll failed"), QStringLiteral("Last success: 2026-11-29 11:00:00"),
                                    QStringLiteral("Last error: HTTP 503 (2026-11-29 11:00:30)"), QStringLiteral("Cursor: c42"),
                                    QStringLiteral("Lag: 2.5 s")})
            QVERIFY2(tip.contains(part), qPrintable(tip));
        QVERIFY2(bar.labels().last()->toolTip().contains(QStringLiteral("Last success: never")),
                 qPrintable(bar.labels().last()->toolTip()));
    }

    void aClickOnTheBarOrALabelEmitsClicked()
    {
        ui::FeedStatusBar bar;
        bar.setFeeds({feed(QStringLiteral("gas"), core::FeedHealthState::Up)});
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy clicked(&bar, &ui::FeedStatusBar::clicked);
        QTest::mouseClick(bar.labels().first(), Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
        QTest::mouseClick(&bar, Qt::LeftButton, {}, QPoint(bar.width() - 1, bar.height() / 2));
        QCOMPARE(clicked.count(), 2);
        QTest::mouseClick(&bar, Qt::RightButton);
        QCOMPARE(clicked.count(), 2);
    }
};

QTEST_MAIN(TestFeedStatusBar)
#include "tst_feedstatusbar.moc"
