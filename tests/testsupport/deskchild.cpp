// SPDX-License-Identifier: GPL-2.0-or-later
#include "deskchild.h"

#include <QElapsedTimer>
#include <QStandardPaths>

#include <unistd.h>

#include <cstdio>

namespace cp::test {

void answerLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QByteArray readLineFrom(QProcess &process, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && process.state() == QProcess::Running && timer.elapsed() < timeoutMs)
        process.waitForReadyRead(200);
    return process.readLine().trimmed();
}

bool startXvfb(QProcess &xvfb, QString *display, QString *error)
{
    if (QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty()) {
        *error = QStringLiteral("Xvfb is missing: install the Debian package xvfb (scripts/install-deps.sh)");
        return false;
    }
    xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                        QStringLiteral("0"), QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"),
                                        QStringLiteral("tcp")});
    if (!xvfb.waitForStarted()) {
        *error = QStringLiteral("Xvfb did not start: ") + xvfb.errorString();
        return false;
    }
    const QByteArray number = readLineFrom(xvfb, 20000);
    if (number.isEmpty()) {
        *error = QStringLiteral("Xvfb did not report its display");
        return false;
    }
    *display = QStringLiteral(":") + QString::fromLatin1(number);
    return true;
}

StdinCommands::StdinCommands(std::function<void(const QStringList &)> run, QObject *parent)
    : QObject(parent)
    , m_run(std::move(run))
    , m_stdin(STDIN_FILENO, QSocketNotifier::Read)
{
    connect(&m_stdin, &QSocketNotifier::activated, this, &StdinCommands::readInput);
}

void StdinCommands::readInput()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        m_stdin.setEnabled(false);
        return;
    }
    m_pending.append(buffer, static_cast<int>(n));
    int end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QStringList command = QString::fromUtf8(m_pending.left(end)).split(QLatin1Char('\t'));
        m_pending.remove(0, end + 1);
        m_run(command);
    }
}

} // namespace cp::test
