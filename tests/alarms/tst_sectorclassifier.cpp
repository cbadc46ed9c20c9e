// SPDX-License-Identifier: GPL-2.0-or-later
// The engine's classifier over the real sector plugins (issue 5: the plugins' rules, not a copy).
#include "alarms/sectorclassifier.h"
#include "sectors/sectorregistry.h"

#include <QtTest>

using namespace cp::alarms;
using cp::core::AlarmEvent;
using cp::core::AlarmPriority;
using cp::core::ResponseLevel;
using cp::sectors::Classification;
using Status = cp::sectors::Classification::Status;

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
        QTest::newRow("10 mg/m3 of hydrogen sulphide at a hazchem plant is level 1 (the feed's kind name)")
            << hazchem << "TX-01" << "h2s" << 10.0 << "mg/m3" << AlarmPriority::Medium << 10.0;
        QTest::newRow("20 mg/m³ of hydrogen sulphide is level 2, whatever the spelling of the unit")
            << hazchem << "TX-01" << "h2s" << 20.0 << "mg/m³" << AlarmPriority::High << 20.0;
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
        QVERIFY2(c.status == Status::Alarm || c.status == Status::Normal, qPrintable(c.explanation));
        QCOMPARE(c.status == Status::Alarm ? c.priority : AlarmPriority::Low, priority);
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
        QCOMPARE(classifier.classify(at22, QString()).status, Status::Normal);
    }

    void whatNoRuleJudgesIsUnknown_data()
    {
        QTest::addColumn<QString>("enterpriseId");
        QTest::addColumn<QString>("sector");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("status");
        QTest::newRow("a sector with no plugin loaded") << "X9" << "tailings" << "combustible_gas" << "%LEL" << int(Status::UnknownKind);
        QTest::newRow("an enterprise outside the registry") << "X9" << "" << "combustible_gas" << "%LEL" << int(Status::UnknownKind);
        QTest::newRow("a kind the sector does not know") << "E1" << "hazchem" << "toxic_h2s" << "mg/m3" << int(Status::UnknownKind);
        QTest::newRow("a reading in a unit the kind is not measured in") << "E1" << "hazchem" << "combustible_gas" << "ppm"
                                                                         << int(Status::BadReading);
    }
    void whatNoRuleJudgesIsUnknown()
    {
        QFETCH(QString, enterpriseId);
        QFETCH(QString, sector);
        QFETCH(QString, kind);
        QFETCH(QString, unit);
        QFETCH(int, status);
        SectorClassifier classifier(m_registry);
        classifier.setEnterprises({enterprise(QStringLiteral("E1"), QStringLiteral("hazchem"))});
        const Classification c = classifier.classify(reading(enterpriseId, QStringLiteral("GT-01"), kind, 30, unit), sector);
        QCOMPARE(int(c.status), status);
        QVERIFY(!c.explanation.isEmpty());
    }

    void thePluginsProposeAResponseLevel_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::addColumn<int>("majorHazard");
        QTest::addColumn<QString>("gasGrade");
        QTest::addColumn<QString>("sensor");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("level");
        using G = cp::core::MajorHazardGrade;
        QTest::newRow("level-2 H2S at a grade-1 major hazard proposes III")
            << "hazchem" << int(G::One) << "" << "TX-01" << "h2s" << 25.0 << "mg/m3" << int(ResponseLevel::III);
        QTest::newRow("level-2 H2S at a grade-3 major hazard proposes IV")
            << "hazchem" << int(G::Three) << "" << "TX-01" << "h2s" << 25.0 << "mg/m3" << int(ResponseLevel::IV);
        QTest::newRow("level-2 combustible gas at a grade-1 major hazard proposes IV")
            << "hazchem" << int(G::One) << "" << "GT-01" << "combustible_gas" << 55.0 << "%LEL" << int(ResponseLevel::IV);
        QTest::newRow("level-1 H2S at a major hazard proposes none")
            << "hazchem" << int(G::One) << "" << "TX-01" << "h2s" << 12.0 << "mg/m3" << int(ResponseLevel::None);
        QTest::newRow("level-2 H2S at a plant that is no major hazard proposes none")
            << "hazchem" << int(G::None) << "" << "TX-01" << "h2s" << 25.0 << "mg/m3" << int(ResponseLevel::None);
        QTest::newRow("methane at power-off in an outburst mine proposes III")
            << "coalmine" << int(G::None) << "outburst" << "T1-01" << "methane" << 1.6 << "%" << int(ResponseLevel::III);
        QTest::newRow("methane at power-off in a low-gas mine proposes IV")
            << "coalmine" << int(G::None) << "low_gas" << "T1-01" << "methane" << 1.6 << "%" << int(ResponseLevel::IV);
        QTest::newRow("methane at the alarm level proposes none")
            << "coalmine" << int(G::None) << "outburst" << "T1-01" << "methane" << 1.2 << "%" << int(ResponseLevel::None);
    }
    void thePluginsProposeAResponseLevel()
    {
        QFETCH(QString, sector);
        QFETCH(int, majorHazard);
        QFETCH(QString, gasGrade);
        QFETCH(QString, sensor);
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(int, level);
        cp::core::Enterprise e = enterprise(QStringLiteral("E5"), sector);
        e.majorHazard = static_cast<cp::core::MajorHazardGrade>(majorHazard);
        if (!gasGrade.isEmpty())
            e.sectorAttributes.insert(QStringLiteral("gas_grade"), gasGrade);
        SectorClassifier classifier(m_registry);
        classifier.setEnterprises({e});
        const Classification c = classifier.classify(reading(e.id, sensor, kind, value, unit), QString());
        QCOMPARE(c.status, Status::Alarm);
        QCOMPARE(int(c.responseLevel), level);
    }

    void aLostFeedIsHighWithItsReason()
    {
        SectorClassifier classifier(m_registry);
        AlarmEvent e = reading(QString(), QStringLiteral("county-feed"), QStringLiteral("communication_failure"), 1,
                               QStringLiteral("state"));
        e.message = QStringLiteral("Feed county-feed is down: connection refused");
        const Classification c = classifier.classify(e, QString());
        QCOMPARE(c.status, Status::Alarm);
        QCOMPARE(c.priority, AlarmPriority::High);
        QCOMPARE(c.explanation, e.message);
    }
};

QTEST_GUILESS_MAIN(TestSectorClassifier)
#include "tst_sectorclassifier.moc"
