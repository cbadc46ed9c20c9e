// SPDX-License-Identifier: GPL-2.0-or-later
// SupplyAllocator: nearest depot by road first, split across depots, shortages, bad requests; it only plans.
#include "dispatch/supplyallocator.h"
#include "testnetwork.h"

#include <QtTest>

using namespace cp;
using namespace cp::dispatch;

namespace {

const QDateTime t0(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);

core::SupplyDepot depot(const routing::RoadGraph &graph, const QString &id, double x, double beds,
                        core::FacilityStatus status = core::FacilityStatus::Existing)
{
    core::SupplyDepot d;
    d.id = id;
    d.name = id;
    d.status = status;
    d.position = test::place(graph, x, 0);
    d.inventory = {{QStringLiteral("folding bed"), QStringLiteral("shelter"), beds, QStringLiteral("pcs")},
                   {QStringLiteral("tent"), QStringLiteral("shelter"), 10, QStringLiteral("pcs")}};
    return d;
}

/*
 * Incident at x = 1000 on the straight road. Depots: "near" at 2500 (150 s) with 100 beds, "far" at
 * 9000 (800 s) with 200, "behind" at 0 (100 s) with none, "planned" at 1200 (20 s) with 500 but only planned.
 */
SupplyAllocator allocator(const routing::RoadGraph &graph)
{
    return SupplyAllocator(graph, {depot(graph, QStringLiteral("far"), 9000, 200),
                                   depot(graph, QStringLiteral("planned"), 1200, 500, core::FacilityStatus::Planned),
                                   depot(graph, QStringLiteral("near"), 2500, 100),
                                   depot(graph, QStringLiteral("behind"), 0, 0)});
}

core::Incident incidentAt(const routing::RoadGraph &graph)
{
    core::Incident i;
    i.id = QStringLiteral("INC-1");
    i.position = test::place(graph, 1000, 0);
    return i;
}

//! The depots' stock as the session would hold it: the registered quantities, lowered by take().
struct Stock
{
    explicit Stock(const SupplyAllocator &a)
    {
        for (const core::SupplyDepot &d : a.depots())
            for (const core::InventoryLine &line : d.inventory)
                held.insert(d.id + QLatin1Char('/') + line.item, line.quantity);
    }
    SupplyAllocator::StockOf of() const
    {
        return [this](const QString &depot, const QString &item) { return held.value(depot + QLatin1Char('/') + item); };
    }
    void take(const QList<SupplyMovement> &movements)
    {
        for (const SupplyMovement &m : movements)
            held[m.depotId + QLatin1Char('/') + m.item] -= m.quantity;
    }
    QHash<QString, double> held;
};

} // namespace

