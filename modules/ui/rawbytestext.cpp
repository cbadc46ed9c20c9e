// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/rawbytestext.h"

namespace cp::ui {

namespace {
QString escaped(uint code, int digits, char prefix)
{
    return QStringLiteral("\\") + QLatin1Char(prefix) + QString::number(code, 16).rightJustified(digits, QLatin1Char('0'));
}
} // namespace

QString rawBytesText(const QByteArray &raw, int maxCharacters)
{
    QString text;
    const QString decoded = QString::fromUtf8(raw);
    if (decoded.toUtf8() == raw) {
        for (const QChar c : decoded)
            text += c == QLatin1Char('\\') ? QStringLiteral("\\\\") : c.isPrint() ? QString(c) : escaped(c.unicode(), 4, 'u');
    } else {
        for (const char byte : raw) {
            const auto b = static_cast<uchar>(byte);
            text += b == '\\' ? QStringLiteral("\\\\") : b >= 0x20 && b < 0x7f ? QString(QLatin1Char(byte)) : escaped(b, 2, 'x');
        }
    }
    return text.size() > maxCharacters ? text.left(maxCharacters) + QChar(0x2026) : text;
}

} // namespace cp::ui
