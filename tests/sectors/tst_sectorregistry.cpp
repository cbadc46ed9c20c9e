// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/sectorregistry.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include "core/alarmevent.h"

#include <QtTest>

using namespace cp::sectors;
using cp::test::binaryPath;

namespace {

QString pluginDir() { return binaryPath(QStringLiteral("lib/commandpost/sectors")); }
QString pluginFile(const QString &id) { return pluginDir() + QLatin1Char('/') + id + QStringLiteral(".so"); }

const QStringList thirteen = {
    QStringLiteral("chempark"), QStringLiteral("coalmine"), QStringLiteral("construction"),
    QStringLiteral("firesafety"), QStringLiteral("fireworks"), QStringLiteral("gas"),
    QStringLiteral("hazchem"), QStringLiteral("industrytrade"), QStringLiteral("pipeline"),
    QStringLiteral("power"), QStringLiteral("roadtransport"), QStringLiteral("specialequip"),
    QStringLiteral("tourism")};

} // namespace

class TestSectorRegistry : public QObject
{
    Q_OBJECT

private slots:
    void theBuildTreeHoldsTheThirteenSectors()
    {
        SectorRegistry registry;
        registry.loadFrom({pluginDir()});
        QVERIFY2(registry.refusals().isEmpty(), qPrintable(registry.formatListing()));
        const cp::core::SectorCatalog catalog = registry.catalog();
        // A fourteenth sector may be added beside them without touching this test.
        for (const QString &id : thirteen)
            QVERIFY2(catalog.contains(id), qPrintable(id));
        const cp::core::SectorInfo *hazchem = catalog.find(QStringLiteral("hazchem"));
        QVERIFY(hazchem);
        QCOMPARE(hazchem->nameZh, QStringLiteral("危险化学品"));
        QCOMPARE(hazchem->nameEn, QStringLiteral("Hazardous chemicals"));
        QCOMPARE(registry.sector(QStringLiteral("industrytrade"))->metadata.name.zh, QStringLiteral("工贸"));
        QCOMPARE(registry.sector(QStringLiteral("fireworks"))->metadata.name.zh, QStringLiteral("民爆物品和烟花爆竹"));

        // What `commandpost --list-plugins` prints for the build tree.
        const QStringList lines = registry.formatListing().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.contains(QStringLiteral("  hazchem        危险化学品 / Hazardous chemicals  1.0.0  (%1)")
                                   .arg(pluginFile(QStringLiteral("hazchem")))));
        for (const QString &id : thirteen) {
            QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                                 [&](const QString &l) { return l.startsWith(QStringLiteral("  ") + id.leftJustified(14) + QLatin1Char(' ')); }),
                     qPrintable(id));
        }
        QCOMPARE(lines.last(), QStringLiteral("Refused: 0"));
    }

    void everySectorCarriesItsRulesAndSymbol()
    {
        SectorRegistry registry;
        registry.loadFrom({pluginDir()});
        for (const Sector *s : registry.sectors()) {
            const QString id = s->metadata.id;
            QCOMPARE(s->metadata.icon, QStringLiteral(":/sectors/%1/symbol.svg").arg(id));
            QVERIFY2(s->symbolSvg().startsWith("<svg"), qPrintable(id));
            QVERIFY2(s->symbolSvg().contains("viewBox=\"0 0 24 24\""), qPrintable(id));
            QVERIFY2(!s->attributes.isEmpty(), qPrintable(id));
            QVERIFY2(!s->alarmKinds.isEmpty(), qPrintable(id));
            QVERIFY2(!s->incidentTypes.isEmpty(), qPrintable(id));
            QSet<QString> kinds;
            for (const AlarmKind &k : s->alarmKinds) {
                QVERIFY2(!kinds.contains(k.id), qPrintable(id + QStringLiteral(" repeats ") + k.id));
                kinds.insert(k.id);
                for (const ThresholdRule &r : k.rules)
                    QVERIFY2(!r.source.isEmpty(), qPrintable(id + QLatin1Char(' ') + k.id + QLatin1Char(' ') + r.id));
                for (const LocationRules &l : k.locations) {
                    for (const ThresholdRule &r : l.rules)
                        QVERIFY2(!r.source.isEmpty(), qPrintable(id + QLatin1Char(' ') + l.id));
                }
            }
        }
    }

    void brokenWrongVersionAndDuplicateFilesAreRefusedAndTheRestLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString d = dir.path() + QLatin1Char('/');
        QVERIFY(QFile::copy(pluginFile(QStringLiteral("hazchem")), d + QStringLiteral("hazchem.so")));
        QVERIFY(QFile::copy(pluginFile(QStringLiteral("coalmine")), d + QStringLiteral("coalmine.so")));
        QVERIFY(QFile::copy(pluginFile(QStringLiteral("gas")), d + QStringLiteral("gas.so")));
        // The same plugin again under a later file name: the first file of an id wins.
        QVERIFY(QFile::copy(pluginFile(QStringLiteral("hazchem")), d + QStringLiteral("zz-hazchem-copy.so")));
        QVERIFY(QFile::copy(binaryPath(QStringLiteral("tests/sectors/refused/wrongversion.so")),
                            d + QStringLiteral("wrongversion.so")));
        QFile broken(d + QStringLiteral("broken.so"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("this is a text file, not a plugin\n");
        broken.close();
        QFile readme(d + QStringLiteral("README.txt")); // not a library name: not looked at
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.close();

        SectorRegistry registry;
        registry.loadFrom({dir.path()});
        QStringList ids = registry.catalog().ids();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("coalmine"), QStringLiteral("gas"), QStringLiteral("hazchem")}));
        QCOMPARE(registry.sector(QStringLiteral("hazchem"))->fileName, d + QStringLiteral("hazchem.so"));

        const QList<PluginRefusal> refusals = registry.refusals();
        QCOMPARE(refusals.size(), 3);
        QMap<QString, QString> reasons;
        for (const PluginRefusal &r : refusals)
            reasons.insert(QFileInfo(r.fileName).fileName(), r.reason);
        QCOMPARE(reasons.value(QStringLiteral("broken.so")), QStringLiteral("not a Qt plugin"));
        QCOMPARE(reasons.value(QStringLiteral("wrongversion.so")),
                 QStringLiteral("interface version 3 in its metadata, this CommandPost needs 2"));
        QCOMPARE(reasons.value(QStringLiteral("zz-hazchem-copy.so")),
                 QStringLiteral("duplicates sector id 'hazchem', already loaded from %1hazchem.so").arg(d));

        // The listing names every loaded plugin and every refused file with its reason.
        const QStringList lines = registry.formatListing().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 + 1 + 3);
        QCOMPARE(lines.at(0), QStringLiteral("Sector plugins loaded: 3"));
        QVERIFY(lines.contains(QStringLiteral("  coalmine       煤矿 / Coal mines  1.0.0  (%1coalmine.so)").arg(d)));
        QCOMPARE(lines.at(4), QStringLiteral("Refused: 3"));
        QVERIFY(lines.contains(QStringLiteral("  %1broken.so: not a Qt plugin").arg(d)));
    }

    void aMissingFolderIsReportedNotFatal()
    {
        SectorRegistry plain;
        plain.loadFrom({pluginDir()});
        SectorRegistry registry;
        registry.loadFrom({QStringLiteral("/nonexistent/commandpost-plugins"), pluginDir()});
        QCOMPARE(registry.sectors().size(), plain.sectors().size());
        QCOMPARE(registry.refusals().size(), 1);
        QCOMPARE(registry.refusals().first().reason, QStringLiteral("plugin folder does not exist"));
    }

    void aFolderGivenLaterCannotReplaceALoadedSector()
    {
        SectorRegistry registry;
        registry.loadFrom({pluginDir()});
        const int loaded = registry.sectors().size();
        registry.loadFrom({pluginDir()});
        QCOMPARE(registry.sectors().size(), loaded);
        QCOMPARE(registry.refusals().size(), loaded);
        for (const PluginRefusal &r : registry.refusals())
            QVERIFY2(r.reason.startsWith(QStringLiteral("duplicates sector id")), qPrintable(r.reason));
    }

    void theExampleFourteenthSectorLoadsFromItsOwnFolder()
    {
        SectorRegistry registry;
        registry.loadFrom({binaryPath(QStringLiteral("tests/sectors/example"))});
        QVERIFY2(registry.refusals().isEmpty(), qPrintable(registry.formatListing()));
        QCOMPARE(registry.sectors().size(), 1);
        const Sector *tailings = registry.sector(QStringLiteral("tailings"));
        QVERIFY(tailings);
        QCOMPARE(tailings->metadata.name.zh, QStringLiteral("尾矿库"));
        QVERIFY(tailings->symbolSvg().startsWith("<svg"));

        cp::core::Enterprise pond;
        pond.id = QStringLiteral("T1");
        pond.sectorId = QStringLiteral("tailings");
        pond.sectorAttributes.insert(QStringLiteral("setpoints"),
                                     QVariantMap{{QStringLiteral("phreatic_depth"), QVariantMap{{QStringLiteral("low"), 6.0}}}});
        cp::core::AlarmEvent r;
        r.sensorId = QStringLiteral("P-3");
        r.kind = QStringLiteral("phreatic_depth");
        r.value = 5.5;
        const Classification c = registry.classify(pond, r);
        QVERIFY(c.isAlarm());
        QVERIFY(c.fromSetpoint);
        QCOMPARE(c.threshold, 6.0);
    }

    void classifyNamesWhatIsUnknown()
    {
        SectorRegistry registry;
        registry.loadFrom({pluginDir()});
        cp::core::Enterprise e;
        e.id = QStringLiteral("E9");
        e.sectorId = QStringLiteral("mining");
        cp::core::AlarmEvent r;
        r.sensorId = QStringLiteral("S1");
        r.kind = QStringLiteral("methane");
        Classification c = registry.classify(e, r);
        QCOMPARE(c.status, Classification::Status::UnknownKind);
        QCOMPARE(c.explanation, QStringLiteral("Enterprise E9: no plugin is loaded for sector 'mining'"));
        e.sectorId = QStringLiteral("tourism");
        c = registry.classify(e, r);
        QCOMPARE(c.status, Classification::Status::UnknownKind);
        QCOMPARE(c.explanation, QStringLiteral("Sensor S1: the tourism sector knows no alarm kind 'methane'"));
    }

    void aPluginThatThrowsIsNamedAndTheOthersGoOn()
    {
        SectorRegistry registry;
        registry.loadFrom({pluginDir(), binaryPath(QStringLiteral("tests/sectors/throwing"))});
        QVERIFY(registry.sector(QStringLiteral("throwing")));
        cp::core::Enterprise e;
        e.id = QStringLiteral("E9");
        e.sectorId = QStringLiteral("throwing");
        cp::core::AlarmEvent r;
        r.sensorId = QStringLiteral("LOC");
        r.kind = QStringLiteral("combustible_gas");
        r.unit = QStringLiteral("%LEL");
        r.value = 40;
        r.active = true;
        // Its sensorLocation() throws a std::runtime_error: the reading is unclassified, naming the plugin.
        Classification c = registry.classify(e, r);
        QCOMPARE(c.status, Classification::Status::UnknownKind);
        QVERIFY2(c.explanation.startsWith(QStringLiteral("Sensor LOC: the throwing plugin (")), qPrintable(c.explanation));
        QVERIFY2(c.explanation.endsWith(QStringLiteral(") failed on this reading: no such location table")), qPrintable(c.explanation));
        // Its proposeResponseLevel() throws an int: the host's threshold judgement stands, and says so.
        r.sensorId = QStringLiteral("GT-01");
        c = registry.classify(e, r);
        QVERIFY(c.isAlarm());
        QVERIFY2(c.explanation.contains(QStringLiteral("the throwing plugin failed to propose a response level: an exception "
                                                       "that is not a std::exception")),
                 qPrintable(c.explanation));
        // Every other sector classifies as before.
        e.sectorId = QStringLiteral("hazchem");
        c = registry.classify(e, r);
        QVERIFY2(c.isAlarm(), qPrintable(c.explanation));
        QVERIFY(!c.explanation.contains(QStringLiteral("failed")));
    }

    void defaultFoldersFollowWhereTheExecutableRuns_data()
    {
        QTest::addColumn<QString>("executableDir");
        QTest::addColumn<QString>("firstDir");
        QTest::newRow("in the build tree, the build tree's plugin folder")
            << binaryPath(QStringLiteral("app")) << binaryPath(QStringLiteral("lib/commandpost/sectors"));
        QTest::newRow("installed, the plugin folder beside the bin folder")
            << QStringLiteral("/opt/commandpost/bin") << QStringLiteral("/opt/commandpost/") + QStringLiteral(COMMANDPOST_RELATIVE_PLUGIN_DIR);
    }

    void defaultFoldersFollowWhereTheExecutableRuns()
    {
        QFETCH(QString, executableDir);
        QFETCH(QString, firstDir);
        const QStringList dirs = SectorRegistry::defaultPluginDirs(executableDir);
        QVERIFY(!dirs.isEmpty());
        QCOMPARE(dirs.first(), QDir::cleanPath(firstDir));
    }
};

QTEST_GUILESS_MAIN(TestSectorRegistry)
#include "tst_sectorregistry.moc"
