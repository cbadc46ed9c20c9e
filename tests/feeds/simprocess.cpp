// SPDX-License-Identifier: GPL-2.0-or-later
#include "simprocess.h"

#include "testpaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cp::test {

bool SimProcess::start(const QStringList &arguments)
{
    m_simulator.start(binaryPath(QStringLiteral("app/commandpost-feedsim/commandpost-feedsim")),
                      arguments + QStringList{QStringLiteral("--log"), m_dir.filePath(QStringLiteral("served.jsonl"))});
    return m_simulator.waitForListening(10000);
}

QString SimProcess::baseUrl() const { return m_simulator.baseUrl().toString(); }

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
