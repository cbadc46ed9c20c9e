// SPDX-License-Identifier: GPL-2.0-or-later
#include "feeds/pagescanner.h"

#include "feeds/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace cp::feeds {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &body) : m_data(body.constData()), m_size(static_cast<int>(body.size())) {}

    int pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    //! Skips a string starting at the quote; false when it does not end.
    bool skipString()
    {
        ++m_pos; // the opening quote
        while (!atEnd()) {
            const char c = m_data[m_pos++];
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return false;
    }

    //! Skips one value of any kind; false when the bytes end inside it.
    bool skipValue()
    {
        skipSpace();
        if (peek() == '"')
            return skipString();
        if (peek() != '{' && peek() != '[') {
            const int start = m_pos;
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n'
                   && peek() != '\r' && peek() != '\t')
                ++m_pos;
            return m_pos > start;
        }
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }

    QByteArray slice(int begin, int end) const { return QByteArray(m_data + begin, end - begin); }

private:
    const char *m_data;
    int m_size;
    int m_pos = 0;
};

//! A JSON string's raw bytes (with quotes) decoded; nullopt when they are not a valid string.
std::optional<QString> decodeString(const QByteArray &quoted)
{
    QByteArray wrapped;
    wrapped.reserve(quoted.size() + 2);
    wrapped.append('[').append(quoted).append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
    if (!doc.isArray() || !doc.array().at(0).isString())
        return std::nullopt;
    return doc.array().at(0).toString();
}

} // namespace

PageLayout scanPage(const QByteArray &body)
{
    PageLayout layout;
    Scanner s(body);
    const auto fail = [&layout](const QString &error) {
        layout.error = error;
        return layout;
    };
    if (!s.take('{'))
        return fail(Tr::tr("The body is not a JSON object"));
    bool cursorFound = false;
    bool alarmsFound = false;
    s.skipSpace();
    while (s.peek() != '}') {
        s.skipSpace();
        if (s.peek() != '"')
            return fail(Tr::tr("The body's structure is broken at byte %1").arg(s.pos()));
        const int keyBegin = s.pos();
        const bool keyEnds = s.skipString();
        const int keyEnd = s.pos();
        if (!keyEnds || !s.take(':'))
            return fail(Tr::tr("The body ends or breaks at byte %1").arg(s.pos()));
        const QString key = decodeString(s.slice(keyBegin, keyEnd)).value_or(QString());
        s.skipSpace();
        if (key == QLatin1String("alarms") && s.peek() == '[') {
            s.take('[');
            s.skipSpace();
            while (s.peek() != ']') {
                s.skipSpace();
                const int begin = s.pos();
                if (!s.skipValue())
                    return fail(Tr::tr("The body ends inside alarms[%1]").arg(layout.items.size()));
                layout.items.append({begin, s.pos()});
                if (!s.take(',') && !(s.skipSpace(), s.peek() == ']'))
                    return fail(Tr::tr("The body's structure is broken after alarms[%1]").arg(layout.items.size() - 1));
            }
            s.take(']');
            alarmsFound = true;
        } else {
            const int valueBegin = s.pos();
            if (!s.skipValue())
                return fail(Tr::tr("The body ends or breaks at byte %1").arg(s.pos()));
            if (key == QLatin1String("cursor") && body.at(valueBegin) == '"') {
                const std::optional<QString> cursor = decodeString(s.slice(valueBegin, s.pos()));
                cursorFound = cursor.has_value();
                layout.cursor = cursor.value_or(QString());
            }
        }
        if (!s.take(',') && !(s.skipSpace(), s.peek() == '}'))
            return fail(Tr::tr("The body's structure is broken at byte %1").arg(s.pos()));
    }
    if (!cursorFound)
        return fail(Tr::tr("The body has no string \"cursor\""));
    if (!alarmsFound)
        return fail(Tr::tr("The body has no array \"alarms\""));
    layout.ok = true;
    return layout;
}

} // namespace cp::feeds
