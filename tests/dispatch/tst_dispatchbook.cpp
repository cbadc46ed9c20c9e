// SPDX-License-Identifier: GPL-2.0-or-later
// DispatchBook: every order transition, every refusal, and persistence through a GeoPackage store.
#include "dispatch/dispatchbook.h"
#include "storage/geopackagestore.h"
#include "storage/storedispatchjournal.h"
#include "testnetwork.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using namespace cp::dispatch;
using core::DispatchStatus;

namespace {

const QDateTime t0(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);

core::Incident incident(const QString &id, const QString &title)
{
    core::Incident i;
    i.id = id;
    i.title = title;
    i.openedAt = t0;
    i.openedBy = QStringLiteral("duty1");
    return i;
}

//! The lifecycle as the issue states it, written out by hand rather than asked of DispatchBook.
const QList<QPair<DispatchStatus, DispatchStatus>> allowedSteps = {
    {DispatchStatus::Dispatched, DispatchStatus::EnRoute},   {DispatchStatus::EnRoute, DispatchStatus::OnScene},
    {DispatchStatus::OnScene, DispatchStatus::Returning},    {DispatchStatus::Returning, DispatchStatus::Available},
    {DispatchStatus::Dispatched, DispatchStatus::Returning}, {DispatchStatus::EnRoute, DispatchStatus::Returning},
};

//! The steps that bring a new order to \a status.
QList<DispatchStatus> pathTo(DispatchStatus status)
{
    const QList<DispatchStatus> lifecycle = {DispatchStatus::EnRoute, DispatchStatus::OnScene,
                                             DispatchStatus::Returning, DispatchStatus::Available};
    QList<DispatchStatus> path;
    for (DispatchStatus s : lifecycle) {
        if (status == DispatchStatus::Dispatched)
            break;
        path.append(s);
        if (s == status)
            break;
    }
    return path;
}

} // namespace

