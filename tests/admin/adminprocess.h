// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cp::test {

//! One run of commandpost-admin: its exit code (-1 when it crashed or hung) and what it printed.
struct AdminRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

//! Runs the built commandpost-admin (COMMANDPOST_ADMIN_EXECUTABLE) with \a arguments, as the IT staff would.
inline AdminRun runAdmin(const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess p;
    p.start(QStringLiteral(COMMANDPOST_ADMIN_EXECUTABLE), arguments);
    AdminRun run;
    if (!p.waitForFinished(timeoutMs))
        return run;
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace cp::test
