// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/theme.h"

#include <QPalette>
#include <QWidget>

namespace cp::ui {

void applyWallTheme(QWidget &root)
{
    QPalette p;
    const QColor background(0x0e, 0x13, 0x1a), panel(0x17, 0x1f, 0x2a), text(0xf2, 0xf4, 0xf7);
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::Base, panel);
    p.setColor(QPalette::AlternateBase, background);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, panel);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x80, 0xed));
    p.setColor(QPalette::HighlightedText, Qt::white);
    root.setPalette(p);
    root.setAutoFillBackground(true);
    QFont font = root.font();
    font.setPixelSize(wallBodyPixels);
    root.setFont(font);
}

} // namespace cp::ui
