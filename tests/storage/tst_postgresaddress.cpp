// SPDX-License-Identifier: GPL-2.0-or-later
// PostgresAddress: the three spellings of --db, and a password refused in each.
#include "storage/postgresaddress.h"

#include <QtTest>

using cp::storage::PostgresAddress;

class TestPostgresAddress : public QObject
{
    Q_OBJECT

private slots:
    void spellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("conninfo");
        QTest::newRow("uri") << "postgresql://duty@db.county.local:5433/liangshan?sslmode=require"
                             << "host='db.county.local' port=5433 dbname='liangshan' user='duty' sslmode='require'";
        QTest::newRow("short scheme") << "postgres://localhost/county" << "host='localhost' dbname='county'";
        QTest::newRow("conninfo") << "host=10.0.0.5 dbname=county" << "host=10.0.0.5 dbname=county";
        QTest::newRow("service") << "service:county" << "service=county";
        QTest::newRow("bare service") << "county" << "service=county";
    }

    void spellings()
    {
        QFETCH(QString, text);
        QFETCH(QString, conninfo);
        QString error;
        const auto address = PostgresAddress::parse(text, &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->conninfo, conninfo);
        QCOMPARE(address->label, text);
        QVERIFY(PostgresAddress::looksLikePostgres(text) || text == QLatin1String("county"));
    }

    void aPasswordIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("uri") << "postgresql://duty:secret@db/county";
        QTest::newRow("uri query") << "postgresql://db/county?password=secret";
        QTest::newRow("conninfo") << "host=db password=secret dbname=county";
    }

    void aPasswordIsRefused()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!PostgresAddress::parse(text, &error));
        QVERIFY2(error.contains(QStringLiteral(".pgpass")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
    }

    void nonsenseIsNamed()
    {
        QString error;
        QVERIFY(!PostgresAddress::parse(QStringLiteral("some file.gpkg"), &error));
        QVERIFY2(error.contains(QStringLiteral("some file.gpkg")), qPrintable(error));
        QVERIFY(!PostgresAddress::parse(QStringLiteral("  "), &error));
        QVERIFY(!PostgresAddress::looksLikePostgres(QStringLiteral("/data/liangshan.gpkg")));
    }
};

QTEST_GUILESS_MAIN(TestPostgresAddress)
#include "tst_postgresaddress.moc"
