// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Qt 5's Charts classes live in namespace QtCharts; Qt 6's in no namespace (QGIS-NOTES §8).
#include <QtCharts/QChartView>
#include <QtGlobal>

#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
QT_CHARTS_USE_NAMESPACE
#endif
