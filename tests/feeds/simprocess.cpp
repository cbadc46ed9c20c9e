// SPDX-License-Identifier: GPL-2.0-or-later
#include "simprocess.h"

#include "testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cp::test {

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SimProcess::start(const QStringList &arguments)
{
    const QString program = binaryPath(QStringLiteral("app/commandpost-feedsim/commandpost-feedsim"));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program, arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--log"),
                                                     m_dir.filePath(QStringLiteral("served.jsonl"))});
    if (!m_process.waitForStarted(5000)) {
        m_error = program + QStringLiteral(": ") + m_process.errorString();
        return false;
    }
    QByteArray out;
    const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    while (m_process.waitForReadyRead(5000)) {
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            return true;
        }
    }
    m_error = QString::fromUtf8(out + m_process.readAllStandardError());
    return false;
}

QString SimProcess::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

QList<SimProcess::Served> SimProcess::served() const
{
    QList<Served> result;
    QFile file(m_dir.filePath(QStringLiteral("served.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        const QJsonObject event = line.value(QStringLiteral("event")).toObject();
        result.append({line.value(QStringLiteral("request")).toInt(), line.value(QStringLiteral("delivery")).toString(),
                       event.value(QStringLiteral("id")).toString(), event.value(QStringLiteral("time")).toString()});
    }
    return result;
}

} // namespace cp::test
