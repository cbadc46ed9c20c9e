// SPDX-License-Identifier: GPL-2.0-or-later
#include "sectors/sectormetadata.h"

#include <QJsonDocument>
#include <QtTest>

using namespace cp::sectors;

namespace {

QJsonObject pluginMetaData(const QString &iid, const QByteArray &json)
{
    QJsonObject o;
    o.insert(QStringLiteral("IID"), iid);
    o.insert(QStringLiteral("MetaData"), QJsonDocument::fromJson(json).object());
    return o;
}

const QByteArray good = R"({"id": "hazchem", "nameZh": "危险化学品", "nameEn": "Hazardous chemicals",
                            "version": "1.0.0", "interfaceVersion": 2, "icon": ":/sectors/hazchem/symbol.svg"})";

} // namespace

class TestSectorMetadata : public QObject
{
    Q_OBJECT

private slots:
    void goodMetadataIsRead()
    {
        QString error;
        const auto m = SectorMetadata::fromPluginMetaData(
            pluginMetaData(QStringLiteral("org.commandpost.SectorPlugin/2"), good), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->id, QStringLiteral("hazchem"));
        QCOMPARE(m->name.zh, QStringLiteral("危险化学品"));
        QCOMPARE(m->name.en, QStringLiteral("Hazardous chemicals"));
        QCOMPARE(m->version, QStringLiteral("1.0.0"));
        QCOMPARE(m->interfaceVersion, 2);
    }

    void badMetadataIsRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("iid");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another application's plugin") << "org.example.Filter/1" << good
                                                      << "not a CommandPost sector plugin (its interface is 'org.example.Filter/1')";
        QTest::newRow("a plugin built against interface 3")
            << "org.commandpost.SectorPlugin/3" << good
            << "built for sector plugin interface 'org.commandpost.SectorPlugin/3', this CommandPost needs 'org.commandpost.SectorPlugin/2'";
        QByteArray v0 = good;
        v0.replace("\"interfaceVersion\": 2", "\"interfaceVersion\": 0");
        QTest::newRow("metadata stating interface version 0")
            << "org.commandpost.SectorPlugin/2" << v0 << "interface version 0 in its metadata, this CommandPost needs 2";
        QByteArray noName = good;
        noName.replace("\"nameZh\"", "\"nameCn\"");
        QTest::newRow("metadata without its Chinese name")
            << "org.commandpost.SectorPlugin/2" << noName << "metadata field 'nameZh' is missing or not a string";
        QByteArray badId = good;
        badId.replace("\"hazchem\"", "\"Haz Chem\"");
        QTest::newRow("an id that is not an identifier")
            << "org.commandpost.SectorPlugin/2" << badId << "metadata id 'Haz Chem' is not a lower-case identifier";
        QTest::newRow("no interface version at all")
            << "org.commandpost.SectorPlugin/2" << QByteArray(R"({"id": "x"})")
            << "metadata field 'interfaceVersion' is missing or not a number";
    }

    void badMetadataIsRefusedWithAReason()
    {
        QFETCH(QString, iid);
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!SectorMetadata::fromPluginMetaData(pluginMetaData(iid, json), &error));
        QCOMPARE(error, reason);
    }
};

QTEST_GUILESS_MAIN(TestSectorMetadata)
#include "tst_sectormetadata.moc"
