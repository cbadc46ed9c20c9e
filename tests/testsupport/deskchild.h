// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QStringList>

#include <functional>

namespace cp::test {

/*
 * For the process-level desk tests: the test binary runs itself as the desk child, which takes
 * tab-separated commands on stdin and answers one line each on stdout; the parent starts Xvfb,
 * starts and kills the child and reads its answers.
 */

//! Writes \a line and a newline to stdout and flushes: the child's answer.
void answerLine(const QByteArray &line);

//! The next line \a process writes, trimmed; empty when none came within \a timeoutMs or it ended.
QByteArray readLineFrom(QProcess &process, int timeoutMs);

/*!
 * Starts Xvfb on a free display (-displayfd) in \a xvfb; \a display becomes ":N". False with
 * \a error naming the Debian package when Xvfb is missing or does not start.
 */
bool startXvfb(QProcess &xvfb, QString *display, QString *error);

//! Reads stdin without blocking the event loop and hands each line, split at tabs, to \a run.
class StdinCommands : public QObject
{
public:
    explicit StdinCommands(std::function<void(const QStringList &)> run, QObject *parent = nullptr);

private:
    void readInput();

    std::function<void(const QStringList &)> m_run;
    QSocketNotifier m_stdin;
    QByteArray m_pending;
};

} // namespace cp::test
