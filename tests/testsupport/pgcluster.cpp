// SPDX-License-Identifier: GPL-2.0-or-later
#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace cp::test {

namespace {

const QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
const QString superuser = QStringLiteral("commandpost");

QString missingPackages()
{
    QStringList missing;
    if (!QFileInfo::exists(binDir + QStringLiteral("/initdb")))
        missing.append(QStringLiteral("postgresql-15"));
    if (!QFileInfo::exists(QStringLiteral("/usr/share/postgresql/15/extension/postgis.control")))
        missing.append(QStringLiteral("postgresql-15-postgis-3"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        missing.append(QT_VERSION_MAJOR == 5 ? QStringLiteral("libqt5sql5-psql") : QStringLiteral("libqt6sql6-psql"));
    return missing.join(QLatin1Char(' '));
}

//! What runs a command as the server's user when the test runs as root (PostgreSQL refuses root).
QStringList serverUserPrefix()
{
    return {QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
            QStringLiteral("--clear-groups"), QStringLiteral("--")};
}

int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    if (m_running) {
        QString ignored;
        crash(&ignored);
    }
}

bool PgCluster::runAsServerUser(const QStringList &command, QString *output, int timeoutMs) const
{
    QStringList arguments = ::geteuid() == 0 ? serverUserPrefix() + command : command;
    const QString program = arguments.takeFirst();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgCluster::start(QString *error)
{
    const QString missing = missingPackages();
    if (!missing.isEmpty()) {
        *error = QStringLiteral("PostgreSQL for the multi-seat tests is missing: install %1 (scripts/install-deps.sh)").arg(missing);
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/commandpost-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder for PostgreSQL");
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(QFile::encodeName(m_dir->path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the user nobody, who runs the server").arg(m_dir->path());
            return false;
        }
    }
    m_data = m_dir->path() + QStringLiteral("/data");
    QString output;
    if (!runAsServerUser({binDir + QStringLiteral("/initdb"), QStringLiteral("-D"), m_data, QStringLiteral("-U"), superuser,
                          QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                          QStringLiteral("--locale=C.UTF-8")},
                         &output)) {
        *error = QStringLiteral("initdb failed:\n%1").arg(output);
        return false;
    }
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freePort();
        launch(&output);
    }
    if (!m_running) {
        QFile log(m_dir->path() + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("the PostgreSQL server did not start:\n%1\n%2").arg(output, QString::fromLocal8Bit(log.readAll()));
    }
    return m_running;
}

bool PgCluster::launch(QString *output)
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(m_dir->path());
    m_running = runAsServerUser({binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-l"),
                                 m_dir->path() + QStringLiteral("/server.log"), QStringLiteral("-o"), options,
                                 QStringLiteral("-w"), QStringLiteral("start")},
                                output);
    if (m_running && !m_watchdogStarted)
        m_watchdogStarted = startWatchdog();
    return m_running;
}

bool PgCluster::startWatchdog() const
{
    // pg_ctl leaves the server running on its own, and a test that aborts (a qFatal, a crash, a
    // timeout's kill) never runs the destructor: a detached shell stops the server and removes its
    // folder once this process is gone. /proc is asked rather than kill -0, which the unprivileged
    // server user may not send to a test running as root.
    const QString script = QStringLiteral("while [ -e /proc/%1 ]; do sleep 1; done; "
                                          "\"$0\"/pg_ctl -D \"$1\" -m immediate -w stop >/dev/null 2>&1; rm -rf \"$2\"")
                               .arg(QCoreApplication::applicationPid());
    QStringList command{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script, binDir, m_data, m_dir->path()};
    if (::geteuid() == 0)
        command = serverUserPrefix() + command;
    QProcess watchdog;
    watchdog.setProgram(command.takeFirst());
    watchdog.setArguments(command);
    watchdog.setWorkingDirectory(m_dir->path());
    // Not the test's own output: CTest would wait for the watchdog to close it.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    return watchdog.startDetached();
}

bool PgCluster::crash(QString *error)
{
    QString output;
    if (!runAsServerUser({binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                          QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                         &output)) {
        *error = QStringLiteral("pg_ctl stop failed:\n%1").arg(output);
        return false;
    }
    m_running = false;
    return true;
}

bool PgCluster::resume(QString *error)
{
    QString output;
    if (!launch(&output))
        *error = QStringLiteral("the PostgreSQL server did not start again:\n%1").arg(output);
    return m_running;
}

QString PgCluster::conninfo(const QString &name) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3").arg(m_port).arg(superuser, name);
}

std::unique_ptr<QProcess> PgCluster::startPsql(const QString &name, const QString &sql) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(binDir + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(name),
                    QStringLiteral("-c"), sql});
    return process;
}

QString PgCluster::psql(const QString &name, const QString &sql, QString *error) const
{
    const std::unique_ptr<QProcess> running = startPsql(name, sql);
    QProcess &process = *running;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error) {
            const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
            *error = said.isEmpty() ? QStringLiteral("psql failed (exit code %1): %2").arg(process.exitCode()).arg(sql) : said;
        }
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool PgCluster::createDatabase(const QString &name, QString *error)
{
    QString failure;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name), &failure);
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace cp::test