class TestSupplyAllocator : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_allocator.emplace(allocator(m_graph)); }

    void requests_data()
    {
        QTest::addColumn<double>("quantity");
        QTest::addColumn<QString>("movements");
        QTest::addColumn<double>("missing");
        QTest::newRow("the nearest existing depot with stock gives all when it has enough")
            << 60.0 << "near:60" << 0.0;
        QTest::newRow("a request the nearest depot cannot meet is split with the next one")
            << 150.0 << "near:100,far:50" << 0.0;
        QTest::newRow("beyond every depot's stock the rest is a shortage") << 420.0 << "near:100,far:200" << 120.0;
    }

    void requests()
    {
        QFETCH(double, quantity);
        QFETCH(QString, movements);
        QFETCH(double, missing);
        const routing::RoadGraph &graph = m_graph;
        SupplyAllocator &a = *m_allocator;
        const Stock stock(a);
        QString error;
        const auto result = a.allocate(incidentAt(graph), {{QStringLiteral("folding bed"), quantity}}, stock.of(),
                                       QStringLiteral("duty1"), t0, &error);
        QVERIFY2(result, qPrintable(error));
        QStringList made;
        double issuedNear = 0;
        double issuedFar = 0;
        for (const SupplyMovement &m : result->movements) {
            made.append(QStringLiteral("%1:%2").arg(m.depotId).arg(m.quantity));
            QCOMPARE(m.incidentId, QStringLiteral("INC-1"));
            QCOMPARE(m.user, QStringLiteral("duty1"));
            QCOMPARE(m.time, t0);
            QCOMPARE(m.unit, QStringLiteral("pcs"));
            (m.depotId == QStringLiteral("near") ? issuedNear : issuedFar) += m.quantity;
        }
        QCOMPARE(made.join(QLatin1Char(',')), movements);
        QVERIFY(qAbs(result->movements.first().travelSeconds - 150.0) < 1e-6);
        QVERIFY(issuedNear <= 100 && issuedFar <= 200);
        if (missing > 0) {
            QCOMPARE(result->shortages.size(), 1);
            QCOMPARE(result->shortages.first().item, QStringLiteral("folding bed"));
            QCOMPARE(result->shortages.first().missing, missing);
        } else {
            QVERIFY(result->shortages.isEmpty());
        }
    }

    void aSecondRequestFindsTheStockTheFirstLeft()
    {
        const routing::RoadGraph &graph = m_graph;
        SupplyAllocator &a = *m_allocator;
        Stock stock(a);
        QString error;
        const auto first = a.allocate(incidentAt(graph), {{QStringLiteral("folding bed"), 80}}, stock.of(), QStringLiteral("duty1"),
                                      t0, &error);
        QVERIFY2(first, qPrintable(error));
        stock.take(first->movements);
        const auto second = a.allocate(incidentAt(graph), {{QStringLiteral("folding bed"), 30}}, stock.of(),
                                       QStringLiteral("duty1"), t0, &error);
        QVERIFY2(second && second->movements.size() == 2, qPrintable(error));
        QCOMPARE(second->movements[0].quantity, 20.0);
        QCOMPARE(second->movements[1].depotId, QStringLiteral("far"));
        QCOMPARE(second->movements[1].quantity, 10.0);
    }

    void anItemNoDepotHoldsIsAShortageOfAllOfIt()
    {
        const routing::RoadGraph &graph = m_graph;
        SupplyAllocator &a = *m_allocator;
        QString error;
        const Stock stock(a);
        const auto result = a.allocate(incidentAt(graph), {{QStringLiteral("tent"), 5}, {QStringLiteral("life jacket"), 40}},
                                       stock.of(), QStringLiteral("duty1"), t0, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->movements.size(), 1);
        QCOMPARE(result->movements.first().depotId, QStringLiteral("behind")); // no beds, but the nearest tents
        QCOMPARE(result->shortages.size(), 1);
        QCOMPARE(result->shortages.first().item, QStringLiteral("life jacket"));
        QCOMPARE(result->shortages.first().missing, 40.0);
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<double>("quantity");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a line without an item is refused") << "  " << 5.0 << "supply request line 2 names no item";
        QTest::newRow("a zero quantity is refused")
            << "tent" << 0.0 << "supply request line 2 (tent): quantity 0 is not a positive number";
        QTest::newRow("a negative quantity is refused")
            << "tent" << -3.0 << "supply request line 2 (tent): quantity -3 is not a positive number";
    }

    void badRequestsAreRefused()
    {
        QFETCH(QString, item);
        QFETCH(double, quantity);
        QFETCH(QString, expected);
        const routing::RoadGraph &graph = m_graph;
        SupplyAllocator &a = *m_allocator;
        const Stock stock(a);
        QString error;
        QVERIFY(!a.allocate(incidentAt(graph), {{QStringLiteral("folding bed"), 1}, {item, quantity}}, stock.of(),
                            QStringLiteral("duty1"), t0, &error));
        QCOMPARE(error, expected);
    }

private:
    const routing::RoadGraph m_graph = test::straightRoad();
    std::optional<SupplyAllocator> m_allocator;
};

QTEST_GUILESS_MAIN(TestSupplyAllocator)
#include "tst_supplyallocator.moc"
