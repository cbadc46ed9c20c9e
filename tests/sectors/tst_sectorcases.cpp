// SPDX-License-Identifier: GPL-2.0-or-later
// Every sector's thresholds at and around each limit and its incident types' capabilities, from the
// cases.json beside each plugin: adding a sector adds its cases in its own folder. Coverage is
// enforced: every default limit needs rows below, at and above it, every incident type its row.
#include "sectors/sectorregistry.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include "core/alarmevent.h"

#include <QtTest>

using namespace cp::sectors;
using cp::test::binaryPath;
using cp::test::sourcePath;

namespace {

QString outcome(const Classification &c)
{
    switch (c.status) {
    case Classification::Status::Normal: return QStringLiteral("normal");
    case Classification::Status::NotConfigured: return QStringLiteral("not_configured");
    case Classification::Status::BadReading: return QStringLiteral("bad_reading");
    case Classification::Status::UnknownKind: return QStringLiteral("unknown");
    case Classification::Status::Alarm: return c.ruleId + QLatin1Char('/') + cp::core::toKey(c.priority);
    }
    return {};
}

QStringList capabilityKeys(const QList<cp::core::Capability> &capabilities)
{
    QStringList keys;
    for (cp::core::Capability c : capabilities)
        keys.append(cp::core::toKey(c));
    keys.sort();
    return keys;
}

} // namespace

class TestSectorCases : public QObject
{
    Q_OBJECT

    SectorRegistry m_registry;
    QMap<QString, QJsonObject> m_cases; // sector id → its cases.json

private slots:
    void initTestCase()
    {
        m_registry.loadFrom({binaryPath(QStringLiteral("lib/commandpost/sectors"))});
        QVERIFY2(m_registry.refusals().isEmpty(), qPrintable(m_registry.formatListing()));
        // The example sector too; once copied into modules/sectors its example copy is a harmless duplicate.
        m_registry.loadFrom({binaryPath(QStringLiteral("tests/sectors/example"))});
        QVERIFY(m_registry.sector(QStringLiteral("tailings")));
        for (const QString &root : {sourcePath(QStringLiteral("modules/sectors")), sourcePath(QStringLiteral("examples/sectors"))}) {
            for (const QFileInfo &dir : QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile file(dir.absoluteFilePath() + QStringLiteral("/cases.json"));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
                QVERIFY2(doc.isObject(), qPrintable(file.fileName() + QStringLiteral(": ") + error.errorString()));
                m_cases.insert(dir.fileName(), doc.object());
            }
        }
    }

    void everySectorHasItsCasesAndEveryCaseFileItsSector()
    {
        for (const Sector *s : m_registry.sectors())
            QVERIFY2(m_cases.contains(s->metadata.id), qPrintable(s->metadata.id));
        for (const QString &id : m_cases.keys())
            QVERIFY2(m_registry.sector(id), qPrintable(id + QStringLiteral(" has cases.json but no plugin loaded")));
    }

