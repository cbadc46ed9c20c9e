// SPDX-License-Identifier: GPL-2.0-or-later
// One catalogue of alarm kinds (core/alarmkinds.h): the feed docs list it, the simulator emits it,
// and a sector plugin judges every kind of it. Names once spelt apart (toxic_h2s against h2s,
// network_pressure against pipeline_pressure) made real alarms classify low; this keeps them together.
#include "alarms/sectorclassifier.h"
#include "core/alarmkinds.h"
#include "feeds/localsimulator.h"
#include "sectors/sectorregistry.h"
#include "storage/geopackagestore.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using Status = sectors::Classification::Status;

class TestKindCatalogue : public QObject
{
    Q_OBJECT

    sectors::SectorRegistry m_registry;

    //! Whether any loaded plugin judges \a kind in \a unit (its rules ran: no unknown kind, no bad unit).
    bool judged(const QString &sector, const QString &kind, const QString &unit, const QString &sensor, QString *why) const
    {
        core::Enterprise e;
        e.id = QStringLiteral("E1");
        e.sectorId = sector;
        alarms::SectorClassifier classifier(m_registry);
        classifier.setEnterprises({e});
        core::AlarmEvent reading;
        reading.enterpriseId = e.id;
        reading.sensorId = sensor;
        reading.kind = kind;
        reading.unit = unit;
        reading.value = 1;
        reading.active = true;
        reading.time = QDateTime::currentDateTimeUtc();
        const sectors::Classification c = classifier.classify(reading, sector);
        *why = c.explanation;
        return c.status == Status::Alarm || c.status == Status::Normal || c.status == Status::NotConfigured;
    }

private slots:
    void initTestCase()
    {
        m_registry.loadFrom(sectors::SectorRegistry::defaultPluginDirs());
        QCOMPARE(m_registry.sectors().size(), 13);
    }

    void theCatalogueIsInTheOrderOfItsIdsAndEachKeyIsOnce()
    {
        QSet<QString> keys;
        for (int i = 0; i < core::alarmKinds().size(); ++i) {
            const core::AlarmKindInfo &k = core::alarmKinds().at(i);
            QCOMPARE(static_cast<int>(k.id), i);
            QCOMPARE(core::toKey(k.id), k.key);
            QCOMPARE(core::fromKey<core::AlarmKindId>(k.key), std::optional<core::AlarmKindId>(k.id));
            QVERIFY2(!k.units.isEmpty() && k.minimum < k.maximum, qPrintable(k.key));
            QVERIFY2(!keys.contains(k.key), qPrintable(k.key));
            keys.insert(k.key);
        }
        QCOMPARE(core::canonicalUnit(QStringLiteral("methane"), QStringLiteral("%")), QStringLiteral("%CH4"));
        QCOMPARE(core::canonicalUnit(QStringLiteral("h2s"), QStringLiteral("mg/m³")), QStringLiteral("mg/m3"));
        QCOMPARE(core::canonicalUnit(QStringLiteral("tank_level"), QStringLiteral("m")), QStringLiteral("m"));
    }

    void everyKindThePluginsDefineWithACatalogueNameIsTheCataloguesUnit()
    {
        for (const sectors::Sector *s : m_registry.sectors()) {
            for (const sectors::AlarmKind &kind : s->alarmKinds) {
                const core::AlarmKindInfo *info = core::alarmKind(kind.id);
                QVERIFY2(info, qPrintable(QStringLiteral("%1: kind %2 is not in the catalogue").arg(s->metadata.id, kind.id)));
                QVERIFY2(info->units.contains(kind.unit),
                         qPrintable(QStringLiteral("%1: %2 in %3, the catalogue has %4")
                                        .arg(s->metadata.id, kind.id, kind.unit, info->units.join(QStringLiteral(", ")))));
            }
        }
    }

