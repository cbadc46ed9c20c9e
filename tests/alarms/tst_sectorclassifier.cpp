// SPDX-License-Identifier: GPL-2.0-or-later
// The engine's classifier over the real sector plugins (issue 5: the plugins' rules, not a copy).
#include "alarms/defaultclassifier.h"
#include "alarms/sectorclassifier.h"
#include "sectors/sectorregistry.h"

#include <QtTest>

using namespace cp::alarms;
using cp::core::AlarmPriority;

Q_DECLARE_METATYPE(cp::core::AlarmPriority)

namespace {
AlarmEvent reading(const QString &enterprise, const QString &sensor, const QString &kind, double value, const QString &unit)
{
    AlarmEvent e;
    e.id = QStringLiteral("t-1");
    e.enterpriseId = enterprise;
    e.sensorId = sensor;
    e.kind = kind;
    e.value = value;
    e.unit = unit;
    e.active = true;
    e.time = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    return e;
}

cp::core::Enterprise enterprise(const QString &id, const QString &sector)
{
    cp::core::Enterprise e;
    e.id = id;
    e.sectorId = sector;
    return e;
}
} // namespace

class TestSectorClassifier : public QObject
{
    Q_OBJECT

    cp::sectors::SectorRegistry m_registry;

private slots:
    void initTestCase()
    {
        m_registry.loadFrom(cp::sectors::SectorRegistry::defaultPluginDirs());
        QVERIFY2(m_registry.sector(QStringLiteral("hazchem")), "the hazchem plugin is built beside the tests");
        QVERIFY(m_registry.sector(QStringLiteral("coalmine")));
    }

    void pluginRulesGiveThePriority_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::addColumn<QString>("sensor");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<AlarmPriority>("priority");
        QTest::addColumn<double>("threshold");
        const QString hazchem = QStringLiteral("hazchem");
        const QString gas = QStringLiteral("combustible_gas");
        const QString lel = QStringLiteral("%LEL");
        QTest::newRow("24.9 %LEL at a hazchem plant is below level 1") << hazchem << "GT-01" << gas << 24.9 << lel << AlarmPriority::Low << 25.0;
        QTest::newRow("25 %LEL at a hazchem plant is level 1") << hazchem << "GT-01" << gas << 25.0 << lel << AlarmPriority::Medium << 25.0;
        QTest::newRow("49.9 %LEL at a hazchem plant is still level 1") << hazchem << "GT-01" << gas << 49.9 << lel << AlarmPriority::Medium << 25.0;
        QTest::newRow("50 %LEL at a hazchem plant is level 2") << hazchem << "GT-01" << gas << 50.0 << lel << AlarmPriority::High << 50.0;
        QTest::newRow("a hazchem reading without a unit takes the kind's unit") << hazchem << "GT-01" << gas << 60.0 << "" << AlarmPriority::High << 50.0;
        // The coalmine plugin rates a methane alarm High and a power-off Emergency (煤矿安全规程).
        QTest::newRow("1.2 % methane from a T1 sensor is the face's alarm level")
            << "coalmine" << "T1-01" << "methane" << 1.2 << "%" << AlarmPriority::High << 1.0;
        QTest::newRow("1.0 % methane from a T2 sensor cuts power in the return roadway")
            << "coalmine" << "T2-01" << "methane" << 1.0 << "%" << AlarmPriority::Emergency << 1.0;
        QTest::newRow("0.9 % methane from a T0 sensor is below the upper corner's alarm level")
            << "coalmine" << "T0-01" << "methane" << 0.9 << "%" << AlarmPriority::Low << 1.0;
        QTest::newRow("a hazchem gas reading in the wrong unit is refused as Low")
            << hazchem << "GT-01" << gas << 60.0 << "ppm" << AlarmPriority::Low << 0.0;
    }
    void pluginRulesGiveThePriority()
    {
        QFETCH(QString, sector);
        QFETCH(QString, sensor);
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(AlarmPriority, priority);
        QFETCH(double, threshold);
        SectorClassifier classifier(m_registry);
        classifier.setEnterprises({enterprise(QStringLiteral("E1"), sector)});
        const Classification c = classifier.classify(reading(QStringLiteral("E1"), sensor, kind, value, unit), sector);
        QCOMPARE(c.priority, priority);
        QCOMPARE(c.threshold, threshold);
        QVERIFY(!c.explanation.isEmpty());
    }

    void enterpriseSetpointOverridesThePluginDefault()
    {
        cp::core::Enterprise plant = enterprise(QStringLiteral("E7"), QStringLiteral("hazchem"));
        plant.sectorAttributes.insert(
            QStringLiteral("setpoints"),
            QVariantMap{{QStringLiteral("combustible_gas"), QVariantMap{{QStringLiteral("level1"), 20}}}});
        SectorClassifier classifier(m_registry);
        classifier.setEnterprises({plant});
        const AlarmEvent at22 = reading(plant.id, QStringLiteral("GT-01"), QStringLiteral("combustible_gas"), 22, QStringLiteral("%LEL"));
        // The engine may not know the sector; the enterprise list gives it.
        const Classification c = classifier.classify(at22, QString());
        QCOMPARE(c.priority, AlarmPriority::Medium);
        QCOMPARE(c.threshold, 20.0);
        // Without the setpoint, 22 %LEL is below the plugin's 25 %LEL.
        classifier.setEnterprises({enterprise(plant.id, plant.sectorId)});
        QCOMPARE(classifier.classify(at22, QString()).priority, AlarmPriority::Low);
    }

    void sectorNoPluginKnowsFallsBackToTheGenericLevels_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::newRow("a sector with no plugin loaded") << "tailings";
        QTest::newRow("an enterprise outside the registry") << "";
    }
    void sectorNoPluginKnowsFallsBackToTheGenericLevels()
    {
        QFETCH(QString, sector);
        SectorClassifier classifier(m_registry);
        const AlarmEvent e = reading(QStringLiteral("X9"), QStringLiteral("GT-01"), QStringLiteral("combustible_gas"), 30,
                                     QStringLiteral("%LEL"));
        const Classification c = classifier.classify(e, sector);
        const Classification generic = DefaultClassifier().classify(e, sector);
        QCOMPARE(c.priority, AlarmPriority::Medium);
        QCOMPARE(c.threshold, generic.threshold);
        QCOMPARE(c.explanation, generic.explanation);
        // A sector a plugin knows is never judged by the generic rules.
        const Classification byPlugin = classifier.classify(e, QStringLiteral("hazchem"));
        QCOMPARE(byPlugin.priority, AlarmPriority::Medium);
        QVERIFY(byPlugin.explanation != generic.explanation);
    }
};

QTEST_GUILESS_MAIN(TestSectorClassifier)
#include "tst_sectorclassifier.moc"