    void readings_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("location");
        QTest::addColumn<double>("value");
        QTest::addColumn<QVariantMap>("setpoints");
        QTest::addColumn<QString>("expected");
        for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
            for (const QJsonValue &v : it.value().value(QStringLiteral("readings")).toArray()) {
                const QJsonArray row = v.toArray();
                const QString location = row.at(1).toString();
                const QString name = QStringLiteral("%1: %2%3 at %4 gives %5")
                                         .arg(it.key(), row.at(0).toString(),
                                              location.isEmpty() ? QString() : QStringLiteral(" (") + location + QLatin1Char(')'))
                                         .arg(row.at(2).toDouble())
                                         .arg(row.at(3).toString() + (row.size() > 4 ? QStringLiteral(" with setpoints") : QString()));
                QTest::newRow(qPrintable(name)) << it.key() << row.at(0).toString() << location << row.at(2).toDouble()
                                                << row.at(4).toObject().toVariantMap() << row.at(3).toString();
            }
        }
    }

    void readings()
    {
        QFETCH(QString, sector);
        QFETCH(QString, kind);
        QFETCH(QString, location);
        QFETCH(double, value);
        QFETCH(QVariantMap, setpoints);
        QFETCH(QString, expected);
        cp::core::Enterprise e;
        e.id = QStringLiteral("E1");
        e.sectorId = sector;
        e.sectorAttributes.insert(QStringLiteral("setpoints"), setpoints);
        cp::core::AlarmEvent r;
        r.sensorId = QStringLiteral("S1");
        r.kind = kind;
        const QString at = location;
        r.value = value;
        const Classification c = m_registry.classify(e, r, at);
        QCOMPARE(outcome(c), expected);
        if (c.isAlarm())
            QVERIFY2(!c.source.isEmpty() && c.explanation.contains(c.source), qPrintable(c.explanation));
    }

    void everyLimitIsTestedBelowAtAndAbove()
    {
        for (const Sector *s : m_registry.sectors()) {
            const QJsonArray rows = m_cases.value(s->metadata.id).value(QStringLiteral("readings")).toArray();
            for (const AlarmKind &kind : s->alarmKinds) {
                QList<QPair<QString, const QList<ThresholdRule> *>> sets;
                if (kind.locations.isEmpty())
                    sets.append({QString(), &kind.rules});
                for (const LocationRules &l : kind.locations)
                    sets.append({l.id, &l.rules});
                bool kindTested = false;
                for (const auto &set : sets) {
                    QList<double> values;
                    for (const QJsonValue &v : rows) {
                        const QJsonArray row = v.toArray();
                        if (row.at(0).toString() == kind.id && row.at(1).toString() == set.first)
                            values.append(row.at(2).toDouble());
                    }
                    kindTested = kindTested || !values.isEmpty();
                    for (const ThresholdRule &rule : *set.second) {
                        if (!rule.limit)
                            continue;
                        const double limit = *rule.limit;
                        const bool below = std::any_of(values.cbegin(), values.cend(), [&](double x) { return x < limit; });
                        const bool at = values.contains(limit);
                        // A two-state signal has nothing above its active state.
                        const bool above = kind.unit == QLatin1String("state")
                                           || std::any_of(values.cbegin(), values.cend(), [&](double x) { return x > limit; });
                        const QString where = QStringLiteral("%1 %2 %3 %4 at %5")
                                                  .arg(s->metadata.id, kind.id, set.first, rule.id).arg(limit);
                        QVERIFY2(below && at && above, qPrintable(where + QStringLiteral(" lacks a row below, at or above")));
                    }
                }
                QVERIFY2(kindTested, qPrintable(s->metadata.id + QStringLiteral(" has no case for ") + kind.id));
            }
        }
    }

    void incidentCapabilities_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::addColumn<QString>("incident");
        QTest::addColumn<QStringList>("expected");
        for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
            const QJsonObject incidents = it.value().value(QStringLiteral("incidents")).toObject();
            for (auto inc = incidents.constBegin(); inc != incidents.constEnd(); ++inc) {
                QStringList keys;
                for (const QJsonValue &k : inc.value().toArray())
                    keys.append(k.toString());
                keys.sort();
                QTest::newRow(qPrintable(QStringLiteral("%1 %2 needs %3").arg(it.key(), inc.key(), keys.join(QStringLiteral(", ")))))
                    << it.key() << inc.key() << keys;
            }
        }
    }

    void incidentCapabilities()
    {
        QFETCH(QString, sector);
        QFETCH(QString, incident);
        QFETCH(QStringList, expected);
        const Sector *s = m_registry.sector(sector);
        QVERIFY(s);
        const IncidentType *type = s->incidentType(incident);
        QVERIFY2(type, qPrintable(incident));
        QCOMPARE(capabilityKeys(type->capabilities), expected);
        QVERIFY2(type->checklist.size() >= 3, "a response checklist has at least three steps");
    }

    void everyIncidentTypeHasItsCase()
    {
        for (const Sector *s : m_registry.sectors()) {
            const QJsonObject incidents = m_cases.value(s->metadata.id).value(QStringLiteral("incidents")).toObject();
            QVERIFY2(!s->incidentTypes.isEmpty(), qPrintable(s->metadata.id));
            for (const IncidentType &t : s->incidentTypes)
                QVERIFY2(incidents.contains(t.id), qPrintable(s->metadata.id + QLatin1Char(' ') + t.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestSectorCases)
#include "tst_sectorcases.moc"