class TestDispatchBook : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        const QList<DispatchStatus> all = {DispatchStatus::Dispatched, DispatchStatus::EnRoute, DispatchStatus::OnScene,
                                           DispatchStatus::Returning, DispatchStatus::Available};
        for (DispatchStatus from : all) {
            for (DispatchStatus to : all) {
                const bool allowed = allowedSteps.contains({from, to});
                const QString name = QStringLiteral("going from %1 to %2 is %3")
                                         .arg(core::toKey(from), core::toKey(to),
                                              allowed ? QStringLiteral("allowed") : QStringLiteral("refused"));
                QTest::newRow(qPrintable(name)) << int(from) << int(to) << allowed;
            }
        }
    }

    void transitions()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        test::MemoryJournal journal;
        DispatchBook book(&journal);
        book.addIncident(incident(QStringLiteral("INC-1"), QStringLiteral("tank fire")));
        QString error;
        const auto order = book.dispatch(QStringLiteral("INC-1"), QStringLiteral("T1"), 300, QStringLiteral("duty1"), t0, &error);
        QVERIFY2(order, qPrintable(error));
        QDateTime when = t0;
        for (DispatchStatus step : pathTo(DispatchStatus(from))) {
            when = when.addSecs(60);
            QVERIFY2(book.advance(order->id, step, QStringLiteral("duty1"), when, &error), qPrintable(error));
        }
        const int written = journal.orders.size();
        const QDateTime stamp = when.addSecs(60);
        QCOMPARE(book.advance(order->id, DispatchStatus(to), QStringLiteral("duty2"), stamp, &error), allowed);
        QCOMPARE(DispatchBook::isAllowed(DispatchStatus(from), DispatchStatus(to)), allowed);
        const core::DispatchOrder now = book.orders().first();
        if (allowed) {
            QCOMPARE(now.status, DispatchStatus(to));
            QCOMPARE(now.updatedAt, stamp);
            QCOMPARE(now.updatedBy, QStringLiteral("duty2"));
            QCOMPARE(journal.orders.size(), written + 1);
            QCOMPARE(journal.audit.last(), QStringLiteral("dispatch.status ") + order->id);
            QCOMPARE(book.history(QStringLiteral("INC-1")).last().status, DispatchStatus(to));
        } else {
            QCOMPARE(now.status, DispatchStatus(from));
            QCOMPARE(journal.orders.size(), written);
            QCOMPARE(error, QStringLiteral("Dispatch order INC-1-001 cannot go from \"%1\" to \"%2\"")
                                .arg(core::displayName(DispatchStatus(from)), core::displayName(DispatchStatus(to))));
        }
    }

    void aCommittedTeamIsRefusedWithTheOtherIncidentNamed()
    {
        DispatchBook book;
        book.addIncident(incident(QStringLiteral("INC-1"), QStringLiteral("tank fire")));
        book.addIncident(incident(QStringLiteral("INC-2"), QStringLiteral("gas leak")));
        QString error;
        QVERIFY(book.dispatch(QStringLiteral("INC-1"), QStringLiteral("T1"), 300, QStringLiteral("duty1"), t0, &error));
        QVERIFY(!book.dispatch(QStringLiteral("INC-2"), QStringLiteral("T1"), 200, QStringLiteral("duty1"), t0, &error));
        QCOMPARE(error, QStringLiteral("Cannot dispatch team T1: it is already committed to incident INC-1 \"tank fire\" "
                                       "(order INC-1-001, Dispatched)"));
        QCOMPARE(book.orders(QStringLiteral("INC-2")).size(), 0);
        QCOMPARE(book.commitments().value(QStringLiteral("T1")), QStringLiteral("INC-1 \"tank fire\""));
        // Sending it twice to the same incident is refused the same way.
        QVERIFY(!book.dispatch(QStringLiteral("INC-1"), QStringLiteral("T1"), 300, QStringLiteral("duty1"), t0, &error));
        QVERIFY(error.contains(QStringLiteral("INC-1 \"tank fire\"")));
    }

    void aTeamBackAndAvailableCanBeDispatchedAgain()
    {
        DispatchBook book;
        book.addIncident(incident(QStringLiteral("INC-1"), QStringLiteral("tank fire")));
        book.addIncident(incident(QStringLiteral("INC-2"), QStringLiteral("gas leak")));
        QString error;
        const auto first = book.dispatch(QStringLiteral("INC-1"), QStringLiteral("T1"), 300, QStringLiteral("duty1"), t0, &error);
        QVERIFY(first);
        QVERIFY(book.advance(first->id, DispatchStatus::Returning, QStringLiteral("duty1"), t0.addSecs(60), &error));
        QVERIFY(book.advance(first->id, DispatchStatus::Available, QStringLiteral("duty1"), t0.addSecs(120), &error));
        QVERIFY(!book.openOrder(QStringLiteral("T1")));
        QVERIFY(book.commitments().isEmpty());
        const auto second = book.dispatch(QStringLiteral("INC-2"), QStringLiteral("T1"), 200, QStringLiteral("duty1"),
                                          t0.addSecs(180), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->id, QStringLiteral("INC-2-001"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("incidentId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an unknown incident is refused")
            << "INC-9" << "Cannot dispatch team T1: incident INC-9 is unknown";
        QTest::newRow("a closed incident is refused")
            << "INC-0" << "Cannot dispatch team T1: incident INC-0 \"old flood\" is closed";
    }

    void refusals()
    {
        QFETCH(QString, incidentId);
        QFETCH(QString, expected);
        DispatchBook book;
        core::Incident closed = incident(QStringLiteral("INC-0"), QStringLiteral("old flood"));
        closed.status = core::IncidentStatus::Closed;
        book.addIncident(closed);
        QString error;
        QVERIFY(!book.dispatch(incidentId, QStringLiteral("T1"), 300, QStringLiteral("duty1"), t0, &error));
        QCOMPARE(error, expected);
        QVERIFY(book.orders().isEmpty());
    }

    void anUnknownOrderIsRefused()
    {
        DispatchBook book;
        QString error;
        QVERIFY(!book.advance(QStringLiteral("X-001"), DispatchStatus::EnRoute, QStringLiteral("duty1"), t0, &error));
        QCOMPARE(error, QStringLiteral("Dispatch order X-001 is unknown"));
    }

    void aJournalFailureLeavesTheBookUnchanged()
    {
        test::MemoryJournal journal;
        DispatchBook book(&journal);
        book.addIncident(incident(QStringLiteral("INC-1"), QStringLiteral("tank fire")));
        QString error;
        const auto order = book.dispatch(QStringLiteral("INC-1"), QStringLiteral("T1"), 300, QStringLiteral("duty1"), t0, &error);
        QVERIFY(order);
        journal.failing = true;
        QVERIFY(!book.advance(order->id, DispatchStatus::EnRoute, QStringLiteral("duty1"), t0.addSecs(60), &error));
        QCOMPARE(error, QStringLiteral("journal unavailable"));
        QCOMPARE(book.orders().first().status, DispatchStatus::Dispatched);
        QVERIFY(!book.dispatch(QStringLiteral("INC-1"), QStringLiteral("T2"), 300, QStringLiteral("duty1"), t0, &error));
        QCOMPARE(book.orders().size(), 1);
        QCOMPARE(book.history(QStringLiteral("INC-1")).size(), 1);
    }

    void ordersAndTheirStepsPersistInAGeoPackageStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.gpkg"));
        QString error;
        {
            auto store = storage::GeoPackageStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            storage::StoreDispatchJournal journal(*store);
            DispatchBook book(&journal);
            book.addIncident(incident(QStringLiteral("INC-1"), QStringLiteral("tank fire")));
            const auto order = book.dispatch(QStringLiteral("INC-1"), QStringLiteral("T1"), 312.5, QStringLiteral("duty1"),
                                             t0, &error);
            QVERIFY2(order, qPrintable(error));
            QVERIFY2(book.advance(order->id, DispatchStatus::EnRoute, QStringLiteral("duty2"), t0.addSecs(90), &error),
                     qPrintable(error));
        }
        auto store = storage::GeoPackageStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const auto orders = store->dispatchOrders(QStringLiteral("INC-1"), &error);
        QVERIFY2(orders && orders->size() == 1, qPrintable(error));
        QCOMPARE(orders->first().teamId, QStringLiteral("T1"));
        QCOMPARE(orders->first().status, DispatchStatus::EnRoute);
        QCOMPARE(orders->first().etaSeconds, 312.5);
        QCOMPARE(orders->first().updatedBy, QStringLiteral("duty2"));
        QCOMPARE(orders->first().updatedAt, t0.addSecs(90));
        const auto log = store->auditLog(&error);
        QVERIFY2(log && log->size() == 2, qPrintable(error));
        QCOMPARE(log->at(0).action, QStringLiteral("dispatch.create"));
        QCOMPARE(log->at(0).user, QStringLiteral("duty1"));
        QCOMPARE(log->at(1).action, QStringLiteral("dispatch.status"));
        QCOMPARE(log->at(1).comment, QStringLiteral("dispatched -> en_route"));
        QCOMPARE(log->at(1).target, QStringLiteral("INC-1-001"));

        // After a restart the book knows the team is committed.
        DispatchBook restarted;
        restarted.addIncident(incident(QStringLiteral("INC-1"), QStringLiteral("tank fire")));
        for (const core::DispatchOrder &o : *orders)
            restarted.restoreOrder(o);
        QVERIFY(restarted.openOrder(QStringLiteral("T1")));
        QVERIFY(!restarted.dispatch(QStringLiteral("INC-1"), QStringLiteral("T1"), 1, QStringLiteral("duty1"), t0, &error));
    }
};

QTEST_GUILESS_MAIN(TestDispatchBook)
#include "tst_dispatchbook.moc"
