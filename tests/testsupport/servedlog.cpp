// SPDX-License-Identifier: GPL-2.0-or-later
#include "servedlog.h"

#include <QFile>
#include <QJsonDocument>

namespace cp::test {

ServedLog readServedLog(const QString &path)
{
    ServedLog log;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return log;
    QSet<QString> broken;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue; // the line being written
        const QJsonObject event = o.value(QStringLiteral("event")).toObject();
        const QString id = event.value(QStringLiteral("id")).toString();
        if (o.value(QStringLiteral("delivery")).toString() == QLatin1String("complete"))
            log.valid.insert(id, event);
        else
            broken.insert(id);
    }
    for (const QString &id : std::as_const(broken)) {
        if (!log.valid.contains(id))
            log.onlyBroken.insert(id);
    }
    return log;
}

} // namespace cp::test
