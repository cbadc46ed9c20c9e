// SPDX-License-Identifier: GPL-2.0-or-later
// GeoPackageStore::open on files it must refuse: each refused with a message naming the file and
// the problem, and left byte-identical with no -wal/-shm beside it.
#include "sampleregistry.h"
#include "storage/geopackagestore.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace cp;
using namespace cp::storage;

namespace {

enum class BadFile
{
    Text,
    Png,
    Empty,
    Truncated,
    CorruptPages,
    ForeignGeoPackage,
    NewerSchema,
    Missing,
    Directory,
};

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

//! A valid store with the sample registry, closed (so checkpointed: no -wal left).
bool writeStore(const QString &path)
{
    QString error;
    auto store = GeoPackageStore::create(path, &error);
    return store && store->writeRegistry(test::sampleRegistry(), &error);
}

//! A GeoPackage as ogr2ogr would write it: valid, but with none of CommandPost's tables.
bool writeForeignGeoPackage(const QString &path)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver ? driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    OGRLayer *layer = ds->CreateLayer("poi", &srs, wkbPoint, nullptr);
    OGRFieldDefn name("name", OFTString);
    if (!layer || layer->CreateField(&name) != OGRERR_NONE)
        return false;
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    f->SetField("name", "well");
    f->SetGeometryDirectly(new OGRPoint(116.1, 35.8));
    return layer->CreateFeature(f.get()) == OGRERR_NONE;
}

bool makeBadFile(BadFile kind, const QString &path)
{
    switch (kind) {
    case BadFile::Text:
        return writeBytes(path, "id,name\nE1,plant\n");
    case BadFile::Png:
        // The PNG signature and an IHDR chunk of a 1x1 image (enough for any sniffer to call it PNG).
        return writeBytes(path, QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"));
    case BadFile::Empty:
        return writeBytes(path, QByteArray());
    case BadFile::Truncated: {
        if (!writeStore(path))
            return false;
        QFile file(path);
        return file.resize(file.size() / 2 + 100);
    }
    case BadFile::CorruptPages: {
        if (!writeStore(path))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        const qint64 size = file.size();
        // Garbage over every page after the first: the header and schema page stay readable,
        // the b-tree pages do not, so only an integrity check finds it.
        file.seek(4096);
        return file.write(QByteArray(static_cast<int>(size - 4096), '\x5a')) == size - 4096;
    }
    case BadFile::ForeignGeoPackage:
        return writeForeignGeoPackage(path);
    case BadFile::NewerSchema:
        return writeStore(path)
            && test::sqliteValue(path, QStringLiteral("INSERT INTO commandpost_schema (version, applied_at, summary) "
                                                      "VALUES (%1, '2031-01-01T00:00:00.000Z', 'from the future')")
                                           .arg(GeoPackageStore::schemaVersion() + 1));
    case BadFile::Missing:
        return true;
    case BadFile::Directory:
        return QDir().mkpath(path);
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(BadFile)

class TestBadFiles : public QObject
{
    Q_OBJECT

private slots:
    void refusedAndLeftUntouched_data()
    {
        QTest::addColumn<BadFile>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a text file named .gpkg is not an SQLite database") << BadFile::Text << "not an SQLite database";
        QTest::newRow("a PNG is not an SQLite database") << BadFile::Png << "not an SQLite database";
        QTest::newRow("an empty file is not an SQLite database") << BadFile::Empty << "not an SQLite database";
        QTest::newRow("a truncated store is reported truncated") << BadFile::Truncated << "truncated";
        QTest::newRow("a store with corrupted pages is reported corrupt") << BadFile::CorruptPages << "corrupt";
        QTest::newRow("a GeoPackage from ogr2ogr is not a CommandPost store") << BadFile::ForeignGeoPackage
                                                                            << "not a CommandPost store";
        QTest::newRow("a store from a newer schema is refused") << BadFile::NewerSchema << "newer CommandPost";
        QTest::newRow("a missing path is reported missing") << BadFile::Missing << "no such file";
        QTest::newRow("a directory is not a GeoPackage file") << BadFile::Directory << "is a directory";
    }

    void refusedAndLeftUntouched()
    {
        QFETCH(BadFile, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.gpkg"));
        QVERIFY(makeBadFile(kind, path));
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const QByteArray checksum = test::fileChecksum(path);

        QString error;
        QVERIFY(!GeoPackageStore::open(path, &error));
        QVERIFY2(error.startsWith(path) && error.contains(expected), qPrintable(error));

        QCOMPARE(test::fileChecksum(path), checksum);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }
};

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
