// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/localsimulator.h"

#include "feeds/tr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace cp::feeds {

LocalSimulator::LocalSimulator(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalSimulator::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_baseUrl.isEmpty())
            fail(Tr::tr("%1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), this, [this](int code, QProcess::ExitStatus) {
        if (m_baseUrl.isEmpty()) {
            fail(Tr::tr("%1 exited with code %2: %3")
                     .arg(m_process.program())
                     .arg(code)
                     .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
        }
    });
}

LocalSimulator::~LocalSimulator()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString LocalSimulator::defaultProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("commandpost-feedsim")),
                                     here.filePath(QStringLiteral("../commandpost-feedsim/commandpost-feedsim"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

void LocalSimulator::start(const QString &program, const QStringList &arguments)
{
    m_output.clear();
    m_baseUrl.clear();
    m_error.clear();
    m_process.start(program, arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
}

bool LocalSimulator::waitForListening(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    while (m_baseUrl.isEmpty() && m_error.isEmpty() && !deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning && !m_process.waitForStarted(0))
            break;
        m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
        readOutput();
    }
    if (m_baseUrl.isEmpty() && m_error.isEmpty())
        fail(Tr::tr("%1 did not report its port within %2 ms").arg(m_process.program()).arg(msecs));
    return !m_baseUrl.isEmpty();
}

void LocalSimulator::readOutput()
{
    if (!m_baseUrl.isEmpty())
        return;
    m_output += m_process.readAllStandardOutput();
    static const QRegularExpression listeningLine(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    const auto match = listeningLine.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
    emit listening(m_baseUrl);
}

void LocalSimulator::fail(const QString &error)
{
    if (!m_error.isEmpty())
        return;
    m_error = error;
    emit failed(error);
}

} // namespace cp::feeds
