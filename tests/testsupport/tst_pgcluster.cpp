// SPDX-License-Identifier: GPL-2.0-or-later
// A test that aborts leaves no PostgreSQL server behind (issue 17): the server and its folder go
// within seconds of the process that started them.
#include "pgcluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

namespace cp::test {

class PgClusterTest : public QObject
{
    Q_OBJECT

private slots:
    void aServerOutlivesNoAbortedTest()
    {
        QProcess orphan;
        orphan.start(QStringLiteral(COMMANDPOST_PGCLUSTER_ORPHAN), QStringList());
        QVERIFY2(orphan.waitForFinished(120000), "the program that starts the cluster did not end");
        const QList<QByteArray> said = orphan.readAllStandardOutput().trimmed().split(' ');
        QVERIFY2(orphan.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("it should have aborted: %1").arg(QString::fromLocal8Bit(orphan.readAllStandardError()))));
        QCOMPARE(said.size(), 2);
        const quint16 port = said.at(0).toUShort();
        const QString folder = QString::fromLocal8Bit(said.at(1));
        QVERIFY(port > 0);

        // Right after the abort the server still runs: the test would otherwise prove nothing.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY2(probe.waitForConnected(5000), "the server was not running after the abort");
        probe.abort();

        QDeadlineTimer deadline(15000);
        bool serving = true;
        while (!deadline.hasExpired() && (serving || QFileInfo::exists(folder))) {
            QTest::qWait(250);
            QTcpSocket again;
            again.connectToHost(QHostAddress::LocalHost, port);
            serving = again.waitForConnected(1000);
        }
        QVERIFY2(!serving, qPrintable(QStringLiteral("the server on port %1 still runs 15 s after its test aborted").arg(port)));
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(QStringLiteral("%1 is still there").arg(folder)));
    }
};

} // namespace cp::test

QTEST_GUILESS_MAIN(cp::test::PgClusterTest)
#include "tst_pgcluster.moc"
