// SPDX-License-Identifier: GPL-2.0-or-later
// The coal-mine plugin in depth: the methane table by sensor location, its power-off scopes and
// restore values, and the plan indicators. Threshold rows: coalmine/cases.json.
#include "sectors/sectorregistry.h"
#include "testpaths.h"

#include "core/alarmevent.h"

#include <QtTest>

using namespace cp::sectors;
using cp::core::Enterprise;

class TestCoalmine : public QObject
{
    Q_OBJECT

    SectorRegistry m_registry;
    const Sector *m_sector = nullptr;

    Classification methane(const QString &location, double value) const
    {
        Enterprise e;
        e.id = QStringLiteral("CM-1");
        e.sectorId = QStringLiteral("coalmine");
        cp::core::AlarmEvent r;
        r.sensorId = QStringLiteral("CH4-12");
        r.kind = QStringLiteral("methane");
        const QString at = location;
        r.value = value;
        r.unit = QStringLiteral("%CH4");
        return m_registry.classify(e, r, at);
    }

private slots:
    void initTestCase()
    {
        m_registry.loadFrom({cp::test::binaryPath(QStringLiteral("lib/commandpost/sectors"))});
        m_sector = m_registry.sector(QStringLiteral("coalmine"));
        QVERIFY(m_sector);
    }

    void everyLocationOfTheRegulationsTableIsKnown()
    {
        const AlarmKind *kind = m_sector->alarmKind(QStringLiteral("methane"));
        QVERIFY(kind);
        QStringList ids;
        for (const LocationRules &l : kind->locations)
            ids.append(l.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("upper_corner"), QStringLiteral("face"), QStringLiteral("face_outburst"),
                                   QStringLiteral("return_roadway"), QStringLiteral("intake_roadway"),
                                   QStringLiteral("series_intake"), QStringLiteral("mid_return"),
                                   QStringLiteral("drainage_roadway"), QStringLiteral("mixed_return"),
                                   QStringLiteral("shearer"), QStringLiteral("heading_face"),
                                   QStringLiteral("heading_return"), QStringLiteral("trolley_haulage")}));
    }

    // 复电浓度 per location (煤矿安全规程): power may be restored only below it.
    void powerOffCarriesTheRestoreConcentration_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<double>("powerOff");
        QTest::addColumn<double>("restore");
        QTest::addColumn<bool>("unconfirmed");
        QTest::newRow("upper corner restores below 1.5 as printed, flagged U") << "upper_corner" << 1.5 << 1.5 << true;
        QTest::newRow("face restores below 1.0") << "face" << 1.5 << 1.0 << false;
        QTest::newRow("return roadway restores below 1.0") << "return_roadway" << 1.0 << 1.0 << false;
        QTest::newRow("intake roadway restores below 0.5") << "intake_roadway" << 0.5 << 0.5 << false;
        QTest::newRow("drainage roadway restores below 2.5") << "drainage_roadway" << 2.5 << 2.5 << false;
        QTest::newRow("shearer restores below 1.0") << "shearer" << 1.5 << 1.0 << false;
    }

    void powerOffCarriesTheRestoreConcentration()
    {
        QFETCH(QString, location);
        QFETCH(double, powerOff);
        QFETCH(double, restore);
        QFETCH(bool, unconfirmed);
        const Classification c = methane(location, powerOff);
        QCOMPARE(c.ruleId, QStringLiteral("power_off"));
        QCOMPARE(c.priority, cp::core::AlarmPriority::Emergency);
        QCOMPARE(c.threshold, powerOff);
        QCOMPARE(c.reset, std::optional<double>(restore));
        const ThresholdRule &rule = m_sector->alarmKind(QStringLiteral("methane"))->location(location)->rules.at(1);
        QCOMPARE(rule.unconfirmed, unconfirmed);
    }

    void thePowerOffScopeIsNamed()
    {
        const Classification c = methane(QStringLiteral("face_outburst"), 1.6);
        QCOMPARE(c.explanation,
                 QStringLiteral("Methane 1.6 %CH4 reached power off (face, intake and return roadways) (1.5 %CH4, "
                                "煤矿安全规程 甲烷传感器报警浓度、断电浓度、复电浓度和断电范围)"));
    }

    void aMethaneReadingMustNameItsLocation()
    {
        const Classification c = methane(QString(), 0.3);
        QCOMPARE(c.status, Classification::Status::BadReading);
        QVERIFY(c.explanation.startsWith(QStringLiteral("Sensor CH4-12: '' is not a methane sensor location (known: upper_corner, face,")));
    }

    void aReadingInPercentLelIsRefused()
    {
        Enterprise e;
        e.sectorId = QStringLiteral("coalmine");
        cp::core::AlarmEvent r;
        r.sensorId = QStringLiteral("CH4-12");
        r.kind = QStringLiteral("methane");
        const QString at = QStringLiteral("face");
        r.value = 20;
        r.unit = QStringLiteral("%LEL");
        QCOMPARE(m_registry.classify(e, r, at).status, Classification::Status::BadReading);
    }

    void intelligentMiningShareCountsMinesWithAnIntelligentFace()
    {
        QList<Enterprise> mines{Enterprise(), Enterprise(), Enterprise()};
        mines[0].sectorAttributes = {{QStringLiteral("working_faces"), 4}, {QStringLiteral("intelligent_faces"), 1}};
        mines[1].sectorAttributes = {{QStringLiteral("working_faces"), 2}, {QStringLiteral("intelligent_faces"), 0}};
        const Indicator &share = m_sector->indicators.at(0);
        QCOMPARE(share.id, QStringLiteral("intelligent_mining_share"));
        const IndicatorValue v = share.evaluate(mines, QDate(2026, 11, 29));
        QCOMPARE(v.applicable, 2);
        QCOMPARE(v.meeting, 1);
        QCOMPARE(v.percent, std::optional<double>(50));
        QCOMPARE(v.meetsTarget, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCoalmine)
#include "tst_coalmine.moc"
