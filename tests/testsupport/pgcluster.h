// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace cp::test {

/*!
 * \brief A private PostgreSQL 15 server with PostGIS for one test program.
 *
 * initdb in a temporary folder, the server on 127.0.0.1 and a free port, run as an unprivileged
 * user (`nobody` when the test runs as root, as CI does: PostgreSQL refuses to run as root).
 * Stopped and removed by the destructor, or by a watchdog within a few seconds when the test
 * process dies without running it. start() fails with the Debian packages to install when
 * the server, PostGIS or Qt's driver is missing; a test never skips for that.
 */
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    //! Starts the server; false with \a error (what is missing, or the server's log) when it cannot.
    bool start(QString *error);
    //! Creates database \a name; false with \a error.
    bool createDatabase(const QString &name, QString *error);
    //! libpq conninfo of database \a name as the cluster's superuser.
    QString conninfo(const QString &name) const;
    //! Runs \a sql in database \a name through psql; its output (tuples only, unaligned), or an empty
    //! string with \a error set (never empty) when psql fails.
    QString psql(const QString &name, const QString &sql, QString *error = nullptr) const;
    //! Starts psql on \a sql in database \a name and returns at once: a session that holds a
    //! transaction open while the test acts (a late commit).
    std::unique_ptr<QProcess> startPsql(const QString &name, const QString &sql) const;
    int port() const { return m_port; }
    //! The temporary folder that holds the server's data and log.
    QString folder() const { return m_dir ? m_dir->path() : QString(); }
    //! Stops the server as a crash or a power cut would (pg_ctl stop -m immediate): no checkpoint,
    //! every connection cut; false with \a error.
    bool crash(QString *error);
    //! Starts the server again on the same data and port after crash() (it recovers from its WAL).
    bool resume(QString *error);

private:
    bool runAsServerUser(const QStringList &command, QString *output, int timeoutMs = 60000) const;
    //! pg_ctl start on m_port; sets m_running.
    bool launch(QString *output);
    //! A detached shell that stops the server and removes its folder once this process has ended.
    bool startWatchdog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    bool m_watchdogStarted = false;
};

} // namespace cp::test
