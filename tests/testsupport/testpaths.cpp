// SPDX-License-Identifier: GPL-2.0-or-later
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

namespace cp::test {

namespace {
QString rootFromEnv(const char *variable)
{
    const QString root = qEnvironmentVariable(variable);
    if (root.isEmpty())
        qFatal("%s is not set; run the tests through ctest", variable);
    return root;
}
} // namespace

QString sourcePath(const QString &relative)
{
    return QDir(rootFromEnv("COMMANDPOST_SOURCE_DIR")).filePath(relative);
}

QString binaryPath(const QString &relative)
{
    return QDir(rootFromEnv("COMMANDPOST_BINARY_DIR")).filePath(relative);
}

QString testDataPath(const QString &relative)
{
    return sourcePath(QStringLiteral("tests/data/") + relative);
}

QString sharedPath(const QString &relative)
{
    const QString path = QDir(sourcePath(QStringLiteral("../shared"))).filePath(relative);
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

} // namespace cp::test
