// SPDX-License-Identifier: GPL-2.0-or-later
// The commandpost executable as users and scripts call it: exit codes, messages, and its outputs.
#include "pgcluster.h"
#include "testpaths.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run commandpost(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COMMANDPOST_EXECUTABLE), arguments);
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    return {finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

//! Share of pixels that differ from the most common colour: a blank render scores ~0.
double busyness(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            ++counts[image.pixel(x, y)];
    int top = 0, total = 0;
    for (int c : std::as_const(counts)) {
        top = std::max(top, c);
        total += c;
    }
    return total ? 1.0 - static_cast<double>(top) / total : 0.0;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void badArgumentsExitWithTwoAndNameTheArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("a missing data file") << QStringList{QStringLiteral("--data"), QStringLiteral("/nonexistent/x.gpkg")} << "/nonexistent/x.gpkg";
        QTest::newRow("an unknown option") << QStringList{QStringLiteral("--demo"), QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("an unknown language") << QStringList{QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("fr")} << "--lang fr";
        QTest::newRow("a screen without the wall") << QStringList{QStringLiteral("--demo"), QStringLiteral("--screen"), QStringLiteral("1")} << "--screen 1";
        QTest::newRow("neither demo nor data") << QStringList{QStringLiteral("--wall")} << "--demo";
        QTest::newRow("a screenshot into a missing folder") << QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/d.png")} << "/nonexistent/d.png";
        const QString feed = QStringLiteral("http://127.0.0.1:1");
        QTest::newRow("a run time without --headless") << QStringList{QStringLiteral("--demo"), QStringLiteral("--run-for"), QStringLiteral("5")} << "--run-for";
        QTest::newRow("a token on the command line, where ps shows it") << QStringList{QStringLiteral("--demo"), QStringLiteral("--token"), QStringLiteral("secret")} << "token";
        QTest::newRow("the wall given one feed URL") << QStringList{QStringLiteral("--demo"), QStringLiteral("--wall"), QStringLiteral("--feed"), feed} << "--feeds FILE";
        QTest::newRow("a feeds file that does not exist") << QStringList{QStringLiteral("--demo"), QStringLiteral("--feeds"), QStringLiteral("/nonexistent/feeds.ini")} << "/nonexistent/feeds.ini";
        QTest::newRow("a run time without --headless") << QStringList{QStringLiteral("--demo"), QStringLiteral("--run-for"), QStringLiteral("5")} << "--run-for";
        QTest::newRow("headless without a feed") << QStringList{QStringLiteral("--headless"), QStringLiteral("--demo")} << "--feed";
        QTest::newRow("headless with a feed that is not http") << QStringList{QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--feed"), QStringLiteral("ftp://x/")} << "ftp://x/";
        QTest::newRow("headless with a run time of zero") << QStringList{QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--feed"), feed, QStringLiteral("--run-for"), QStringLiteral("0")} << "--run-for 0";
        QTest::newRow("headless with a run time that is not a number") << QStringList{QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--feed"), feed, QStringLiteral("--run-for"), QStringLiteral("soon")} << "--run-for soon";
        QTest::newRow("headless without data") << QStringList{QStringLiteral("--headless"), QStringLiteral("--feed"), feed} << "--data";
        QTest::newRow("headless into the shipped demo") << QStringList{QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--feed"), feed} << "--data";
        const QString notAStore = cp::test::sourcePath(QStringLiteral("CMakeLists.txt"));
        QTest::newRow("headless with the wall") << QStringList{QStringLiteral("--headless"), QStringLiteral("--data"), notAStore, QStringLiteral("--feed"), feed, QStringLiteral("--wall")} << "--wall";
        QTest::newRow("headless into a file that is not a GeoPackage") << QStringList{QStringLiteral("--headless"), QStringLiteral("--data"), notAStore, QStringLiteral("--feed"), feed} << notAStore;
        QTest::newRow("a screenshot delay without a screenshot") << QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot-delay"), QStringLiteral("5")} << "--screenshot-delay 5";
        QTest::newRow("an unknown demo scenario") << QStringList{QStringLiteral("--demo"), QStringLiteral("--scenario"), QStringLiteral("storm")} << "--scenario storm";
        QTest::newRow("a scenario without the demo") << QStringList{QStringLiteral("--data"), notAStore, QStringLiteral("--scenario"), QStringLiteral("flood")} << "--scenario flood";
        QTest::newRow("a plan with an unknown model") << QStringList{QStringLiteral("--demo"), QStringLiteral("--plan"), QStringLiteral("cheapest:5")} << "--plan cheapest:5";
        QTest::newRow("a plan with p zero") << QStringList{QStringLiteral("--demo"), QStringLiteral("--plan"), QStringLiteral("pmedian:0")} << "--plan pmedian:0";
        QTest::newRow("a plan on the wall") << QStringList{QStringLiteral("--demo"), QStringLiteral("--wall"), QStringLiteral("--plan"), QStringLiteral("pmedian")} << "--plan";
        QTest::newRow("a database address with a password") << QStringList{QStringLiteral("--wall"), QStringLiteral("--db"), QStringLiteral("dbname=county password=x")} << "--db";
        QTest::newRow("a plan report without a plan") << QStringList{QStringLiteral("--demo"), QStringLiteral("--plan-report"), QStringLiteral("/tmp/p.pdf")} << "--plan-report /tmp/p.pdf";
        QTest::newRow("a missing plugins folder") << QStringList{QStringLiteral("--list-plugins"), QStringLiteral("--plugins"), QStringLiteral("/nonexistent/p")} << "/nonexistent/p";
    }

    void badArgumentsExitWithTwoAndNameTheArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        if (!arguments.contains(QStringLiteral("--lang")))
            arguments << QStringLiteral("--lang") << QStringLiteral("en");
        const Run run = commandpost(arguments, 30000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
    }

    void aStoreThatCannotBeWrittenIsRefusedAtStart_data()
    {
        QTest::addColumn<bool>("readOnlyFolder");
        QTest::newRow("a read-only file") << false;
        QTest::newRow("a read-only folder") << true;
    }

    void aStoreThatCannotBeWrittenIsRefusedAtStart()
    {
        QFETCH(bool, readOnlyFolder);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(QStringLiteral("readonly.gpkg"));
        QVERIFY(QFile::copy(cp::test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), store));
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(store, readOnly | (readOnlyFolder ? QFileDevice::WriteOwner : QFileDevice::Permissions())));
        if (readOnlyFolder)
            QVERIFY(QFile::setPermissions(dir.path(), readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        // root ignores permissions; without CAP_DAC_OVERRIDE and CAP_FOWNER it meets them as the bureau's service user does.
        QStringList program{QStringLiteral(COMMANDPOST_EXECUTABLE)};
        if (::geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QFAIL("setpriv is missing: install the Debian package util-linux");
            program = QStringList{QStringLiteral("setpriv"), QStringLiteral("--bounding-set=-dac_override,-dac_read_search,-fowner"),
                                  QStringLiteral("--")} + program;
        }
        QProcess p;
        p.start(program.first(), program.mid(1) + QStringList{QStringLiteral("--headless"), QStringLiteral("--data"), store,
                                                                QStringLiteral("--feed"), QStringLiteral("http://127.0.0.1:9"),
                                                                QStringLiteral("--run-for"), QStringLiteral("5"),
                                                                QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(p.waitForFinished(60000));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(store) && err.contains(QStringLiteral("cannot be written")), qPrintable(err));
    }

    void helpListsTheOptionsInTheChosenLanguage()
    {
        const Run english = commandpost({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains(QLatin1String("--export-map")) && english.out.contains(QLatin1String("Usage:")),
                 qPrintable(english.out + english.err));
        const Run chinese = commandpost({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(chinese.out.contains(QLatin1String("--wall")) && chinese.out != english.out, qPrintable(chinese.out));
        const Run version = commandpost({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QLatin1String("commandpost ")), qPrintable(version.out + version.err));
    }

    void listPluginsShowsTheThirteenSectors()
    {
        const Run run = commandpost({QStringLiteral("--list-plugins"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        for (const char *id : {"hazchem", "coalmine", "fireworks", "firesafety", "roadtransport", "construction", "chempark",
                               "power", "specialequip", "industrytrade", "pipeline", "gas", "tourism"})
            QVERIFY2(run.out.contains(QLatin1String(id)), id);
        QVERIFY2(run.out.contains(QLatin1String(": 13")), qPrintable(run.out));
    }

    void exportMapWritesAPdfThatRendersWithTheMap()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        const Run run = commandpost({QStringLiteral("--demo"), QStringLiteral("--export-map"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                                    QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
        if (!pdftoppm.waitForStarted())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        QVERIFY(pdftoppm.waitForFinished(60000));
        QCOMPARE(pdftoppm.exitCode(), 0);
        const QImage page(dir.filePath(QStringLiteral("page.png")));
        QVERIFY(!page.isNull());
        QVERIFY(page.width() > page.height()); // A4 landscape
        QVERIFY2(busyness(page) > 0.05, "the exported page is nearly blank");
    }

    void aPlanReportIsWrittenAsPdf()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        const Run run = commandpost({QStringLiteral("--demo"), QStringLiteral("--plan"), QStringLiteral("pmedian:6"),
                                     QStringLiteral("--plan-report"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("commandpost: plan pmedian: 6 sites")), qPrintable(run.out));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    void screenshotsOfTheDeskAndTheWallShowTheMap_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("the desk") << QStringList{};
        QTest::newRow("the wall") << QStringList{QStringLiteral("--wall")};
        QTest::newRow("the desk with a plan") << QStringList{QStringLiteral("--plan"), QStringLiteral("pmedian:6")};
    }

    void screenshotsOfTheDeskAndTheWallShowTheMap()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const Run run = commandpost(QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot"), png} + extra);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage shot(png);
        QVERIFY(!shot.isNull());
        QVERIFY2(busyness(shot) > 0.05, "the screenshot is nearly blank");
        if (extra.contains(QStringLiteral("--plan")))
            QVERIFY2(run.out.contains(QStringLiteral("commandpost: plan pmedian: 6 sites")), qPrintable(run.out + run.err));
    }

    void theDeskAndTheWallOpenTheSharedDatabase()
    {
        // The county data set in a real PostgreSQL + PostGIS, put there as the IT staff would.
        cp::test::PgCluster cluster;
        QString error;
        QVERIFY2(cluster.start(&error), qPrintable(error));
        QVERIFY2(cluster.createDatabase(QStringLiteral("county"), &error), qPrintable(error));
        const QString db = cluster.conninfo(QStringLiteral("county"));
        for (const QStringList &step : {QStringList{QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db},
                                        QStringList{QStringLiteral("db"), QStringLiteral("import"),
                                                    cp::test::sourcePath(QStringLiteral("maps/liangshan/demo.gpkg")), QStringLiteral("--db"), db}}) {
            QProcess admin;
            admin.start(QStringLiteral(COMMANDPOST_ADMIN_EXECUTABLE), step);
            QVERIFY(admin.waitForFinished(120000));
            QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());
        }
        QTemporaryDir dir;
        for (const QStringList &seat : {QStringList{}, QStringList{QStringLiteral("--wall")}}) {
            const QString png = dir.filePath(QStringLiteral("shot.png"));
            QFile::remove(png);
            const Run run = commandpost(QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                                    QStringLiteral("--screenshot"), png}
                                        + seat);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            // Every layer came from PostGIS, the store opened and the incident resources loaded.
            QVERIFY2(!run.err.contains(QLatin1String("layer \"")) && !run.err.contains(QLatin1String("cannot"), Qt::CaseInsensitive),
                     qPrintable(run.err));
            const QImage shot(png);
            QVERIFY(!shot.isNull());
            QVERIFY2(busyness(shot) > 0.05, "the screenshot is nearly blank");
        }
        // The planning view plans on the shared database's layers as on the file.
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        const Run plan = commandpost({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--plan"),
                                      QStringLiteral("pmedian:6"), QStringLiteral("--plan-report"), pdf},
                                     120000);
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QVERIFY2(plan.out.contains(QStringLiteral("commandpost: plan pmedian: 6 sites")), qPrintable(plan.out));
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(report.read(5), QByteArray("%PDF-"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
