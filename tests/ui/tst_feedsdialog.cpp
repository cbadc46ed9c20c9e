// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/feedsdialog.h"
#include "ui/feedstatustext.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace cp;

namespace {
const QDateTime now(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);

core::FeedStatus feed(const QString &id, core::FeedHealthState health, qint64 quarantined)
{
    core::FeedStatus f;
    f.feedId = id;
    f.url = QStringLiteral("https://%1.example/alarms").arg(id);
    f.health = health;
    f.cursor = QStringLiteral("c7");
    f.eventsToday = 12;
    f.eventsStored = 3400;
    f.quarantined = quarantined;
    f.lastSuccess = now;
    f.lagMs = 850;
    return f;
}

core::QuarantinedItem item(const QString &feedId, const QByteArray &raw)
{
    core::QuarantinedItem q;
    q.feedId = feedId;
    q.cursor = QStringLiteral("c6");
    q.index = 3;
    q.eventId = QStringLiteral("ev-9");
    q.field = QStringLiteral("value");
    q.reason = QStringLiteral("value is not a number");
    q.raw = raw;
    q.receivedAt = now;
    return q;
}
} // namespace

class TestFeedsDialog : public QObject
{
    Q_OBJECT

private:
    QStringList m_asked;
    ui::FeedsDialog::Quarantined source()
    {
        return [this](const QString &feedId) {
            m_asked << feedId;
            if (feedId == QLatin1String("mine"))
                return QList<core::QuarantinedItem>{item(feedId, QByteArray("{\"value\":\"x\x01\"}")),
                                                    item(feedId, QByteArray("\xff\xfe bad"))};
            return QList<core::QuarantinedItem>{};
        };
    }

private slots:
    void init() { m_asked.clear(); }

    void showsEveryFeedWithItsHealthTimesAndCounts()
    {
        ui::FeedsDialog dialog(source());
        core::FeedStatus gas = feed(QStringLiteral("gas"), core::FeedHealthState::Blocked, 0);
        gas.healthReason = QStringLiteral("the body is not valid JSON");
        gas.lastError = QStringLiteral("parse error");
        gas.lastErrorAt = now.addSecs(60);
        dialog.setFeeds({gas, feed(QStringLiteral("mine"), core::FeedHealthState::Up, 2)});
        const QStandardItemModel &feeds = dialog.feeds();
        QCOMPARE(feeds.rowCount(), 2);
        auto text = [&](int row, int column) { return feeds.item(row, column)->text(); };
        QCOMPARE(text(0, ui::FeedsDialog::Feed), QStringLiteral("gas"));
        QCOMPARE(text(0, ui::FeedsDialog::Url), QStringLiteral("https://gas.example/alarms"));
        QCOMPARE(text(0, ui::FeedsDialog::Health), QStringLiteral("blocked: the body is not valid JSON"));
        QCOMPARE(feeds.item(0, ui::FeedsDialog::Health)->background().color(), ui::feedHealthColor(core::FeedHealthState::Blocked));
        QCOMPARE(text(0, ui::FeedsDialog::LastSuccess), QStringLiteral("2026-11-29 11:00:00"));
        QCOMPARE(text(0, ui::FeedsDialog::LastError), QStringLiteral("parse error (2026-11-29 11:01:00)"));
        QCOMPARE(text(0, ui::FeedsDialog::Cursor), QStringLiteral("c7"));
        QCOMPARE(text(0, ui::FeedsDialog::EventsToday), QStringLiteral("12"));
        QCOMPARE(text(0, ui::FeedsDialog::EventsStored), QStringLiteral("3400"));
        QCOMPARE(text(1, ui::FeedsDialog::QuarantinedCount), QStringLiteral("2"));
        QCOMPARE(text(0, ui::FeedsDialog::Lag), QStringLiteral("850 ms"));
        QCOMPARE(text(1, ui::FeedsDialog::LastError), QStringLiteral("none"));
        // The first feed is selected at once, and its items asked for.
        QCOMPARE(dialog.selectedFeedId(), QStringLiteral("gas"));
        QCOMPARE(m_asked, QStringList{QStringLiteral("gas")});
        QCOMPARE(dialog.items().rowCount(), 0);
    }

    void theSelectedFeedsQuarantinedItemsAreShownEscaped()
    {
        ui::FeedsDialog dialog(source());
        dialog.setFeeds({feed(QStringLiteral("gas"), core::FeedHealthState::Up, 0),
                         feed(QStringLiteral("mine"), core::FeedHealthState::Degraded, 2)});
        m_asked.clear();
        dialog.feedView()->setCurrentIndex(dialog.feeds().index(1, 0));
        QCOMPARE(m_asked, QStringList{QStringLiteral("mine")});
        const QStandardItemModel &items = dialog.items();
        QCOMPARE(items.rowCount(), 2);
        auto text = [&](int row, int column) { return items.item(row, column)->text(); };
        QCOMPARE(text(0, ui::FeedsDialog::ReceivedAt), QStringLiteral("2026-11-29 11:00:00"));
        QCOMPARE(text(0, ui::FeedsDialog::ItemCursor), QStringLiteral("c6"));
        QCOMPARE(text(0, ui::FeedsDialog::Index), QStringLiteral("3"));
        QCOMPARE(text(0, ui::FeedsDialog::EventId), QStringLiteral("ev-9"));
        QCOMPARE(text(0, ui::FeedsDialog::Field), QStringLiteral("value"));
        QCOMPARE(text(0, ui::FeedsDialog::Reason), QStringLiteral("value is not a number"));
        QCOMPARE(text(0, ui::FeedsDialog::Raw), QStringLiteral("{\"value\":\"x\\u0001\"}"));
        QCOMPARE(text(1, ui::FeedsDialog::Raw), QStringLiteral("\\xff\\xfe bad"));

        // A refresh keeps the selection and asks again for the same feed.
        m_asked.clear();
        dialog.setFeeds({feed(QStringLiteral("gas"), core::FeedHealthState::Up, 0),
                         feed(QStringLiteral("mine"), core::FeedHealthState::Degraded, 3)});
        QCOMPARE(dialog.selectedFeedId(), QStringLiteral("mine"));
        QCOMPARE(m_asked, QStringList{QStringLiteral("mine")});
        QCOMPARE(items.rowCount(), 2);
    }

    void aLongRawItemIsCutShort()
    {
        ui::FeedsDialog dialog([](const QString &feedId) {
            return QList<core::QuarantinedItem>{item(feedId, QByteArray(5000, 'a'))};
        });
        dialog.setFeeds({feed(QStringLiteral("gas"), core::FeedHealthState::Degraded, 1)});
        const QString shown = dialog.items().item(0, ui::FeedsDialog::Raw)->text();
        QCOMPARE(shown.size(), 121);
        QVERIFY(shown.endsWith(QChar(0x2026)));
    }

    void withoutFeedsNothingIsAsked()
    {
        ui::FeedsDialog dialog(source());
        dialog.setFeeds({});
        QCOMPARE(dialog.feeds().rowCount(), 0);
        QVERIFY(dialog.selectedFeedId().isEmpty());
        QVERIFY(m_asked.isEmpty());
    }
};

QTEST_MAIN(TestFeedsDialog)
#include "tst_feedsdialog.moc"
