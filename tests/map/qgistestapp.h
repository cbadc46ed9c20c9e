// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A Qt Test main for suites that need QGIS: QgsApplication with a GUI (offscreen under CTest),
// providers initialised before the first test and shut down after the last (QGIS-NOTES §7).
#include <qgsapplication.h>
#include <qgsproject.h>

#include <QtTest>

#define COMMANDPOST_QGIS_TEST_MAIN(TestClass)                                                                          \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        QgsApplication app(argc, argv, true);                                                                          \
        QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);                                                   \
        QgsApplication::initQgis();                                                                                    \
        int rc = 0;                                                                                                    \
        {                                                                                                              \
            TestClass tc;                                                                                              \
            rc = QTest::qExec(&tc, argc, argv);                                                                        \
        }                                                                                                              \
        QgsProject::instance()->removeAllMapLayers();                                                                  \
        QgsApplication::exitQgis();                                                                                    \
        return rc;                                                                                                     \
    }
