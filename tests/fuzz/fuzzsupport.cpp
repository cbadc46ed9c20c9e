// SPDX-License-Identifier: GPL-2.0-or-later
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace cp::fuzz {

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("fuzz: cannot make a scratch folder: %s", qPrintable(dir.errorString()));
    return dir;
}

} // namespace

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "commandpost-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

QString writeInput(const uint8_t *data, size_t size, const QString &fileName)
{
    const QString path = scratch().filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) != static_cast<qint64>(size))
        qFatal("fuzz: cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return path;
}

} // namespace cp::fuzz
