// SPDX-License-Identifier: GPL-2.0-or-later
// commandpost-plan --orlib: the published optimum of pmed1, and exit code 2 with a message on bad input.
#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestPlanCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    static Run plan(const QStringList &arguments)
    {
        QProcess process;
        process.start(cp::test::binaryPath(QStringLiteral("app/commandpost-plan/commandpost-plan")), arguments);
        if (!process.waitForFinished(60000))
            qFatal("commandpost-plan did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    //! commandpost-plan --orlib on a file of \a content, in a folder that lives while the run does.
    static Run planOn(const QByteArray &content, QString *path)
    {
        static QTemporaryDir dir;
        *path = dir.filePath(QStringLiteral("instance-%1.txt").arg(qHash(content)));
        QFile file(*path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(*path));
        file.close();
        return plan({QStringLiteral("--orlib"), *path});
    }

private slots:
    void pmed1_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("the heuristic") << QStringList();
        QTest::newRow("the heuristic with another seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("7")};
        QTest::newRow("CBC") << QStringList{QStringLiteral("--exact"), QStringLiteral("--time-limit"), QStringLiteral("60")};
    }

    void pmed1()
    {
        QFETCH(QStringList, options);
        const QString path = cp::test::sharedPath(QStringLiteral("bench/orlib-pmed/pmed1.txt"));
        if (path.isEmpty())
            QSKIP("../shared/bench/orlib-pmed is not beside the checkout");
        const Run run = plan(QStringList{QStringLiteral("--orlib"), path} + options);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("objective: 5819\n")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^sites: (\\d+ ){4}\\d+$"),
                                                     QRegularExpression::MultilineOption)),
                 qPrintable(run.out));
    }

    void malformedFile()
    {
        QString path;
        const Run run = planOn("4 2 1\n1 2 5\n2 three 1\n", &path);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("commandpost-plan: %1:3: expected an edge \"i j cost\", found \"2 three 1\".\n")
                              .arg(path));
        QVERIFY(run.out.isEmpty());
    }

    void aHeaderAskingForTooLargeAMatrixIsRefused()
    {
        // "200000 0 1" once made the reader allocate 2 × 200000² costs and abort with std::bad_alloc.
        QString path;
        const Run run = planOn("200000 0 1\n", &path);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("commandpost-plan: %1:1: n = 200000: 200000 demand points × 200000 sites would need "
                                         "40000000000 costs, more than the limit of 25000000.\n")
                              .arg(path));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing to do") << QStringList() << QStringLiteral("nothing to do: give --orlib FILE, --demand FILE or --demo");
        QTest::newRow("an unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                           << QStringLiteral("frobnicate");
        QTest::newRow("a seed that is no number")
            << QStringList{QStringLiteral("--orlib"), QStringLiteral("x"), QStringLiteral("--seed"), QStringLiteral("abc")}
            << QStringLiteral("--seed \"abc\" is not a whole number 0 or above");
        QTest::newRow("a negative time limit")
            << QStringList{QStringLiteral("--orlib"), QStringLiteral("x"), QStringLiteral("--time-limit"), QStringLiteral("-1")}
            << QStringLiteral("--time-limit \"-1\" is not a number of seconds 0 or above");
        QTest::newRow("a missing file") << QStringList{QStringLiteral("--orlib"), QStringLiteral("/nonexistent/pmed.txt")}
                                        << QStringLiteral("/nonexistent/pmed.txt: cannot open the file");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = plan(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_cli.moc"
