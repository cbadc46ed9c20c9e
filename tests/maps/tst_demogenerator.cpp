// SPDX-License-Identifier: GPL-2.0-or-later
#include "demogenerator.h"
#include "testpaths.h"

#include "core/validation.h"

#include <QtTest>

using namespace cp;

namespace {
demo::CountyShape loadShape()
{
    demo::CountyShape shape;
    QString error;
    if (!shape.load(test::sourcePath(QStringLiteral("maps/liangshan/liangshan-boundary.geojson")), &error))
        qFatal("%s", qPrintable(error));
    return shape;
}

//! A text fingerprint of everything generated, for comparing two runs.
QString fingerprint(const storage::Registry &r)
{
    QStringList lines;
    for (const auto &t : r.towns)
        lines << QStringLiteral("T %1 %2 %3 %4 %5").arg(t.id, t.name).arg(t.seat.lon, 0, 'f', 9).arg(t.seat.lat, 0, 'f', 9).arg(t.population);
    for (const auto &e : r.enterprises)
        lines << QStringLiteral("E %1 %2 %3 %4 %5").arg(e.id, e.name, e.sectorId).arg(e.position.lon, 0, 'f', 9).arg(e.position.lat, 0, 'f', 9);
    for (const auto &p : r.demandPoints)
        lines << QStringLiteral("V %1 %2 %3").arg(p.id, p.name).arg(p.population);
    for (const auto &s : r.roads)
        lines << QStringLiteral("R %1 %2 %3").arg(s.id).arg(s.line.size()).arg(s.line.last().lon, 0, 'f', 9);
    for (const auto &s : r.shelters)
        lines << QStringLiteral("S %1 %2").arg(s.id).arg(s.capacity);
    for (const auto &t : r.teams)
        lines << QStringLiteral("TM %1 %2").arg(t.id, toKey(t.status));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_shape = loadShape();
        m_registry = demo::DemoGenerator(m_shape, demo::DemoGenerator::defaultSeed).generate();
    }

    void theSameSeedGivesTheSameDataSet()
    {
        const storage::Registry again = demo::DemoGenerator(m_shape, demo::DemoGenerator::defaultSeed).generate();
        QCOMPARE(fingerprint(again), fingerprint(m_registry));
    }

    void anotherSeedGivesAnotherDataSet()
    {
        const storage::Registry other = demo::DemoGenerator(m_shape, 7).generate();
        QVERIFY(fingerprint(other) != fingerprint(m_registry));
    }

    void thePlansPublicCountsHold()
    {
        int producers = 0, fillingStations = 0;
        QSet<QString> sectorsUsed;
        for (const auto &e : m_registry.enterprises) {
            sectorsUsed.insert(e.sectorId);
            producers += e.sectorId == QLatin1String("hazchem") && e.category == QLatin1String("production");
            fillingStations += e.category == QLatin1String("filling_station");
        }
        QCOMPARE(producers, 5);
        QCOMPARE(fillingStations, 72);
        QCOMPARE(m_registry.sectors.size(), 13);
        QCOMPARE(sectorsUsed.size(), 13);
        QVERIFY2(m_registry.enterprises.size() >= 300, qPrintable(QString::number(m_registry.enterprises.size())));
        QCOMPARE(m_registry.towns.size(), 15); // 14 towns and sub-districts + the development zone
    }

    void demandAddsUpToTheCountysPopulation()
    {
        qint64 people = 0, townPeople = 0;
        for (const auto &p : m_registry.demandPoints)
            people += p.population;
        for (const auto &t : m_registry.towns)
            townPeople += t.population;
        QCOMPARE(people, townPeople);
        QVERIFY2(people > 760000 && people < 840000, qPrintable(QString::number(people)));
    }

    void everythingStandsInsideTheCounty()
    {
        for (const auto &e : m_registry.enterprises)
            QVERIFY2(m_shape.contains(e.position), qPrintable(e.id));
        for (const auto &p : m_registry.demandPoints)
            QVERIFY2(m_shape.contains(p.position), qPrintable(p.id));
        for (const auto &s : m_registry.shelters)
            QVERIFY2(m_shape.contains(s.position), qPrintable(s.id));
    }

    void everyRecordPassesValidation()
    {
        core::SectorCatalog catalog;
        for (const auto &s : m_registry.sectors)
            catalog.add(s);
        const core::Validator validator(catalog);
        for (const auto &e : m_registry.enterprises)
            QCOMPARE(validator.validate(e), core::ValidationErrors{});
        for (const auto &t : m_registry.teams)
            QCOMPARE(validator.validate(t), core::ValidationErrors{});
        for (const auto &d : m_registry.supplyDepots)
            QCOMPARE(validator.validate(d), core::ValidationErrors{});
        for (const auto &s : m_registry.shelters)
            QCOMPARE(validator.validate(s), core::ValidationErrors{});
    }

    void theCountyDepotMeetsThePlansSize()
    {
        QCOMPARE(m_registry.supplyDepots.first().level, core::DepotLevel::County);
        QVERIFY(m_registry.supplyDepots.first().areaM2 >= 2000);
        QCOMPARE(m_registry.supplyDepots.size(), 1 + m_registry.towns.size());
    }

    void everyShelterTypeAndAStationPerTownExist()
    {
        QSet<QString> types;
        for (const auto &s : m_registry.shelters)
            types.insert(core::toKey(s.type));
        QCOMPARE(types.size(), 5);
        int townStations = 0;
        for (const auto &s : m_registry.rescueStations)
            townStations += s.level == core::StationLevel::Town;
        QCOMPARE(townStations, 15);
    }

    void theRoadNetworkIsOneConnectedComponent()
    {
        // Union-find over exact segment end coordinates.
        QHash<QPair<double, double>, int> ids;
        QList<int> parent;
        auto id = [&](const core::GeoPoint &p) {
            const auto key = qMakePair(p.lon, p.lat);
            if (!ids.contains(key)) {
                ids.insert(key, static_cast<int>(parent.size()));
                parent.append(static_cast<int>(parent.size()));
            }
            return ids.value(key);
        };
        std::function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
        for (const auto &road : m_registry.roads)
            parent[find(id(road.line.first()))] = find(id(road.line.last()));
        QSet<int> roots;
        for (int i = 0; i < parent.size(); ++i)
            roots.insert(find(i));
        QCOMPARE(roots.size(), 1);
        int oneWay = 0;
        for (const auto &road : m_registry.roads)
            oneWay += road.oneWay;
        QVERIFY(oneWay > 0);
    }

private:
    demo::CountyShape m_shape;
    storage::Registry m_registry;
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
