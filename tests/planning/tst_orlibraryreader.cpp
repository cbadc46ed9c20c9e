// SPDX-License-Identifier: GPL-2.0-or-later
// Reading OR-Library pmed files: the last-edge rule, shortest paths, and errors that name file and line.
#include "planning/orlibraryreader.h"
#include "planning/pmedianheuristic.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QtTest>

class TestOrLibraryReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("instance.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

private slots:
    void lastEdgeCountsAndPathsAreShortest()
    {
        // 1–2 appears twice: 3 first, then 10, which counts; 1–3–2 costs 4 + 5 = 9 < 10.
        const QString path = write(" 3 4 1 \n 1 2 3 \n 1 2 10\n 1 3 4\n3 2 5\n\n");
        QString error;
        const auto problem = cp::planning::OrLibraryReader::read(path, &error);
        QVERIFY2(problem, qPrintable(error));
        QCOMPARE(problem->siteCount, 1);
        QCOMPARE(problem->costs.demandCount(), 3);
        QCOMPARE(problem->costs.cost(0, 1), 9.0);
        QCOMPARE(problem->costs.cost(1, 0), 9.0);
        QCOMPARE(problem->costs.cost(2, 1), 5.0);
        QCOMPARE(problem->costs.cost(1, 1), 0.0);
        // p = 1: vertex 1 costs 9 + 4, vertex 2 9 + 5, vertex 3 4 + 5 = 9, the best. (Had the cheaper
        // 1–2 edge counted, vertex 1 would win with 3 + 4 = 7.)
        const auto result = cp::planning::PMedianHeuristic().solve(*problem);
        QCOMPARE(result.objective, 9.0);
        QCOMPARE(result.openSites, QList<int>{2});
    }

    void pmed1()
    {
        const QString path = cp::test::sharedPath(QStringLiteral("bench/orlib-pmed/pmed1.txt"));
        if (path.isEmpty())
            QSKIP("../shared/bench/orlib-pmed is not beside the checkout");
        const auto problem = cp::planning::OrLibraryReader::read(path);
        QVERIFY(problem);
        QCOMPARE(problem->costs.demandCount(), 100);
        QCOMPARE(problem->siteCount, 5);
        // Beasley's published optimum, which assumes the last of a repeated edge counts (5718 if the cheapest did).
        QCOMPARE(cp::planning::PMedianHeuristic().solve(*problem).objective, 5819.0);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("an empty file") << QByteArray("\n\n")
                                       << QStringLiteral(": the file is empty; expected a first line \"n edges p\".");
        QTest::newRow("a header with two numbers")
            << QByteArray("3 2\n1 2 3\n") << QStringLiteral(":1: expected \"n edges p\" (three positive whole numbers), found \"3 2\".");
        QTest::newRow("a header with a word")
            << QByteArray("3 two 1\n") << QStringLiteral(":1: expected \"n edges p\" (three positive whole numbers), found \"3 two 1\".");
        QTest::newRow("fewer edges than announced")
            << QByteArray("3 3 1\n1 2 3\n\n2 3 4\n") << QStringLiteral(":4: the file ends after 2 of the 3 edges its first line announces.");
        QTest::newRow("an edge with a word")
            << QByteArray("3 2 1\n1 2 3\n2 x 4\n") << QStringLiteral(":3: expected an edge \"i j cost\", found \"2 x 4\".");
        QTest::newRow("a vertex out of range")
            << QByteArray("3 2 1\n1 2 3\n2 4 4\n") << QStringLiteral(":3: vertex 4 is outside 1 … 3.");
        QTest::newRow("a negative cost")
            << QByteArray("3 2 1\n1 2 -3\n2 3 4\n") << QStringLiteral(":2: the edge cost -3 must be a finite number not below 0.");
        QTest::newRow("text after the edges")
            << QByteArray("3 2 1\n1 2 3\n2 3 4\n3 1 5\n") << QStringLiteral(":4: unexpected text after the 2 edges: \"3 1 5\".");
        QTest::newRow("p above n") << QByteArray("3 2 4\n1 2 3\n2 3 4\n")
                                   << QStringLiteral(":1: p = 4 is larger than the 3 vertices.");
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const QString path = write(text);
        QString error;
        QVERIFY(!cp::planning::OrLibraryReader::read(path, &error));
        QCOMPARE(error, path + message);
    }

    void missingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.txt"));
        QString error;
        QVERIFY(!cp::planning::OrLibraryReader::read(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot open the file: ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOrLibraryReader)
#include "tst_orlibraryreader.moc"
