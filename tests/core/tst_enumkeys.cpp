// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/alarm.h"
#include "core/capability.h"
#include "core/dispatchorder.h"
#include "core/geopoint.h"
#include "core/incident.h"
#include "core/risklevel.h"
#include "core/shelter.h"
#include "core/team.h"
#include "core/translations.h"

#include <QtTest>

using namespace cp::core;

class TestEnumKeys : public QObject
{
    Q_OBJECT

private slots:
    void everyCapabilityRoundTripsThroughItsKey()
    {
        QSet<QString> seen;
        for (Capability c : allCapabilities()) {
            const QString key = toKey(c);
            QVERIFY2(!key.isEmpty(), "a capability has no key");
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QCOMPARE(fromKey<Capability>(key), std::optional<Capability>(c));
            QVERIFY(!displayName(c).isEmpty());
        }
    }

    void keysAreTheDocumentedStorageValues()
    {
        // docs/data-model.md promises these spellings; a rename would break files in the field.
        QCOMPARE(toKey(RiskLevel::Major), QStringLiteral("major"));
        QCOMPARE(toKey(MajorHazardGrade::Two), QStringLiteral("2"));
        QCOMPARE(toKey(ShelterType::FixedLongTerm), QStringLiteral("fixed_long"));
        QCOMPARE(toKey(TeamStatus::OffDuty), QStringLiteral("off_duty"));
        QCOMPARE(toKey(AlarmState::UnacknowledgedCleared), QStringLiteral("unack_cleared"));
        QCOMPARE(toKey(ResponseLevel::III), QStringLiteral("III"));
        QCOMPARE(toKey(DispatchStatus::OnScene), QStringLiteral("on_scene"));
    }

    void unknownKeysGiveNothing()
    {
        QCOMPARE(fromKey<RiskLevel>(QStringLiteral("MAJOR")), std::nullopt);
        QCOMPARE(fromKey<Capability>(QString()), std::nullopt);
        QCOMPARE(fromKey<AlarmPriority>(QStringLiteral("urgent")), std::nullopt);
    }

    void riskColoursFollowTheFourColourScheme()
    {
        QCOMPARE(riskColorName(RiskLevel::Major), QStringLiteral("#d7191c"));
        QCOMPARE(riskColorName(RiskLevel::Low), QStringLiteral("#2b6cd4"));
    }

    void haversineMatchesAKnownDistance()
    {
        // One degree of latitude is ~111.2 km on the mean sphere.
        const double d = haversineMetres({116.0, 35.0}, {116.0, 36.0});
        QVERIFY2(std::abs(d - 111195.0) < 50.0, qPrintable(QString::number(d)));
    }

    void chineseTranslationIsCompiledIn()
    {
        QCoreApplication *app = QCoreApplication::instance();
        const QStringList installed = installTranslations(*app, QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(installed, QStringList{QStringLiteral("zh_CN")});
        QCOMPARE(displayName(RiskLevel::Major), QString::fromUtf8("重大风险"));
    }
};

QTEST_GUILESS_MAIN(TestEnumKeys)
#include "tst_enumkeys.moc"
