// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QApplication;
class QWidget;

namespace cp::ui {

/*!
 * \brief The wall display's look: dark, high-contrast, and type large enough to read from five
 * metres (about 1 cm cap height on a 55" 1080p panel, i.e. ≥ 26 px body text).
 */
void applyWallTheme(QWidget &root);

//! Body text size of the wall display in pixels.
constexpr int wallBodyPixels = 28;

} // namespace cp::ui
