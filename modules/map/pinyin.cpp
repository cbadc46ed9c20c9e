// SPDX-License-Identifier: GPL-2.0-or-later
#include "map/pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <QStringList>

#include <memory>
#include <mutex>

namespace cp::map {

namespace {

//! Space-separated toneless syllables; the transliterator is built once (it parses rules on creation).
QString transliterate(const QString &text)
{
    static std::unique_ptr<icu::Transliterator> transliterator;
    static std::once_flag once;
    static std::mutex useMutex; // icu::Transliterator::transliterate is not thread-safe on one instance
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    });
    if (!transliterator)
        return text.toLower();
    // Spaces between Han characters so each syllable stays a separate word.
    QString spaced;
    for (const QChar c : text) {
        spaced.append(c);
        spaced.append(QLatin1Char(' '));
    }
    const QByteArray utf8 = spaced.toUtf8();
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.constData(), utf8.size()));
    {
        std::lock_guard<std::mutex> lock(useMutex);
        transliterator->transliterate(s);
    }
    std::string out;
    s.toUTF8String(out);
    return QString::fromStdString(out);
}

} // namespace

QString pinyinInitials(const QString &text)
{
    QString initials;
    const QStringList words = transliterate(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.at(0).isLetterOrNumber())
            initials.append(w.at(0));
    }
    return initials;
}

QString pinyinFull(const QString &text)
{
    QString full;
    for (const QChar c : transliterate(text)) {
        if (c.isLetterOrNumber())
            full.append(c);
    }
    return full;
}

} // namespace cp::map