    void everyKindTheDocsListIsJudgedByTheSectorsTheyName()
    {
        QFile docs(test::sourcePath(QStringLiteral("docs/feed-api.md")));
        QVERIFY(docs.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(docs.readAll());
        const QString section = text.section(QStringLiteral("## Alarm kinds"), 1).section(QStringLiteral("\n## "), 0, 0);
        const QRegularExpression row(QStringLiteral("^\\| `([a-z0-9_]+)` \\| ([^|]+) \\|[^|]+\\| ([^|]+) \\|$"),
                                     QRegularExpression::MultilineOption);
        QSet<QString> listed;
        for (auto it = row.globalMatch(section); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString key = m.captured(1);
            listed.insert(key);
            const core::AlarmKindInfo *info = core::alarmKind(key);
            QVERIFY2(info, qPrintable(key));
            for (const QString &sector : m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                // Each sector named judges the kind in one of the catalogue's units.
                const QString id = sector.trimmed();
                const sectors::Sector *s = m_registry.sector(id);
                QVERIFY2(s, qPrintable(id));
                const sectors::AlarmKind *kind = s->alarmKind(key);
                QVERIFY2(kind, qPrintable(QStringLiteral("the docs say %1 judges %2; it does not").arg(id, key)));
                QString why;
                // A kind with rules per location is read from a sensor at one (a coal mine's T1: the face).
                const QString sensor = kind->locations.isEmpty() ? QStringLiteral("S-1") : QStringLiteral("T1-01");
                QVERIFY2(judged(id, key, kind->unit, sensor, &why), qPrintable(key + QStringLiteral(": ") + why));
            }
        }
        QSet<QString> catalogue;
        for (const core::AlarmKindInfo &k : core::alarmKinds())
            if (!k.system)
                catalogue.insert(k.key);
        QCOMPARE(listed, catalogue);
    }

    void everyKindTheSimulatorEmitsOnTheDemoIsJudgedByItsSector()
    {
        // The demo's registry says which sector each enterprise is of.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("demo.gpkg"));
        QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QHash<QString, QString> sectorOf;
        {
            auto store = storage::GeoPackageStore::open(copy, &error);
            QVERIFY2(store, qPrintable(error));
            const auto registry = store->readRegistry(&error);
            QVERIFY2(registry, qPrintable(error));
            for (const core::Enterprise &e : registry->enterprises)
                sectorOf.insert(e.id, e.sectorId);
        }
        const QString log = dir.filePath(QStringLiteral("served.jsonl"));
        feeds::LocalSimulator sim;
        sim.start(QStringLiteral(COMMANDPOST_FEEDSIM_EXECUTABLE),
                  {QStringLiteral("--data"), test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), QStringLiteral("--scenario"),
                   QStringLiteral("quiet-shift"), QStringLiteral("--rate"), QStringLiteral("2000"), QStringLiteral("--speed"), QStringLiteral("50"), QStringLiteral("--events"),
                   QStringLiteral("40000"), QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--log"), log});
        QVERIFY2(sim.waitForListening(15000), qPrintable(sim.errorText()));
        // Fetch everything once so the log holds every event the scenario made.
        QNetworkAccessManager network;
        QString cursor;
        int events = 0;
        QElapsedTimer waited;
        waited.start();
        while (events < 40000 && waited.elapsed() < 60000) {
            QUrl url = sim.baseUrl();
            url.setPath(QStringLiteral("/api/v1/alarms"));
            url.setQuery(QStringLiteral("cursor=%1&limit=5000").arg(QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            cursor = body.value(QStringLiteral("cursor")).toString();
            const int got = static_cast<int>(body.value(QStringLiteral("alarms")).toArray().size());
            events += got;
            if (got == 0)
                QTest::qWait(100); // caught up with the scenario's clock
        }
        QCOMPARE(events, 40000);

        QFile served(log);
        QVERIFY(served.open(QIODevice::ReadOnly));
        QHash<QString, QString> seen; // sector/kind/unit → a sensor that sent it
        while (!served.atEnd()) {
            const QJsonObject e = QJsonDocument::fromJson(served.readLine()).object().value(QStringLiteral("event")).toObject();
            const QString sector = sectorOf.value(e.value(QStringLiteral("enterprise_id")).toString());
            QVERIFY2(!sector.isEmpty(), qPrintable(e.value(QStringLiteral("enterprise_id")).toString()));
            seen.insert(sector + QLatin1Char('|') + e.value(QStringLiteral("kind")).toString() + QLatin1Char('|')
                            + e.value(QStringLiteral("unit")).toString(),
                        e.value(QStringLiteral("sensor_id")).toString());
        }
        QSet<QString> sectorsSeen;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('|'));
            sectorsSeen.insert(parts.at(0));
            QString why;
            QVERIFY2(judged(parts.at(0), parts.at(1), parts.at(2), it.value(), &why),
                     qPrintable(it.key() + QStringLiteral(": ") + why));
        }
        QCOMPARE(sectorsSeen.size(), 13); // every sector of the demo sent readings
    }
};

QTEST_GUILESS_MAIN(TestKindCatalogue)
#include "tst_kindcatalogue.moc"
