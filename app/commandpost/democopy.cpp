// SPDX-License-Identifier: GPL-2.0-or-later
#include "democopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace cp::app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cp::app)
};
} // namespace

QString freshDemoCopy(const QString &shippedPath, QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString copy = QDir(folder).filePath(QStringLiteral("demo.gpkg"));
    if (!QDir().mkpath(folder)) {
        *error = Tr::tr("%1: cannot create the folder for the demo data").arg(folder);
        return {};
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(shippedPath, copy)) {
        *error = Tr::tr("%1: cannot copy the demo data to %2").arg(shippedPath, copy);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return copy;
}

} // namespace cp::app
