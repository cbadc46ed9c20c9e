// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/validation.h"

#include <QtTest>

#include <limits>

using namespace cp::core;

namespace {
SectorCatalog twoSectors()
{
    SectorCatalog c;
    c.add({QStringLiteral("hazchem"), QString::fromUtf8("危险化学品"), QStringLiteral("Hazardous chemicals")});
    c.add({QStringLiteral("coalmine"), QString::fromUtf8("煤矿"), QStringLiteral("Coal mines")});
    return c;
}

Enterprise validEnterprise()
{
    Enterprise e;
    e.id = QStringLiteral("E0001");
    e.name = QString::fromUtf8("梁山化工有限公司");
    e.sectorId = QStringLiteral("hazchem");
    e.employees = 120;
    e.position = {116.09, 35.80};
    return e;
}

QStringList fields(const ValidationErrors &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << e.field + QLatin1Char('=') + e.value;
    return out;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void aValidEnterprisePasses()
    {
        const SectorCatalog sectors = twoSectors();
        QCOMPARE(Validator(sectors).validate(validEnterprise()), ValidationErrors{});
    }

    void enterpriseErrorsNameFieldAndValue_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an unknown sector is named") << "sector" << "enterprises.sector=fishing";
        QTest::newRow("a longitude past 180 is refused") << "lon" << "enterprises.geom=200";
        QTest::newRow("a latitude below -90 is refused") << "lat" << "enterprises.geom=-91";
        QTest::newRow("a NaN coordinate is refused") << "nan" << "enterprises.geom=nan";
        QTest::newRow("negative employees are refused") << "employees" << "enterprises.employees=-3";
        QTest::newRow("a blank name is refused") << "name" << "enterprises.name=  ";
        QTest::newRow("standardization grade 4 does not exist") << "std" << "enterprises.standardization_level=4";
    }

    void enterpriseErrorsNameFieldAndValue()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        Enterprise e = validEnterprise();
        if (change == QLatin1String("sector")) e.sectorId = QStringLiteral("fishing");
        if (change == QLatin1String("lon")) e.position.lon = 200;
        if (change == QLatin1String("lat")) e.position.lat = -91;
        if (change == QLatin1String("nan")) e.position.lon = std::numeric_limits<double>::quiet_NaN();
        if (change == QLatin1String("employees")) e.employees = -3;
        if (change == QLatin1String("name")) e.name = QStringLiteral("  ");
        if (change == QLatin1String("std")) e.standardizationLevel = 4;
        const SectorCatalog sectors = twoSectors();
        const ValidationErrors errors = Validator(sectors).validate(e);
        QCOMPARE(fields(errors), QStringList{expected});
        QVERIFY(!errors.first().message.isEmpty());
    }

    void unknownSectorMessageListsTheKnownOnes()
    {
        Enterprise e = validEnterprise();
        e.sectorId = QStringLiteral("fishing");
        const SectorCatalog sectors = twoSectors();
        const QString text = Validator(sectors).validate(e).first().toString();
        QVERIFY2(text.contains(QLatin1String("enterprises.sector")) && text.contains(QLatin1String("fishing"))
                     && text.contains(QLatin1String("hazchem, coalmine")),
                 qPrintable(text));
    }

    void negativeShelterCapacityIsRefused()
    {
        Shelter s;
        s.id = QStringLiteral("S1");
        s.name = QStringLiteral("Park");
        s.capacity = -10;
        s.effectiveAreaM2 = -1;
        s.position = {116.1, 35.8};
        const SectorCatalog sectors;
        QCOMPARE(fields(Validator(sectors).validate(s)),
                 (QStringList{QStringLiteral("shelters.capacity=-10"), QStringLiteral("shelters.effective_area_m2=-1")}));
    }

    void teamsNeedAStationAndACapability()
    {
        Team t;
        t.id = QStringLiteral("T1");
        t.name = QStringLiteral("Hazmat 1");
        t.position = {116.1, 35.8};
        const SectorCatalog sectors;
        QCOMPARE(fields(Validator(sectors).validate(t)),
                 (QStringList{QStringLiteral("teams.station_id="), QStringLiteral("teams.capabilities=")}));
    }

    void depotInventoryQuantitiesMustNotBeNegative()
    {
        SupplyDepot d;
        d.id = QStringLiteral("D1");
        d.name = QStringLiteral("County depot");
        d.areaM2 = 2400;
        d.position = {116.1, 35.8};
        d.inventory = {{QStringLiteral("tent"), QStringLiteral("shelter"), -5, QStringLiteral("pcs")},
                       {QStringLiteral("quilt"), QStringLiteral("bedding"), 100, QString()}};
        const SectorCatalog sectors;
        QCOMPARE(fields(Validator(sectors).validate(d)),
                 (QStringList{QStringLiteral("supply_depots.inventory.quantity=-5"),
                              QStringLiteral("supply_depots.inventory.unit=")}));
    }

    void eventsNeedAUnitATimeAndAFiniteValue()
    {
        AlarmEvent a;
        a.id = QStringLiteral("ev-1");
        a.enterpriseId = QStringLiteral("E1");
        a.sensorId = QStringLiteral("GT-01");
        a.kind = QStringLiteral("combustible_gas");
        a.value = std::numeric_limits<double>::infinity();
        const SectorCatalog sectors;
        QCOMPARE(fields(Validator(sectors).validate(a)),
                 (QStringList{QStringLiteral("alarm_events.unit="), QStringLiteral("alarm_events.value=inf"),
                              QStringLiteral("alarm_events.time=")}));
    }

    void eventsStayInTheirKindsPhysicalRangeAndAtMostADayAhead()
    {
        const SectorCatalog sectors;
        const Validator validator(sectors);
        const QDateTime arrival(QDate(2026, 12, 7), QTime(3, 0), Qt::UTC);
        AlarmEvent a;
        a.id = QStringLiteral("ev-1");
        a.enterpriseId = QStringLiteral("E1");
        a.sensorId = QStringLiteral("TT-01");
        a.kind = QStringLiteral("tank_temperature");
        a.unit = QStringLiteral("°C");
        a.time = arrival.addSecs(Validator::maxClockLeadSeconds); // a day ahead: still taken
        a.value = -273.15;
        QVERIFY(validator.validate(a, arrival).isEmpty());
        a.value = -300;
        a.time = arrival.addSecs(Validator::maxClockLeadSeconds + 1);
        const ValidationErrors errors = validator.validate(a, arrival);
        QCOMPARE(fields(errors), (QStringList{QStringLiteral("alarm_events.value=-300"),
                                              QStringLiteral("alarm_events.time=2026-12-08T03:00:01Z")}));
        QVERIFY2(errors.first().message.contains(QStringLiteral("at least -273.15")), qPrintable(errors.first().message));
        // A kind outside the catalogue has no physical range here: its own plugin and the point's registry judge it.
        a.kind = QStringLiteral("river_level");
        a.value = -1e300;
        a.time = arrival;
        QVERIFY(validator.validate(a, arrival).isEmpty());
    }

    void theCatalogKeepsTheFirstOfDuplicateIds()
    {
        SectorCatalog c = twoSectors();
        QVERIFY(!c.add({QStringLiteral("hazchem"), QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(!c.add({QString(), QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.find(QStringLiteral("hazchem"))->nameEn, QStringLiteral("Hazardous chemicals"));
        QCOMPARE(c.find(QStringLiteral("nope")), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
